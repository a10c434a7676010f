package org.unionregions.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Country;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairValue;
import org.unionregions.model.Region;
import org.unionregions.ui.common.ColourScale;
import org.unionregions.ui.common.Palette;

/** The drawing of a matrix from its values: headers sorted with totals, cells worded, the legend. */
class MatrixModelBuilderTest {

    private static final Map<String, Region> REGIONS = Map.of(
            "BY-MI", new Region("BY-MI", Country.BY, "Minsk Oblast", "Минская область", null),
            "BY-BR", new Region("BY-BR", Country.BY, "Brest Oblast", "Брестская область", null),
            "RU-TUL", new Region("RU-TUL", Country.RU, "Tula Oblast", "Тульская область", null),
            "RU-PSK", new Region("RU-PSK", Country.RU, "Pskov Oblast", "Псковская область", null),
            "RU-SMO", new Region("RU-SMO", Country.RU, "Smolensk Oblast", "Смоленская область", null));

    private static MatrixModel build(MatrixViewModel.MetricChoice metric, MatrixViewModel.Order order, boolean onlyWithData,
                                     String language, List<PairValue> values) {
        return new MatrixModelBuilder(REGIONS, Messages.forLanguage(language), new MatrixModelBuilder.Settings(metric,
                order, order, onlyWithData, ColourScale.LINEAR, Palette.VIRIDIS)).build(values);
    }

    private static final List<PairValue> VALUES = List.of(new PairValue("BY-MI", "RU-TUL", 1, 1),
            new PairValue("BY-BR", "RU-PSK", 3, 3), new PairValue("BY-MI", "RU-PSK", 2, 2));

    @Test
    void headersAreSortedByTotalOrNameAndEmptyColumnsHiddenOnRequest() {
        var documents = new MatrixViewModel.MetricChoice(PairMetric.DOCUMENTS, null, "Documents");
        MatrixModel byTotal = build(documents, MatrixViewModel.Order.TOTAL, true, "en", VALUES);
        assertEquals(List.of("RU-PSK", "RU-TUL"), byTotal.columns().stream().map(MatrixModel.Header::code).toList());
        assertEquals(List.of(5.0, 1.0), byTotal.columns().stream().map(MatrixModel.Header::total).toList());
        assertEquals("6", byTotal.grandTotal());
        MatrixModel byName = build(documents, MatrixViewModel.Order.NAME, false, "ru", VALUES);
        assertEquals(List.of("Псковская область", "Смоленская область", "Тульская область"),
                byName.columns().stream().map(MatrixModel.Header::name).toList(), "Russian names in Russian order");
        assertEquals(List.of("Брестская область", "Минская область"),
                byName.rows().stream().map(MatrixModel.Header::name).toList());
        assertNull(byName.cell(0, 1), "no data is no cell, not zero");
    }

    @Test
    void moneyIsWordedInItsCurrencyAndTheLegendSpansTheValues() {
        var usd = new MatrixViewModel.MetricChoice(PairMetric.TRADE, "USD", "Trade, USD");
        MatrixModel money = build(usd, MatrixViewModel.Order.TOTAL, true, "en",
                List.of(new PairValue("BY-MI", "RU-TUL", 300e6, 1), new PairValue("BY-BR", "RU-PSK", 62.6e6, 1)));
        assertEquals("$300 mn", TestData.plain(money.cells().get(MatrixModel.key("BY-MI", "RU-TUL")).text()));
        assertEquals("$62.6 mn", TestData.plain(money.legend().minText()));
        assertEquals("$300 mn", TestData.plain(money.legend().maxText()));
        assertEquals(11, money.legend().colours().size());
    }

    @Test
    void aMatrixWhoseCellsAllHoldOneValueHasASingleSwatchInItsLegend() {
        var documents = new MatrixViewModel.MetricChoice(PairMetric.DOCUMENTS, null, "Documents");
        MatrixModel alike = build(documents, MatrixViewModel.Order.TOTAL, true, "en",
                List.of(new PairValue("BY-MI", "RU-TUL", 1, 1), new PairValue("BY-BR", "RU-PSK", 1, 1)));
        assertEquals(true, alike.legend().uniform());
        assertEquals("1", alike.legend().minText());
        assertEquals("", alike.legend().midText(), "no middle tick");
        assertEquals("", alike.legend().maxText(), "not 1 to 1");
        assertEquals(alike.cells().get(MatrixModel.key("BY-MI", "RU-TUL")).colour(), alike.legend().colours().get(0),
                "the swatch is the cells' colour");
    }
}

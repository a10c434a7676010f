package org.unionregions.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.model.PairMetric;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.ColourScale;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Palette;

/** The matrix over a small known set of facts: values, totals, orders, filters, drill-down. */
class MatrixViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;
    private MatrixViewModel viewModel;

    @BeforeEach
    void knownFacts() {
        store = temp.store();
        Object[][] rows = {
            {"BY-MI", "RU-SMO", 2017, 4, "agreement", null, null, "older agreement", "region", "reported"},
            {"BY-MI", "RU-SMO", 2024, 11, "agreement", null, null, "newer agreement", "city", "reported"},
            {"BY-MI", "RU-MOS", 2024, 11, "action_plan", null, null, "plan", "region", "expected"},
            {"BY-BR", "RU-PSK", null, null, "agreement", null, null, "undated", null, "reported"},
            {"BY-HO", "RU-BRY", 2023, null, "trade_turnover", 300e6, "USD", "$300 mn", null, "reported"},
            {"BY-HO", "RU-BRY", 2024, null, "trade_turnover", 100e6, "USD", "$100 mn", null, "reported"},
            {"BY-HO", "RU-BRY", 2019, 6, "agreement", 50e6, "USD", "contracts $50 mn", "region", "reported"},
            {"BY-VI", "RU-SMO", 2024, null, "trade_turnover", 1e9, "RUB", "RUB 1 bn", null, "reported"},
            {"BY-VI", "RU-SMO", 2024, null, "main_trade_partner", null, null, "named", "region", "reported"},
            {"BY-HO", "RU-BRY", 2023, null, "trade_growth", 12.0, "% y/y", "+12%", null, "reported"},
        };
        TestData.replaceFacts(store, rows);
        Messages messages = Messages.forLanguage("en");
        viewModel = new MatrixViewModel(store, AsyncRunner.direct(), messages, new FigureFormat(messages));
        viewModel.load();
    }


    @Test
    void untickingEveryKindWhileTheMatrixIsBeingReadLeavesNoSpinnerBehind() {
        org.unionregions.ui.common.QueuedRunner queue = new org.unionregions.ui.common.QueuedRunner();
        Messages messages = Messages.forLanguage("en");
        MatrixViewModel queued = new MatrixViewModel(store, queue.runner(), messages, new FigureFormat(messages));
        queued.load();
        queue.runAll();
        assertFalse(queued.busyProperty().get());
        queued.rowOrderProperty().set(MatrixViewModel.Order.TOTAL); // a drawing in flight
        queued.fromEditionProperty().set(queued.editions().get(5)); // a query in flight
        assertTrue(queued.busyProperty().get());
        queued.selectedKinds().clear(); // nothing to count: the answers on their way are not wanted
        queue.runAll();
        assertFalse(queued.busyProperty().get(), "the spinner goes off once the work in flight is done");
        assertTrue(queued.matrixProperty().get().cells().isEmpty() || queued.matrixProperty().get().rows().isEmpty(),
                "and the matrix shows nothing counted");
    }

    private MatrixModel model() {
        return viewModel.matrixProperty().get();
    }

    private MatrixModel.Cell cell(String by, String ru) {
        return model().cells().get(MatrixModel.key(by, ru));
    }

    private List<String> columnCodes() {
        return model().columns().stream().map(MatrixModel.Header::code).toList();
    }

    private void chooseMetric(PairMetric metric, String currency) {
        viewModel.metricProperty().set(viewModel.metrics().stream()
                .filter(c -> c.metric() == metric && java.util.Objects.equals(c.currency(), currency))
                .findFirst().orElseThrow());
    }

    @Test
    void documentCountsPerPairWithTotalsAndEmptyPairsLeftEmpty() {
        assertEquals(3, model().rows().size(), "only the Belarusian regions with documents");
        assertEquals(2, cell("BY-MI", "RU-SMO").value());
        assertEquals(1, cell("BY-MI", "RU-MOS").value());
        assertEquals(1, cell("BY-HO", "RU-BRY").value()); // the agreement; trade is not a document
        assertNull(cell("BY-MI", "RU-PSK"), "no data is no cell, not zero");
        assertNull(cell("BY-VI", "RU-SMO"));
        MatrixModel.Header minsk = model().rows().stream().filter(h -> h.code().equals("BY-MI")).findFirst()
                .orElseThrow();
        assertEquals(3, minsk.total());
        assertEquals("5", model().grandTotal());
        // columns by total, then name; only Russian regions with data
        assertEquals(List.of("RU-SMO", "RU-BRY", "RU-MOS", "RU-PSK"), columnCodes());
        assertEquals(List.of("Brest Oblast", "Gomel Oblast", "Minsk Oblast"), model().rows().stream()
                .map(MatrixModel.Header::name).toList(), "rows by name, only those with data");
    }

    @Test
    void rowsAndColumnsSortIndependently() {
        viewModel.rowOrderProperty().set(MatrixViewModel.Order.TOTAL);
        viewModel.columnOrderProperty().set(MatrixViewModel.Order.NAME);
        assertEquals("BY-MI", model().rows().get(0).code());
        assertEquals(List.of("RU-BRY", "RU-MOS", "RU-PSK", "RU-SMO"), columnCodes());
    }

    @Test
    void allRussianRegionsCanBeShown() {
        viewModel.onlyWithDataProperty().set(false);
        assertEquals(83, model().columns().size());
        assertEquals("", model().columns().stream().filter(h -> h.code().equals("RU-TA")).findFirst()
                .orElseThrow().totalText());
    }

    @Test
    void anEditionRangeLeavesOutOtherYearsAndUndatedFacts() {
        viewModel.fromEditionProperty().set(viewModel.editions().get(3)); // IV 2017
        viewModel.toEditionProperty().set(viewModel.editions().get(3));
        assertEquals(1, cell("BY-MI", "RU-SMO").value());
        assertNull(cell("BY-BR", "RU-PSK"));
        assertEquals(List.of("RU-SMO"), columnCodes());
        viewModel.toEditionProperty().set(viewModel.editions().get(12)); // IV..XIII: still no undated facts
        assertNull(cell("BY-BR", "RU-PSK"));
        viewModel.fromEditionProperty().set(viewModel.editions().get(0)); // the full range: every fact
        assertEquals(1, cell("BY-BR", "RU-PSK").value());
    }

    @Test
    void kindsOfDocumentFilterTheCount() {
        assertEquals(List.of("action_plan", "agreement"), viewModel.kinds(), "documents only: no listing, no trade");
        viewModel.selectedKinds().remove("agreement");
        assertEquals(List.of("RU-MOS"), columnCodes());
        viewModel.selectedKinds().remove("action_plan");
        assertTrue(model().cells().isEmpty());
    }

    @Test
    void moneyMetricsShowOneCurrencyAtATimeAndTradeItsLatestYearNotASumOfYears() {
        assertEquals(List.of("Documents signed (count)", "Named partners (listings, count)",
                "Trade, latest whole year, USD", "Trade, latest whole year, RUB", "Contract value, USD"),
                viewModel.metrics().stream().map(MatrixViewModel.MetricChoice::label).toList());
        chooseMetric(PairMetric.TRADE, "USD");
        assertEquals(100e6, cell("BY-HO", "RU-BRY").value(), "2024's, not 2023 + 2024, and no growth in percent");
        assertEquals("$100 mn", TestData.plain(cell("BY-HO", "RU-BRY").text()));
        assertTrue(cell("BY-HO", "RU-BRY").tooltip().contains("Year of the figure: 2024."),
                cell("BY-HO", "RU-BRY").tooltip());
        assertEquals("", model().rows().stream().filter(h -> h.code().equals("BY-HO")).findFirst().orElseThrow()
                .totalText(), "figures of different years are not added up into a total");
        assertNull(cell("BY-VI", "RU-SMO"), "roubles never enter a dollar sum");
        chooseMetric(PairMetric.TRADE, "RUB");
        assertEquals(1e9, cell("BY-VI", "RU-SMO").value());
        chooseMetric(PairMetric.CONTRACT_VALUE, "USD");
        assertEquals(50e6, cell("BY-HO", "RU-BRY").value());
        assertEquals(1, model().cells().size());
    }

    @Test
    void colourScaleAndPaletteChangeTheColoursAndTheLegend() {
        String linear = cell("BY-MI", "RU-MOS").colour();
        assertEquals(Palette.VIRIDIS.colour(0), linear); // the smallest value takes the first colour
        assertEquals(Palette.VIRIDIS.colour(1), cell("BY-MI", "RU-SMO").colour());
        assertEquals("1", model().legend().minText());
        assertEquals("2", model().legend().maxText());
        viewModel.paletteProperty().set(Palette.CIVIDIS);
        assertEquals(Palette.CIVIDIS.colour(1), cell("BY-MI", "RU-SMO").colour());
        chooseMetric(PairMetric.TRADE, "USD");
        viewModel.scaleProperty().set(ColourScale.LOGARITHMIC);
        assertEquals("logarithmic", model().legend().scaleName());
        assertNotEquals(Palette.CIVIDIS.textColour(0), Palette.CIVIDIS.textColour(1));
    }

    @Test
    void hoveringTextNamesBothRegionsAndTheValue() {
        assertEquals("Minsk Oblast — Smolensk Oblast\nDocuments signed (count): 2\n2 facts",
                cell("BY-MI", "RU-SMO").tooltip());
    }

    @Test
    void selectionMovesWithArrowsWithinTheMatrixAndEnterListsTheFacts() {
        viewModel.move(0, 1); // nothing selected yet: the first cell
        assertEquals(new MatrixViewModel.Position(0, 0), viewModel.selectedProperty().get());
        viewModel.move(-1, -1);
        assertEquals(new MatrixViewModel.Position(0, 0), viewModel.selectedProperty().get());
        int minskRow = model().rows().stream().map(MatrixModel.Header::code).toList().indexOf("BY-MI");
        viewModel.select(minskRow, 0); // Smolensk is the first column
        viewModel.openSelected();
        assertEquals("Minsk Oblast — Smolensk Oblast", viewModel.detailsTitleProperty().get());
        assertEquals(List.of("2024 | XI | agreement | newer agreement | Smolensk Region administration [R1]",
                "2017 | IV | agreement | older agreement | Smolensk Region administration [R1]"),
                viewModel.facts().stream().map(f -> f.year() + " | " + f.edition() + " | " + f.kind() + " | "
                        + f.asStated() + " | " + f.source()).toList());
        viewModel.move(0, 1);
        viewModel.openSelected();
        assertEquals("Minsk Oblast — Bryansk Oblast: no data", viewModel.detailsTitleProperty().get());
        assertTrue(viewModel.facts().isEmpty());
    }

    @Test
    void partnerListingsAreNamedPartnersNotDocuments() {
        assertNull(cell("BY-VI", "RU-SMO"), "a listing is no document");
        chooseMetric(PairMetric.PARTNERS, null);
        assertEquals(1, cell("BY-VI", "RU-SMO").value());
        assertEquals(1, model().cells().size());
    }

    @Test
    void levelsFilterWhoSignedWithRegionalGovernmentsOneClickAway() {
        assertEquals(List.of("", "city", "region"), viewModel.levels());
        viewModel.onlyRegionalGovernments();
        assertEquals(1, cell("BY-MI", "RU-SMO").value(), "the city's agreement left out");
        assertNull(cell("BY-BR", "RU-PSK"), "a fact that states no level is not a regional government's");
        viewModel.everyLevel();
        assertEquals(2, cell("BY-MI", "RU-SMO").value());
    }

    @Test
    void expectedFactsAreMarkedInTheirCellAndCanBeLeftOut() {
        assertEquals("1" + MatrixModel.EXPECTED_MARK, cell("BY-MI", "RU-MOS").text(), "a mark, not only a colour");
        assertEquals(1, cell("BY-MI", "RU-MOS").expected());
        assertTrue(cell("BY-MI", "RU-MOS").tooltip().contains("1 of them announced (expected)"));
        assertEquals("2", cell("BY-MI", "RU-SMO").text());
        viewModel.selectedStatuses().remove("expected");
        assertNull(cell("BY-MI", "RU-MOS"));
    }

    @Test
    void theDetailsFollowTheFilters() {
        int minskRow = model().rows().stream().map(MatrixModel.Header::code).toList().indexOf("BY-MI");
        int smolensk = columnCodes().indexOf("RU-SMO");
        viewModel.select(minskRow, smolensk);
        viewModel.openSelected();
        assertEquals(2, viewModel.facts().size());
        viewModel.onlyRegionalGovernments();
        assertEquals("Minsk Oblast — Smolensk Oblast", viewModel.detailsTitleProperty().get());
        assertEquals(1, viewModel.facts().size(), "the pair as it now is, not as it was");
        assertEquals("regional government", viewModel.facts().get(0).level());
        viewModel.openRegion("BY-MI");
        chooseMetric(PairMetric.TRADE, "USD");
        assertEquals("Minsk Oblast: no partners", TestData.plain(viewModel.detailsTitleProperty().get()),
                "the region's partners in the metric now chosen");
        viewModel.everyLevel(); // the trade figures state no level
        viewModel.openRegion("BY-HO");
        assertEquals("Gomel Oblast: 1 partner", viewModel.detailsTitleProperty().get(), "no total of different years");
        assertEquals(List.of("Bryansk Oblast: $100 mn (2024)"), viewModel.regionSummary().stream().map(TestData::plain)
                .toList());
    }

    @Test
    void aRegionHeaderListsItsPartnersAndTotal() {
        viewModel.openRegion("BY-MI");
        assertEquals("Minsk Oblast: 2 partners, total 3", viewModel.detailsTitleProperty().get());
        assertEquals(List.of("Smolensk Oblast: 2", "Moscow Oblast: 1"), viewModel.regionSummary());
        viewModel.openRegion("RU-SMO");
        assertEquals(List.of("Minsk Oblast: 2"), viewModel.regionSummary());
    }

    private List<String> rowCodes() {
        return model().rows().stream().map(MatrixModel.Header::code).toList();
    }

    @Test
    void onlyRegionsWithDataHidesEmptyRowsAsWellAsEmptyColumns() {
        assertEquals(List.of("BY-BR", "BY-HO", "BY-MI"), rowCodes().stream().sorted().toList(),
                "Grodno, Minsk City, Mogilev and Vitebsk have no document in the fixture");
        viewModel.onlyWithDataProperty().set(false);
        assertEquals(7, rowCodes().size());
    }

    @Test
    void anInvertedEditionRangeCannotBeChosenTheControlsShowTheRangeApplied() {
        List<org.unionregions.model.Edition> editions = viewModel.editions();
        viewModel.fromEditionProperty().set(editions.get(9)); // X 2023
        viewModel.toEditionProperty().set(editions.get(2)); // III 2016: the start comes along
        assertEquals(editions.get(2), viewModel.fromEditionProperty().get());
        assertEquals(editions.get(2), viewModel.toEditionProperty().get());
        assertEquals(Integer.valueOf(2016), viewModel.currentQuery().fromYear());
        assertEquals(Integer.valueOf(2016), viewModel.currentQuery().toYear());
        viewModel.toEditionProperty().set(editions.get(12));
        viewModel.fromEditionProperty().set(editions.get(12)); // XIII: the start may meet the end, not pass it
        assertEquals(editions.get(12), viewModel.toEditionProperty().get());
    }

    @Test
    void theFiltersSurviveTheDataBeingReadAgainAfterAChange() {
        List<org.unionregions.model.Edition> editions = viewModel.editions();
        viewModel.fromEditionProperty().set(editions.get(3));
        viewModel.selectedKinds().remove("action_plan");
        viewModel.selectedLevels().remove("city");
        viewModel.scaleProperty().set(ColourScale.LOGARITHMIC);
        viewModel.load(); // what the window does after an edit or an import
        assertEquals(editions.get(3), viewModel.fromEditionProperty().get());
        assertEquals(java.util.Set.of("agreement"), viewModel.selectedKinds());
        assertFalse(viewModel.selectedLevels().contains("city"));
        assertEquals(ColourScale.LOGARITHMIC, viewModel.scaleProperty().get());
    }

    @Test
    void anotherWindowTakesOverTheChoicesOnceItsDataIsRead() {
        chooseMetric(PairMetric.TRADE, "USD");
        viewModel.rowOrderProperty().set(MatrixViewModel.Order.TOTAL);
        viewModel.toEditionProperty().set(viewModel.editions().get(10));
        Messages russian = Messages.forLanguage("ru");
        MatrixViewModel rebuilt = new MatrixViewModel(store, AsyncRunner.direct(), russian, new FigureFormat(russian));
        rebuilt.restore(viewModel.state());
        rebuilt.load();
        assertEquals(PairMetric.TRADE, rebuilt.metricProperty().get().metric());
        assertEquals("USD", rebuilt.metricProperty().get().currency());
        assertTrue(rebuilt.metricProperty().get().label().startsWith("Товарооборот"), "worded in the new language");
        assertEquals(MatrixViewModel.Order.TOTAL, rebuilt.rowOrderProperty().get());
        assertEquals(11, rebuilt.toEditionProperty().get().number());
    }
}

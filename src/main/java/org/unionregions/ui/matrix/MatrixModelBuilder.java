package org.unionregions.ui.matrix;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Country;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairValue;
import org.unionregions.model.Region;
import org.unionregions.ui.common.ColourScale;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Palette;

/**
 * Turns the values of a matrix query into what the canvas draws: sorted headers with totals, cell
 * colours, texts and tooltips. Pure and self-contained (its own number format and collator), so it
 * runs on the store thread: at a million facts, wording 581 cells on the FX thread froze the window.
 */
final class MatrixModelBuilder {

    /** Everything a drawing depends on besides the values, read on the FX thread. */
    record Settings(MatrixViewModel.MetricChoice metric, MatrixViewModel.Order rowOrder,
                    MatrixViewModel.Order columnOrder, boolean onlyWithData, ColourScale scale, Palette palette) {
    }

    private final Map<String, Region> regionsByCode;
    private final Messages messages;
    private final Settings settings;
    private final FigureFormat format;

    Settings settings() {
        return settings;
    }

    /** The regions' own totals beside the registry's counts, by region code: the row headings' notes. */
    private Map<String, String> notes = Map.of();

    MatrixModelBuilder withNotes(Map<String, String> notes) {
        this.notes = notes;
        return this;
    }

    MatrixModelBuilder(Map<String, Region> regionsByCode, Messages messages, Settings settings) {
        this.regionsByCode = regionsByCode;
        this.messages = messages;
        this.settings = settings;
        this.format = new FigureFormat(messages); // NumberFormat is not thread-safe: one per build
    }

    /**
     * Counts and sums add up along a row; latest figures do not (they are of different years), so their
     * headers order by the largest figure and show no total.
     */
    private boolean additive() {
        return settings.metric() == null || settings.metric().metric().aggregate() != PairMetric.Aggregate.LATEST_YEAR;
    }

    MatrixModel build(List<PairValue> pairValues) {
        Map<String, Double> rowTotals = new HashMap<>();
        Map<String, Double> columnTotals = new HashMap<>();
        BinaryOperator<Double> combine = additive() ? Double::sum : Double::max;
        for (PairValue value : pairValues) {
            rowTotals.merge(value.belarusianRegion(), value.value(), combine);
            columnTotals.merge(value.russianRegion(), value.value(), combine);
        }
        List<MatrixModel.Header> rows = headers(Country.BY, rowTotals, settings.rowOrder(), settings.onlyWithData());
        List<MatrixModel.Header> columns = headers(Country.RU, columnTotals, settings.columnOrder(),
                settings.onlyWithData());
        double min = pairValues.stream().mapToDouble(PairValue::value).filter(v -> v > 0).min().orElse(0);
        double max = pairValues.stream().mapToDouble(PairValue::value).max().orElse(0);
        Palette palette = settings.palette();
        String metricLabel = settings.metric() == null ? "" : settings.metric().label();
        Map<String, MatrixModel.Cell> cells = new LinkedHashMap<>();
        for (PairValue value : pairValues) {
            double t = settings.scale().position(Math.max(value.value(), min), min, max);
            String text = valueText(value.value()) + (value.expected() > 0 ? MatrixModel.EXPECTED_MARK : "");
            String tooltip = regionName(value.belarusianRegion()) + " — " + regionName(value.russianRegion())
                    + "\n" + metricLabel + ": " + valueText(value.value())
                    + (value.year() == null ? "" : "\n" + messages.format("matrix.latestYear", value.year()))
                    + "\n" + messages.format("matrix.factCount", value.facts())
                    + (value.expected() > 0 ? "\n" + messages.format("matrix.expectedCount", value.expected()) : "");
            cells.put(MatrixModel.key(value.belarusianRegion(), value.russianRegion()),
                    new MatrixModel.Cell(value.belarusianRegion(), value.russianRegion(), value.value(), value.facts(),
                            value.expected(), text, palette.colour(t), palette.textColour(t), tooltip));
        }
        List<String> legendColours = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            legendColours.add(palette.colour(i / 10.0));
        }
        String scaleName = messages.get("scale." + settings.scale().name());
        MatrixModel.Legend legend;
        if (pairValues.isEmpty()) {
            legend = new MatrixModel.Legend("", "", "", legendColours, scaleName);
        } else if (max <= min) { // every cell alike: one swatch and its value, not "1 ▬ 1" with a middle "1"
            legend = new MatrixModel.Legend(valueText(max), "", "",
                    List.of(palette.colour(settings.scale().position(max, min, max))), scaleName);
        } else {
            legend = new MatrixModel.Legend(valueText(min), valueText(settings.scale().valueAt(0.5, min, max)),
                    valueText(max), legendColours, scaleName);
        }
        double grand = pairValues.stream().mapToDouble(PairValue::value).sum();
        return new MatrixModel(rows, columns, cells, legend, additive() ? valueText(grand) : "");
    }

    private List<MatrixModel.Header> headers(Country country, Map<String, Double> totals,
                                             MatrixViewModel.Order order, boolean onlyData) {
        Comparator<MatrixModel.Header> byName = Comparator.comparing(MatrixModel.Header::name,
                Collator.getInstance(messages.locale()));
        Comparator<MatrixModel.Header> comparator = order == MatrixViewModel.Order.TOTAL
                ? Comparator.comparingDouble(MatrixModel.Header::total).reversed().thenComparing(byName)
                : byName;
        return regionsByCode.values().stream()
                .filter(region -> region.country() == country)
                .filter(region -> !onlyData || totals.containsKey(region.code()))
                .map(region -> {
                    Double total = totals.get(region.code());
                    return new MatrixModel.Header(region.code(), region.name(messages.language()),
                            total == null ? 0 : total, total == null || !additive() ? "" : valueText(total),
                            total != null, notes.getOrDefault(region.code(), ""));
                })
                .sorted(comparator)
                .toList();
    }

    String valueText(double value) {
        MatrixViewModel.MetricChoice choice = settings.metric();
        return choice == null || !choice.metric().isMoney() ? format.count(value) : format.money(value,
                choice.currency());
    }

    private String regionName(String code) {
        Region region = regionsByCode.get(code);
        return region == null ? code : region.name(messages.language());
    }
}

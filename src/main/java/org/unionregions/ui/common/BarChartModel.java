package org.unionregions.ui.common;

import java.util.List;

/**
 * What a bar chart shows, without any JavaFX node: categories in order, and series of bars that
 * carry their label and tooltip text. A category with no bar in any series is marked with
 * {@code noDataText}. {@code sources}: the publishers of the figures shown, for a slide's source line.
 */
public record BarChartModel(String title, String valueAxisLabel, String unit, List<String> categories,
                            List<Series> series, String noDataText, List<String> sources, List<DataRow> data) {

    /** A series' style: reported figures (solid bars), expected ones (hollow, dashed), a second statistic. */
    public static final String REPORTED_STYLE = "reported";
    public static final String EXPECTED_STYLE = "expected";
    public static final String SECOND_BASIS_STYLE = "second-basis";

    public BarChartModel(String title, String valueAxisLabel, String unit, List<String> categories,
                         List<Series> series, String noDataText, List<String> sources) {
        this(title, valueAxisLabel, unit, categories, series, noDataText, sources, List.of());
    }

    /**
     * A figure behind the chart, every variant of it: where it stands ("XI 2024"), in which series,
     * its value, the value as worded ("about $1.2 bn"), the source's words, the source (publisher,
     * id, address), and whether it is the one drawn (the smallest where sources differ).
     */
    public record DataRow(String category, String series, double value, String worded, String asStated,
                          String source, boolean drawn) {
    }

    public record Series(String name, String styleClass, List<Bar> bars) {
    }

    /** One bar: its category, value, the value as a source stated it, tooltip text, edition it belongs to. */
    public record Bar(String category, double value, String label, String tooltip, Integer editionNumber) {
    }

    public static BarChartModel empty(String title) {
        return new BarChartModel(title, "", "", List.of(), List.of(), "", List.of());
    }

    /** Categories where no series has a bar: drawn as "no data", never as zero. */
    public List<String> categoriesWithoutData() {
        java.util.Set<String> withBars = new java.util.HashSet<>();
        series.forEach(s -> s.bars().forEach(bar -> withBars.add(bar.category())));
        return categories.stream().filter(category -> !withBars.contains(category)).toList();
    }

    public int barCount() {
        return series.stream().mapToInt(s -> s.bars().size()).sum();
    }
}

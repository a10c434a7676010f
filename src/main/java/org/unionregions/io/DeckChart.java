package org.unionregions.io;

import java.util.List;

/**
 * A bar chart of a slide as data, for a native chart a presenter can restyle and re-read in
 * PowerPoint or LibreOffice: categories (forum editions, years), series of values (null where no
 * figure is stated: an empty slot, never a zero), the value axis's title and the Excel number format
 * of its labels ({@code #,##0.0,,," bn"}: the stored value stays exact, only its label is short).
 */
public record DeckChart(String valueAxisTitle, String numberFormat, List<String> categories, List<Series> series) {

    /** How a series is drawn: as reported (solid), a second basis (a second colour), or expected (tint, dashed outline). */
    public enum Look { REPORTED, SECOND, EXPECTED }

    public record Series(String name, Look look, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values)); // nulls kept
        }
    }

    public DeckChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}

package org.unionregions.model;

/**
 * A number reported for one edition, exactly as one source gave it. Several sources may report the
 * same metric; each is its own figure. The value is null when a source mentions the metric without a
 * number ("several agreements").
 */
public record Figure(
        long id,
        int editionNumber,
        Metric metric,
        Double value,
        String unit,
        FigureStatus status,
        Qualifier qualifier,
        String asStated,
        Source source) {

    public boolean hasValue() {
        return value != null;
    }
}

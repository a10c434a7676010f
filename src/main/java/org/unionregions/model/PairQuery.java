package org.unionregions.model;

import java.util.Set;

/**
 * A question to the region-pair matrix: which metric (and currency, for money), which years (null
 * bounds: all facts, dated or not), which kinds of the metric's group, levels (the key, or "" for facts
 * that state none) and statuses; an empty set takes them all.
 */
public record PairQuery(PairMetric metric, String currency, Integer fromYear, Integer toYear, Set<String> kinds,
                        Set<String> levels, Set<String> statuses) {

    public PairQuery {
        kinds = Set.copyOf(kinds);
        levels = Set.copyOf(levels);
        statuses = Set.copyOf(statuses);
        if (metric.isMoney() && (currency == null || currency.isBlank())) {
            throw new IllegalArgumentException(metric + " needs a currency");
        }
    }

    public PairQuery(PairMetric metric, String currency, Integer fromYear, Integer toYear, Set<String> kinds) {
        this(metric, currency, fromYear, toYear, kinds, Set.of(), Set.of());
    }

    public static PairQuery documents() {
        return new PairQuery(PairMetric.DOCUMENTS, null, null, null, Set.of());
    }

    public boolean yearLimited() {
        return fromYear != null || toYear != null;
    }
}

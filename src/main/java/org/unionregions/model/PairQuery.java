package org.unionregions.model;

import java.util.Set;

/**
 * A question to the region-pair matrix: which metric (and currency, for money), which years
 * (null bounds: all facts, dated or not) and which kinds of document (empty: all).
 */
public record PairQuery(PairMetric metric, String currency, Integer fromYear, Integer toYear, Set<String> kinds) {

    public static final String TRADE_KIND = "trade";

    public PairQuery {
        kinds = Set.copyOf(kinds);
        if (metric.isMoney() && (currency == null || currency.isBlank())) {
            throw new IllegalArgumentException(metric + " needs a currency");
        }
    }

    public static PairQuery documents() {
        return new PairQuery(PairMetric.DOCUMENTS, null, null, null, Set.of());
    }

    public boolean yearLimited() {
        return fromYear != null || toYear != null;
    }
}

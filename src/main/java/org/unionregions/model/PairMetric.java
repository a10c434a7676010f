package org.unionregions.model;

/** What a region-pair matrix cell counts or sums. Money metrics are always per one currency. */
public enum PairMetric {
    /** Number of agreements and other documents (every kind but trade). */
    DOCUMENTS,
    /** Sum of trade volumes in one currency. */
    TRADE,
    /** Sum of the values of documents (contracts) in one currency. */
    CONTRACT_VALUE;

    public boolean isMoney() {
        return this != DOCUMENTS;
    }
}

package org.unionregions.model;

import java.util.List;

/**
 * What a region-pair matrix cell shows, described once: the kinds of fact it takes (a group of
 * {@link Kind}), how it makes one number of them, and its name. A new metric is one more entry here
 * and its message.
 */
public enum PairMetric {
    /** Number of documents signed (or announced): partner listings, intentions and trade figures left out. */
    DOCUMENTS(Kind.Group.DOCUMENT, Aggregate.COUNT, "matrix.metric.documents"),
    /** How often a source names the two regions partners (no document behind it). */
    PARTNERS(Kind.Group.PARTNER_LISTING, Aggregate.COUNT, "matrix.metric.partners"),
    /**
     * The latest whole-year trade volume in one currency. Years are not added up: two sources often
     * report one year's turnover, and a part of a year ("jan-may") is not the year.
     */
    TRADE(Kind.Group.TRADE_FIGURE, Aggregate.LATEST_YEAR, "matrix.metric.trade"),
    /** Sum of the values of documents (contracts) in one currency. */
    CONTRACT_VALUE(Kind.Group.DOCUMENT, Aggregate.SUM, "matrix.metric.contracts");

    /** How a cell's facts become its number. */
    public enum Aggregate {
        /** How many facts. */
        COUNT,
        /** Their values added up, in one currency. */
        SUM,
        /** The value of the latest year with a whole-year figure; where sources differ, the lowest. */
        LATEST_YEAR
    }

    private final Kind.Group group;
    private final Aggregate aggregate;
    private final String labelKey;

    PairMetric(Kind.Group group, Aggregate aggregate, String labelKey) {
        this.group = group;
        this.aggregate = aggregate;
        this.labelKey = labelKey;
    }

    /** Money in one currency (a sum or a latest value), not a count. */
    public boolean isMoney() {
        return aggregate != Aggregate.COUNT;
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    public Kind.Group group() {
        return group;
    }

    /** The kinds this metric takes. */
    public List<String> kinds() {
        return Kind.keysIn(group);
    }

    /** The message key of its name; a money metric's takes the currency as {0}. */
    public String labelKey() {
        return labelKey;
    }
}

package org.unionregions.model;

/** What an edition figure counts. The key is the value stored in the database and the CSV files. */
public enum Metric {
    AGREEMENTS("agreements"),
    CONTRACT_VALUE("contract_value"),
    PARTICIPANTS("participants");

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Metric fromKey(String key) {
        for (Metric metric : values()) {
            if (metric.key.equals(key)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown metric: " + key);
    }
}

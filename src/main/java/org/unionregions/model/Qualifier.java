package org.unionregions.model;

/** How exactly a source stated a number: plainly, as a lower bound, as an estimate, or with a doubtful currency. */
public enum Qualifier {
    EXACT(""),
    MORE_THAN("more-than"),
    ABOUT("about"),
    ALMOST("almost"),
    /** An upper bound: "up to 700 participants". */
    UP_TO("up-to"),
    UNCERTAIN_CURRENCY("uncertain-currency");

    private final String key;

    Qualifier(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Qualifier fromKey(String key) {
        if (key == null || key.isBlank()) {
            return EXACT;
        }
        for (Qualifier qualifier : values()) {
            if (qualifier.key.equals(key)) {
                return qualifier;
            }
        }
        throw new IllegalArgumentException("unknown qualifier: " + key);
    }
}

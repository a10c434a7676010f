package org.unionregions.model;

/** Announced before or during a forum, or stated after it. */
public enum FigureStatus {
    EXPECTED("expected"),
    REPORTED("reported");

    private final String key;

    FigureStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static FigureStatus fromKey(String key) {
        for (FigureStatus status : values()) {
            if (status.key.equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status: " + key);
    }
}

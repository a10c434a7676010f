package org.unionregions.store;

import java.util.Map;

/**
 * A save refused because someone else changed (or deleted) the row since it was read: never a silent
 * overwrite. It carries their row as it is now, and who changed it and when, for the form to show
 * beside the values being saved. Nothing was changed.
 */
public final class RowConflictException extends StoreException {

    private final transient Map<String, Object> theirs;
    private final String changedBy;
    private final String changedAt;
    private final int version;

    RowConflictException(String where, String table, String key, Map<String, Object> theirs, String changedBy,
                         String changedAt) {
        super(Reason.CONFLICT, (theirs == null ? "The row " + key + " of " + table + " was deleted"
                : "The row " + key + " of " + table + " was changed") + (changedBy == null ? "" : " by " + changedBy
                + (changedAt == null ? "" : " at " + changedAt)) + " since you opened it, in " + where
                + ". Nothing was saved.", where, key, changedBy == null ? "" : changedBy,
                changedAt == null ? "" : changedAt);
        this.theirs = theirs == null ? null : Map.copyOf(theirs.entrySet().stream()
                .filter(e -> e.getValue() != null).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue)));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = theirs == null || theirs.get("version") == null ? 0
                : ((Number) theirs.get("version")).intValue();
    }

    /** Their row as stored now (columns with no value left out); null when they deleted it. */
    public Map<String, Object> theirs() {
        return theirs;
    }

    public boolean deleted() {
        return theirs == null;
    }

    public String changedBy() {
        return changedBy;
    }

    public String changedAt() {
        return changedAt;
    }

    /** The version their row has now: a save that means to replace theirs gives this one. */
    public int version() {
        return version;
    }
}

package org.unionregions.store;

/** A database problem worded for the person who has to act on it. */
public class StoreException extends RuntimeException {

    /** The problems a user must act on, so the interface can word them in its language. */
    public enum Reason { NOT_SQLITE, OTHER_PROGRAM, NEWER_SCHEMA, REFERENCED, OTHER }

    private final Reason reason;
    private final transient Object[] details;

    /** A problem with a reason; {@code details} fill the worded message (file, versions). */
    public StoreException(Reason reason, String message, Object... details) {
        super(message);
        this.reason = reason;
        this.details = details.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Object[] details() {
        return details.clone();
    }

    public StoreException(String message) {
        super(message);
        this.reason = Reason.OTHER;
        this.details = new Object[0];
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.reason = cause instanceof StoreException store ? store.reason : Reason.OTHER;
        this.details = cause instanceof StoreException store ? store.details : new Object[0];
    }
}

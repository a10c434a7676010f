package org.unionregions.store;

/** Thrown when the user cancelled a bulk write: the transaction was rolled back, nothing was written. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("import cancelled; nothing was written");
    }
}

package org.unionregions.store;

/** Lets tests elsewhere size a file just over the bulk-import threshold. */
public final class RegionFactWriterAccess {

    private RegionFactWriterAccess() {
    }

    public static int bulkThreshold() {
        return RegionFactWriter.BULK_THRESHOLD;
    }
}

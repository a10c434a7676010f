package org.unionregions.store;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

/**
 * An import's staged rows against the registry: which are stored already, and the commit of the rest
 * in one transaction, noted in the change log as one import. The importer (io) reads and checks the
 * file; the transactions are here.
 */
public final class Imports {

    /** Rows of the import were stored by someone else after its preview: nothing was written. */
    public static final class StoredMeanwhile extends RuntimeException {
        private final transient List<Long> lines;

        StoredMeanwhile(List<Long> lines) {
            super(lines.size() + " rows of the import were stored meanwhile");
            this.lines = List.copyOf(lines);
        }

        /** The file's lines (the first of them) whose rows are now stored. */
        public List<Long> lines() {
            return lines;
        }
    }

    private final Database database;

    Imports(Database database) {
        this.database = database;
    }

    /** The change log's newest entry: a preview remembers it, to know at its commit whether anything was written since. */
    public long lastChange() {
        return database.read(database::lastChange);
    }

    /** Marks the staged rows already stored in the registry; returns how many there are. */
    public long markAlreadyStored(Staging staging) {
        return database.withAttached(staging, () -> staging.markAlreadyStored(database));
    }

    /**
     * Writes the staged rows into {@code table} in one transaction. If anything was written since
     * {@code changeSeen}, the rows are checked against the registry again under the write lock: rows
     * stored meanwhile stop it ({@link StoredMeanwhile}, with at most {@code linesReported} of their lines).
     */
    public EditHistory.Imported commit(TableDef table, Staging staging, String fileName, long rows, long changeSeen,
                                       int linesReported, BooleanSupplier cancelled, IntConsumer progress) {
        return commit(table, staging, fileName, rows, changeSeen, linesReported, false, cancelled, progress);
    }

    /**
     * As {@link #commit}; {@code joinDocuments}: statements of signings that match a stored document (or
     * one stated earlier in the file) are added to it as its statements ({@code DocumentRules}).
     */
    public EditHistory.Imported commit(TableDef table, Staging staging, String fileName, long rows, long changeSeen,
                                       int linesReported, boolean joinDocuments, BooleanSupplier cancelled,
                                       IntConsumer progress) {
        Database.Change change = new Database.Change("import", table.name() + " from " + fileName,
                (int) Math.min(Integer.MAX_VALUE, rows));
        return database.withAttached(staging, () -> database.inTransaction(change, conn -> {
            if (database.lastChange(conn) != changeSeen) {
                List<Long> lines = staging.linesAlreadyStored(database, conn, linesReported);
                if (!lines.isEmpty()) {
                    throw new StoredMeanwhile(lines);
                }
            }
            EditHistory.Imported step = new TableWriter(database, table).insertStagedUndoably(conn, staging, fileName,
                    cancelled, progress);
            return joinDocuments && table == Tables.REGION_FACT
                    ? step.joined(Documents.attachImported(conn, step.keyAbove())) : step;
        }));
    }
}

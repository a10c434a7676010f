package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionregions.model.TableDef;

/**
 * The changes made in this window since it opened, to undo (Ctrl+Z) and redo (Ctrl+Shift+Z): a row
 * added, edited or deleted through the form, and an import. Each step keeps the rows as they were and
 * as it left them; undoing one first checks, in the same transaction, that the rows are still as it
 * left them (another window, or a colleague, may have changed them since) and otherwise changes
 * nothing and says so. An undone import cannot be redone (import the file again): its rows are not
 * kept in memory.
 */
public final class EditHistory {

    /** Why a step could not be undone or redone; nothing was changed (the transaction was rolled back). */
    public static final class NotUndoneException extends RuntimeException {

        public enum Reason {
            /** The row was changed since (details: table, key). */
            CHANGED_SINCE,
            /** The row is no longer there (table, key). */
            GONE,
            /** A row with that key is there again (table, key). */
            BACK_AGAIN,
            /** Rows of the import were deleted since (file, rows deleted, rows imported). */
            ROWS_DELETED,
            /** Other rows refer to the rows concerned (table). */
            REFERENCED
        }

        private final Reason reason;
        private final transient Object[] details;

        NotUndoneException(Reason reason, String message, Object... details) {
            super(message + " Nothing was changed.");
            this.reason = reason;
            this.details = details;
        }

        public Reason reason() {
            return reason;
        }

        public Object[] details() {
            return details.clone();
        }
    }

    /** One change, and what undoing it takes. */
    public sealed interface Step permits Added, Edited, Deleted, Imported, Regrouped {
        TableDef table();
    }

    /** A row added; {@code row} as stored. */
    public record Added(TableDef table, String key, Map<String, Object> row) implements Step {
    }

    public record Edited(TableDef table, String key, Map<String, Object> before, Map<String, Object> after)
            implements Step {
    }

    public record Deleted(TableDef table, String key, Map<String, Object> row) implements Step {
    }

    /**
     * Statements moved from one document to another (a merge, a split): each row's edit, in the order
     * made; undone in the reverse order, as one step.
     */
    public record Regrouped(TableDef table, String action, List<Edited> edits) implements Step {
    }

    /**
     * Rows an import added: those with a generated key above {@code keyAbove} up to {@code lastKey},
     * or, in a table keyed by its own column (sources, regions, editions), the {@code keys} listed.
     */
    public record Imported(TableDef table, String fileName, int rows, long keyAbove, long lastKey,
                           List<String> keys, int joinedDocuments) implements Step {

        public Imported(TableDef table, String fileName, int rows, long keyAbove, long lastKey, List<String> keys) {
            this(table, fileName, rows, keyAbove, lastKey, keys, 0);
        }

        /** The same import, {@code joined} of its statements added to documents they match. */
        Imported joined(int joined) {
            return new Imported(table, fileName, rows, keyAbove, lastKey, keys, joined);
        }

        /** Kept to undo: a generated key range, or the keys when there were not too many. */
        public boolean undoable() {
            return table.generatedKey() || keys != null;
        }
    }

    /** Beyond this many keys an import into a table keyed by its own column is not kept to undo. */
    static final int MAX_KEYS = 10_000;

    private final Database database;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();

    public EditHistory(Database database) {
        this.database = database;
    }

    // ---- changes, recorded as they are made -------------------------------------------------------

    /** Adds a row (the form) and records it; returns its key. */
    public String insert(TableDef table, Map<String, Object> values) {
        Added step = database.inTransaction(new Database.Change("insert", table.name(), 1), conn -> {
            String key = TableWriter.insertRow(conn, table, values);
            return new Added(table, key, row(conn, table, key));
        });
        record(step);
        return step.key();
    }

    public void update(TableDef table, String key, Map<String, Object> values) {
        update(table, key, values, null);
    }

    /**
     * Replaces a row (the form) if it is still at {@code expectedVersion} (null: whatever it is);
     * otherwise {@link RowConflictException} and nothing is written.
     */
    public void update(TableDef table, String key, Map<String, Object> values, Integer expectedVersion) {
        record(database.inTransaction(new Database.Change("update", table.name() + " " + key, 1), conn -> {
            Map<String, Object> before = row(conn, table, key);
            TableWriter.updateRow(conn, table, key, values, expectedVersion, database.where());
            return new Edited(table, key, before, row(conn, table, key));
        }));
    }

    public void delete(TableDef table, String key) {
        record(TableWriter.refusedWhenReferenced(() -> database.inTransaction(
                new Database.Change("delete", table.name() + " " + key, 1), conn -> {
                    Map<String, Object> before = row(conn, table, key);
                    TableWriter.deleteRow(conn, table, key);
                    return new Deleted(table, key, before);
                })));
    }

    /** Statements regrouped in the caller's transaction (a merge, a split), recorded to undo as one. */
    void regrouped(Regrouped step) {
        record(step);
    }

    /** An import committed in the importer's own transaction; one too large to keep is not recorded. */
    public void imported(Imported step) {
        if (step.undoable()) {
            record(step);
        }
    }

    private synchronized void record(Step step) {
        done.push(step);
        undone.clear();
    }

    // ---- undo and redo ----------------------------------------------------------------------------

    public synchronized Optional<Step> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    public synchronized Optional<Step> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /** Undoes the last change still done; returns it. */
    public Optional<Step> undo() {
        Step step = nextUndo().orElse(null);
        if (step == null) {
            return Optional.empty();
        }
        write("undo", step, conn -> {
            if (step instanceof Added added) {
                expect(conn, added.table(), added.key(), added.row());
                TableWriter.deleteRow(conn, added.table(), added.key());
            } else if (step instanceof Edited edited) {
                expect(conn, edited.table(), edited.key(), edited.after());
                TableWriter.updateRow(conn, edited.table(), edited.key(), edited.before());
            } else if (step instanceof Deleted deleted) {
                expect(conn, deleted.table(), deleted.key(), null);
                TableWriter.insertStoredRow(conn, deleted.table(), deleted.row());
            } else if (step instanceof Regrouped regrouped) {
                List<Edited> backwards = new java.util.ArrayList<>(regrouped.edits());
                Collections.reverse(backwards);
                for (Edited edited : backwards) {
                    expect(conn, edited.table(), edited.key(), edited.after());
                    TableWriter.updateRow(conn, edited.table(), edited.key(), edited.before());
                }
            } else {
                deleteImported(conn, (Imported) step);
            }
        });
        synchronized (this) {
            done.pop();
            if (!(step instanceof Imported)) {
                undone.push(step);
            }
        }
        return Optional.of(step);
    }

    /** Does again the last change undone; returns it. */
    public Optional<Step> redo() {
        Step step = nextRedo().orElse(null);
        if (step == null) {
            return Optional.empty();
        }
        write("redo", step, conn -> {
            if (step instanceof Added added) {
                expect(conn, added.table(), added.key(), null);
                TableWriter.insertStoredRow(conn, added.table(), added.row());
            } else if (step instanceof Edited edited) {
                expect(conn, edited.table(), edited.key(), edited.before());
                TableWriter.updateRow(conn, edited.table(), edited.key(), edited.after());
            } else if (step instanceof Deleted deleted) {
                expect(conn, deleted.table(), deleted.key(), deleted.row());
                TableWriter.deleteRow(conn, deleted.table(), deleted.key());
            } else if (step instanceof Regrouped regrouped) {
                for (Edited edited : regrouped.edits()) {
                    expect(conn, edited.table(), edited.key(), edited.before());
                    TableWriter.updateRow(conn, edited.table(), edited.key(), edited.after());
                }
            }
        });
        synchronized (this) {
            undone.pop();
            done.push(step);
        }
        return Optional.of(step);
    }

    private interface Work {
        void run(Connection conn) throws SQLException;
    }

    /** One transaction; a row others now refer to is said so in the step's words. */
    private void write(String what, Step step, Work work) {
        try {
            database.inTransaction(new Database.Change(what, describe(step), 1), conn -> {
                work.run(conn);
                return null;
            });
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.FOREIGN_KEY) {
                throw new NotUndoneException(NotUndoneException.Reason.REFERENCED, describe(step) + " cannot be "
                        + (what.equals("undo") ? "undone" : "redone") + ": other rows refer to the rows it concerns.",
                        step.table().name());
            }
            throw e;
        }
    }

    private static String describe(Step step) {
        String name = step.table().name();
        if (step instanceof Added added) {
            return "the row " + added.key() + " added to " + name;
        } else if (step instanceof Edited edited) {
            return "the edit of " + name + " row " + edited.key();
        } else if (step instanceof Deleted deleted) {
            return "the deletion of " + name + " row " + deleted.key();
        } else if (step instanceof Regrouped regrouped) {
            return "the " + regrouped.action() + " of " + regrouped.edits().size() + " " + name + " rows";
        }
        return "the import of " + ((Imported) step).fileName() + " into " + name;
    }

    private static Map<String, Object> withoutVersion(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>(row);
        values.remove("version");
        return values;
    }

    /** The row must be as the step left it ({@code expected} null: absent), or nothing is done. */
    private static void expect(Connection conn, TableDef table, String key, Map<String, Object> expected)
            throws SQLException {
        Map<String, Object> now = row(conn, table, key);
        // the values decide: undo and redo raise the row's version themselves
        if (expected == null ? now != null : !withoutVersion(expected).equals(withoutVersion(now))) {
            NotUndoneException.Reason reason = now == null ? NotUndoneException.Reason.GONE : expected == null
                    ? NotUndoneException.Reason.BACK_AGAIN : NotUndoneException.Reason.CHANGED_SINCE;
            throw new NotUndoneException(reason, table.name() + " row " + key + switch (reason) {
                case GONE -> " is no longer there";
                case BACK_AGAIN -> " exists again";
                default -> " was changed since";
            } + " (in another window, or by someone else); it was left as it is.", table.name(), key);
        }
    }

    private static void deleteImported(Connection conn, Imported imported) throws SQLException {
        TableDef table = imported.table();
        String where = imported.keys() == null
                ? table.key() + " > " + imported.keyAbove() + " AND " + table.key() + " <= " + imported.lastKey()
                // one parameter a key, bound by the key's type: the same SQL on every engine (MAX_KEYS is below
                // the parameters a statement may have: at least 32,766 on SQLite, 65,535 on PostgreSQL)
                : table.key() + " IN (" + String.join(", ", Collections.nCopies(imported.keys().size(), "?")) + ")";
        try (PreparedStatement count = conn.prepareStatement("SELECT count(*) FROM " + table.name() + " WHERE "
                + where);
             PreparedStatement delete = conn.prepareStatement("DELETE FROM " + table.name() + " WHERE " + where)) {
            if (imported.keys() != null) {
                for (int i = 0; i < imported.keys().size(); i++) {
                    TableWriter.bindKey(count, i + 1, table, imported.keys().get(i));
                    TableWriter.bindKey(delete, i + 1, table, imported.keys().get(i));
                }
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getInt(1) != imported.rows()) {
                    int gone = imported.rows() - rows.getInt(1);
                    throw new NotUndoneException(NotUndoneException.Reason.ROWS_DELETED, "The import of "
                            + imported.fileName() + " cannot be undone: " + gone + " of its " + imported.rows()
                            + " rows were deleted since.", imported.fileName(), gone, imported.rows());
                }
            }
            delete.executeUpdate();
        }
    }

    /** Every stored column of one row by key, as read back (so two readings compare equal), or null. */
    static Map<String, Object> row(Connection conn, TableDef table, String key) throws SQLException {
        try (PreparedStatement query = conn.prepareStatement("SELECT * FROM " + table.name() + " WHERE "
                + table.key() + " = ?")) {
            TableWriter.bindKey(query, 1, table, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                ResultSetMetaData meta = row.getMetaData();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnName(i), row.getObject(i));
                }
                return values;
            }
        }
    }
}

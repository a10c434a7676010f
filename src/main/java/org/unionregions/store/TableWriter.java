package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

/**
 * Writes the rows of one registry table, whichever it is: one at a time for the form, or a whole
 * checked import from its staging file in one transaction. Column names come from the table's
 * description, never from a file; values are always bound.
 *
 * <p>A large import of region facts sets the summary triggers and secondary indexes aside inside
 * its transaction, then rebuilds them (the summary only for the rows it added): ten times faster,
 * and just as atomic.
 */
public final class TableWriter {

    private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

    /** Below this many rows the per-row triggers are cheaper than rebuilding. */
    static final int BULK_THRESHOLD = 20_000;
    /** Rows copied from the staging file per statement, between chances to cancel. */
    private static final int CHUNK = 50_000;
    private static final int BULK_CACHE_KIB = 32 * 1024;

    private final Database database;
    private final TableDef table;

    public TableWriter(Database database, TableDef table) {
        this.database = database;
        this.table = table;
    }

    public TableDef table() {
        return table;
    }

    /** The keys stored, as text: what a reference to this table may name (source ids, region codes, edition numbers). */
    public Set<String> keys() {
        return database.read(conn -> {
            Set<String> keys = new HashSet<>();
            try (Statement statement = conn.createStatement();
                 ResultSet row = statement.executeQuery("SELECT " + table.key() + " FROM " + table.name())) {
                while (row.next()) {
                    keys.add(row.getString(1));
                }
            }
            return keys;
        });
    }

    /** The keys of stored rows equal to {@code values} in the table's duplicate key (NULL equals NULL). */
    public List<String> matching(Map<String, Object> values) {
        List<String> columns = table.duplicateKey();
        String where = String.join(" AND ", columns.stream().map(database.dialect()::sameAs).toList());
        return database.read(conn -> {
            try (PreparedStatement query = conn.prepareStatement("SELECT " + table.key() + " FROM " + table.name()
                    + " WHERE " + where)) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(query, i + 1, values.get(columns.get(i)));
                }
                List<String> keys = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        keys.add(row.getString(1));
                    }
                }
                return keys;
            }
        });
    }

    /** Adds one row (the form); returns its key. */
    public String insert(Map<String, Object> values) {
        return database.inTransaction(new Database.Change("insert", table.name(), 1),
                conn -> insertRow(conn, table, values));
    }

    /** Replaces the row with key {@code key}; a missing row is an error. */
    public void update(String key, Map<String, Object> values) {
        database.inTransaction(new Database.Change("update", table.name() + " " + key, 1), conn -> {
            updateRow(conn, table, key, values);
            return null;
        });
    }

    /** Deletes one row; refused with a clear message when other rows refer to it. */
    public void delete(String key) {
        refusedWhenReferenced(() -> database.inTransaction(new Database.Change("delete", table.name() + " " + key, 1),
                conn -> {
                    deleteRow(conn, table, key);
                    return null;
                }));
    }

    static String insertRow(Connection conn, TableDef table, Map<String, Object> values) throws SQLException {
        if (table == Tables.REGION_FACT) {
            Documents.requireValidDocument(conn, values, null);
            Documents.requireValidPlanLink(conn, values, null);
        }
        String key;
        try (PreparedStatement insert = conn.prepareStatement(insertSql(table), Statement.RETURN_GENERATED_KEYS)) {
            bindRow(insert, table, values);
            insert.executeUpdate();
            if (!table.generatedKey()) {
                key = String.valueOf(values.get(table.key()));
            } else {
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    key = keys.getString(1);
                }
            }
        }
        RowHistory.record(conn, table, key, "insert", null, EditHistory.row(conn, table, key));
        return key;
    }

    /** Puts back a row as it was read (every stored column, its key among them): an undone deletion. */
    static void insertStoredRow(Connection conn, TableDef table, Map<String, Object> row) throws SQLException {
        List<String> columns = List.copyOf(row.keySet()); // the database's own column names, never a file's
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO " + table.name() + " ("
                + String.join(", ", columns) + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?")
                .toList()) + ")")) {
            for (int i = 0; i < columns.size(); i++) {
                bind(insert, i + 1, row.get(columns.get(i)));
            }
            insert.executeUpdate();
        }
        String key = String.valueOf(row.get(table.key()));
        RowHistory.record(conn, table, key, "insert", null, EditHistory.row(conn, table, key));
    }

    static void updateRow(Connection conn, TableDef table, String key, Map<String, Object> values)
            throws SQLException {
        updateRow(conn, table, key, values, null, null);
    }

    /**
     * Replaces the row's values and raises its version. {@code expectedVersion} (null: any) is checked
     * in the same statement that writes: a row someone changed or deleted since it was read is not
     * written, and {@link RowConflictException} says what it holds now.
     */
    static void updateRow(Connection conn, TableDef table, String key, Map<String, Object> values,
                          Integer expectedVersion, String where) throws SQLException {
        Map<String, Object> before = EditHistory.row(conn, table, key);
        if (table == Tables.REGION_FACT && before != null && !java.util.Objects.equals(before.get("document"),
                values.get("document"))) {
            Documents.requireValidDocument(conn, values, key);
        }
        if (table == Tables.REGION_FACT && before != null && values.get("carries_out") != null
                && !java.util.Objects.equals(before.get("carries_out"), values.get("carries_out"))) {
            Documents.requireValidPlanLink(conn, values, key);
        }
        // a migration's step writes before a later version's columns exist: only the columns stored now
        List<String> columns = before == null ? table.columnNames() : table.columnNames().stream()
                .filter(column -> before.keySet().stream().anyMatch(column::equalsIgnoreCase)).toList();
        String sql = "UPDATE " + table.name() + " SET " + String.join(", ", columns.stream().map(c -> c + " = ?")
                .toList()) + ", version = version + 1 WHERE " + table.key() + " = ?"
                + (expectedVersion == null ? "" : " AND version = ?");
        try (PreparedStatement update = conn.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                bind(update, i + 1, values.get(columns.get(i)));
            }
            bindKey(update, columns.size() + 1, table, key);
            if (expectedVersion != null) {
                update.setInt(columns.size() + 2, expectedVersion);
            }
            if (update.executeUpdate() != 1) {
                if (expectedVersion != null) {
                    throw conflict(conn, table, key, before, where);
                }
                throw new SQLException("no row " + key + " in " + table.name());
            }
        }
        RowHistory.record(conn, table, key, "update", before, EditHistory.row(conn, table, key));
    }

    /** Who changed the row last (its newest history entry), for the message of a refused save. */
    private static RowConflictException conflict(Connection conn, TableDef table, String key,
                                                 Map<String, Object> theirs, String where) throws SQLException {
        List<ChangeHistory.RowChange> last = ChangeHistory.ofRow(conn, table.name(), key, 1);
        return new RowConflictException(where, table.name(), key, theirs, last.isEmpty() ? null : last.get(0).madeBy(),
                last.isEmpty() ? null : last.get(0).madeAt());
    }

    static void deleteRow(Connection conn, TableDef table, String key) throws SQLException {
        Map<String, Object> before = EditHistory.row(conn, table, key);
        try (PreparedStatement delete = conn.prepareStatement("DELETE FROM " + table.name() + " WHERE "
                + table.key() + " = ?")) {
            bindKey(delete, 1, table, key);
            delete.executeUpdate();
        }
        if (before != null) {
            RowHistory.record(conn, table, key, "delete", before, null);
        }
    }

    /** A deletion other rows prevent, said in the user's terms. */
    static <T> T refusedWhenReferenced(java.util.function.Supplier<T> deletion) {
        try {
            return deletion.get();
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.FOREIGN_KEY) {
                throw new StoreException(StoreException.Reason.REFERENCED, "This row cannot be deleted: other rows"
                        + " refer to it (for example figures citing this source, or facts about this region). Delete or"
                        + " change those first. Nothing was changed.");
            }
            throw e;
        }
    }

    /** Rows inserted by the bundled data, inside the transaction that creates the database. */
    static void insertAll(Connection conn, TableDef table, List<Map<String, Object>> rows) throws SQLException {
        try (PreparedStatement insert = conn.prepareStatement(insertSql(table))) {
            for (Map<String, Object> row : rows) {
                bindRow(insert, table, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Inserts each row that no stored row equals in the table's duplicate key (bundled data added to an old database). */
    /**
     * Adds the rows not stored yet, in a migration's transaction: a row the file has n times is stored n
     * times (two twinnings one page names alike), less the equal rows already there.
     */
    static int insertAbsent(Connection conn, TableDef table, List<Map<String, Object>> rows) throws SQLException {
        List<String> key = table.duplicateKey();
        Dialect dialect = Dialect.of(conn);
        String where = String.join(" AND ", key.stream().map(dialect::sameAs).toList());
        int added = 0;
        Map<List<Object>, Integer> seenInFile = new java.util.HashMap<>();
        // the columns the table has at this step of the migration: a later version's are not there yet
        List<String> columns = new ArrayList<>();
        try (Statement probe = conn.createStatement();
             ResultSet none = probe.executeQuery("SELECT * FROM " + table.name() + " WHERE 1 = 0")) {
            java.sql.ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (table.columnNames().contains(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT))) {
                    columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        try (PreparedStatement stored = conn.prepareStatement("SELECT count(*) FROM " + table.name() + " WHERE " + where);
             PreparedStatement insert = conn.prepareStatement("INSERT INTO " + table.name() + " ("
                     + String.join(", ", columns) + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(
                     columns.size(), "?")) + ")")) {
            for (Map<String, Object> row : rows) {
                List<Object> values = key.stream().map(row::get).toList();
                int inFile = seenInFile.merge(values, 1, Integer::sum);
                for (int i = 0; i < key.size(); i++) {
                    bind(stored, i + 1, row.get(key.get(i)));
                }
                int already;
                try (ResultSet found = stored.executeQuery()) {
                    found.next();
                    already = found.getInt(1);
                }
                if (inFile > already) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(insert, i + 1, row.get(columns.get(i)));
                    }
                    insert.executeUpdate();
                    added++;
                }
            }
        }
        return added;
    }

    /**
     * Copies every row of the staging file (attached as {@code staging}) into the table, in file
     * order, inside the caller's transaction. {@code cancelled} is asked between chunks and throws
     * {@link CancelledException}; {@code progress} gets the rows written so far.
     */
    /**
     * As {@link #insertStaged}, and returns what undoing it takes: the generated keys it used, or the
     * keys of a table keyed by its own column (up to {@link EditHistory#MAX_KEYS}).
     */
    public EditHistory.Imported insertStagedUndoably(Connection conn, Staging staging, String fileName,
                                                     BooleanSupplier cancelled, IntConsumer progress)
            throws SQLException {
        long keyAbove = table.generatedKey() ? lastGeneratedKey(conn) : 0;
        List<String> keys = table.generatedKey() ? null : stagedKeys(staging);
        int written = insertStaged(conn, staging, cancelled, progress);
        long lastKey = table.generatedKey() ? lastGeneratedKey(conn) : 0;
        return new EditHistory.Imported(table, fileName, written, keyAbove, lastKey, keys);
    }

    /** The keys of the staged rows (read from the staging file itself), or null when too many to keep. */
    private List<String> stagedKeys(Staging staging) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement statement = staging.connection().createStatement();
             ResultSet row = statement.executeQuery("SELECT " + table.key() + " FROM rows ORDER BY line LIMIT "
                     + (EditHistory.MAX_KEYS + 1))) {
            while (row.next()) {
                keys.add(row.getString(1));
            }
        }
        return keys.size() > EditHistory.MAX_KEYS ? null : keys;
    }

    public int insertStaged(Connection conn, Staging staging, BooleanSupplier cancelled, IntConsumer progress)
            throws SQLException {
        int copied = database.engine().copyIn(conn, staging, table, cancelled, progress);
        if (copied >= 0) {
            return copied;
        }
        long start = System.nanoTime();
        long rows = staging.rowCount();
        boolean bulk = rows >= BULK_THRESHOLD && table == Tables.REGION_FACT && database.engine().setsTriggersAsideForBulk();
        long lastKeyBefore = bulk ? lastGeneratedKey(conn) : 0;
        List<String> setAside = bulk ? setAsideTriggersAndIndexes(conn) : List.of();
        if (bulk) {
            setCacheSize(conn, BULK_CACHE_KIB); // the index rebuild sorts in memory rather than on disk
        }
        try {
            String columns = String.join(", ", table.columnNames());
            int written = 0;
            try (PreparedStatement copy = conn.prepareStatement("INSERT INTO " + table.name() + " (" + columns
                    + ") SELECT " + columns + " FROM " + database.stagedRows(conn, staging) + " WHERE line > ? AND line <= ?"
                    + " ORDER BY line")) {
                long last = staging.lastLine();
                for (long from = 0; from < last; from += CHUNK) {
                    copy.setLong(1, from);
                    copy.setLong(2, Math.min(last, from + CHUNK));
                    written += copy.executeUpdate();
                    if (cancelled.getAsBoolean()) {
                        throw new CancelledException();
                    }
                    progress.accept(written);
                }
            }
            if (bulk) {
                long inserted = System.nanoTime();
                RegionPairSummary.Sums sums = staging.summary();
                if (sums != null) {
                    sums.addTo(conn);
                } else {
                    RegionPairSummary.addFactsAfter(conn, lastKeyBefore);
                }
                long summarised = System.nanoTime();
                try (Statement statement = conn.createStatement()) {
                    for (String sql : setAside) {
                        statement.execute(sql);
                    }
                }
                LOG.info("bulk import of {} facts: insert {} ms, summary {} ms, indexes and triggers {} ms", written,
                        (inserted - start) / 1_000_000, (summarised - inserted) / 1_000_000,
                        (System.nanoTime() - summarised) / 1_000_000);
            }
            return written;
        } finally {
            if (bulk) { // the cache size is not part of the transaction: give the pages back however it ends
                setCacheSize(conn, FileEngine.CACHE_KIB);
            }
        }
    }

    private long lastGeneratedKey(Connection conn) throws SQLException {
        try (Statement statement = conn.createStatement();
             ResultSet row = statement.executeQuery("SELECT coalesce(max(" + table.key() + "), 0) FROM "
                     + table.name())) {
            row.next();
            return row.getLong(1);
        }
    }

    static String insertSql(TableDef table) {
        List<String> columns = table.columnNames();
        return "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    /** The row's values in the table's column order (typed setters: setObject's dispatch was slow in bulk). */
    static void bindRow(PreparedStatement statement, TableDef table, Map<String, Object> row) throws SQLException {
        List<ColumnDef> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            bind(statement, i + 1, row.get(columns.get(i).name()));
        }
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Double number) {
            statement.setDouble(index, number);
        } else {
            throw new IllegalArgumentException("cannot store a " + value.getClass().getSimpleName());
        }
    }

    /** A key as the Data screen shows it (text), bound as the number it is where the key is numeric. */
    static void bindKey(PreparedStatement statement, int index, TableDef table, String key) throws SQLException {
        boolean numeric = table.generatedKey() || table.column(table.key()).map(ColumnDef::numeric).orElse(false);
        if (numeric) {
            statement.setLong(index, Long.parseLong(key));
        } else {
            statement.setString(index, key);
        }
    }

    private static void setCacheSize(Connection conn, int kibibytes) throws SQLException {
        try (Statement statement = conn.createStatement()) {
            statement.execute("PRAGMA cache_size = -" + kibibytes);
        }
    }

    /** Drops the table's triggers and secondary indexes, returning the SQL that recreates them. */
    private List<String> setAsideTriggersAndIndexes(Connection conn) throws SQLException {
        List<String> recreate = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (PreparedStatement query = conn.prepareStatement("SELECT type, name, sql FROM main.sqlite_master"
                + " WHERE tbl_name = ? AND type IN ('trigger', 'index') AND sql IS NOT NULL")) {
            query.setString(1, table.name());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    drop.add("DROP " + row.getString(1).toUpperCase(java.util.Locale.ROOT) + " main." + row.getString(2));
                    recreate.add(row.getString(3));
                }
            }
        }
        try (Statement statement = conn.createStatement()) {
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        return recreate;
    }
}

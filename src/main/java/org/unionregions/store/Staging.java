package org.unionregions.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

/**
 * The checked rows of a file being imported, and its problems, kept in a SQLite file of their own
 * (in the system's temporary folder) until the import is committed or dropped. Memory stays the same
 * for ten rows or ten million: duplicates are found by SQLite, which sorts on disk, and the commit
 * copies the rows with one INSERT ... SELECT instead of handing each value through JDBC again.
 */
public final class Staging implements AutoCloseable {

    /** The name the staging file is attached under to the registry's connection. */
    public static final String ALIAS = "staging";

    private static final Logger LOG = LoggerFactory.getLogger(Staging.class);
    private static final int BATCH = 5_000;
    private static final int ROWS_PER_INSERT = 100;

    /** A problem as staged: a worded message, or a code the importer words ({@code duplicate} of {@code firstLine}, {@code stored}). */
    public record Problem(long line, String column, String value, String message, String code, long firstLine) {
    }

    /** A number that reads as a decimal or as a whole number with grouping ("1,500"), to be decided for the file. */
    public record Ambiguous(long line, String column, String raw) {
    }

    private final TableDef table;
    private final RegionPairSummary.Sums sums;
    private final Path file;
    private final Connection connection;
    private final PreparedStatement insertRow;
    /** {@link #ROWS_PER_INSERT} rows in one INSERT: a third less of the driver's per-row work than a batch. */
    private final PreparedStatement insertRows;
    private final PreparedStatement insertProblem;
    private final PreparedStatement insertAmbiguous;
    private final Loader loader = new Loader();
    private List<Object[]> batch = new ArrayList<>(BATCH);
    private long rows;
    private long lastLine;
    private boolean finished;

    private Staging(TableDef table, Path file, Connection connection) throws SQLException {
        this.table = table;
        this.sums = table == Tables.REGION_FACT ? new RegionPairSummary.Sums() : null;
        this.file = file;
        this.connection = connection;
        List<String> columns = table.columnNames();
        String valuesOfOne = "(?, ?" + ", ?".repeat(columns.size()) + ")";
        String insert = "INSERT INTO rows (line, key_hash, " + String.join(", ", columns) + ") VALUES ";
        this.insertRow = connection.prepareStatement(insert + valuesOfOne);
        this.insertRows = connection.prepareStatement(insert + String.join(", ",
                java.util.Collections.nCopies(ROWS_PER_INSERT, valuesOfOne)));
        this.insertProblem = connection.prepareStatement("INSERT INTO problems (line, col, value, message, code,"
                + " first_line) VALUES (?, ?, ?, ?, ?, ?)");
        this.insertAmbiguous = connection.prepareStatement("INSERT INTO ambiguous (line, col, raw, as_decimal,"
                + " as_grouped) VALUES (?, ?, ?, ?, ?)");
    }

    /** A new, empty staging file for rows of {@code table}. */
    public static Staging create(TableDef table) {
        Path file = null;
        Connection connection = null;
        try {
            file = Files.createTempFile("union-regions-import-", ".db");
            file.toFile().deleteOnExit();
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement statement = connection.createStatement()) {
                // a scratch file: if the machine stops, it is thrown away, so no journal and no syncs
                statement.execute("PRAGMA journal_mode = OFF"); // WAL once loaded: written once, not twice
                statement.execute("PRAGMA synchronous = OFF");
                statement.execute("PRAGMA temp_store = FILE"); // sorts of a large file spill to disk, not memory
                statement.execute("PRAGMA cache_size = -8192");
                statement.execute("CREATE TABLE rows (line INTEGER PRIMARY KEY, key_hash INTEGER NOT NULL, "
                        + String.join(", ",
                        table.columns().stream().map(c -> c.name() + " " + sqlType(c)).toList()) + ")");
                statement.execute("CREATE TABLE problems (seq INTEGER PRIMARY KEY, line INTEGER NOT NULL, col TEXT,"
                        + " value TEXT, message TEXT, code TEXT, first_line INTEGER)");
                statement.execute("CREATE TABLE ambiguous (line INTEGER NOT NULL, col TEXT NOT NULL, raw TEXT NOT NULL,"
                        + " as_decimal REAL NOT NULL, as_grouped REAL NOT NULL)");
                statement.execute("BEGIN");
            }
            return new Staging(table, file, connection);
        } catch (IOException | SQLException e) {
            closeQuietly(connection);
            deleteQuietly(file);
            throw new StoreException(StoreException.Reason.OTHER, "Cannot make a scratch file for the import in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage() + ". Nothing was written.");
        }
    }

    private static String sqlType(ColumnDef column) {
        return switch (column.type()) {
            case INTEGER, EDITION -> "INTEGER";
            case NUMBER -> "REAL";
            default -> "TEXT";
        };
    }

    public TableDef table() {
        return table;
    }

    public Path file() {
        return file;
    }

    /** A checked row, with the file line it came from (lines only grow). */
    public void addRow(long line, Map<String, Object> values) {
        List<ColumnDef> columns = table.columns();
        Object[] row = new Object[columns.size() + 3];
        row[0] = insertRow;
        row[1] = line;
        row[2] = keyHash(values);
        for (int i = 0; i < columns.size(); i++) {
            row[i + 3] = values.get(columns.get(i).name());
        }
        queue(row);
        if (sums != null) {
            sums.add(values);
        }
        rows++;
        lastLine = line;
    }

    /**
     * Hands a row (its statement first, then its values) to the loader thread, a batch at a time:
     * reading and checking the file goes on on this thread while SQLite stores the last batch.
     */
    private void queue(Object[] row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            loader.load(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /**
     * A 64-bit hash of the row's duplicate key, numbers left out (an ambiguous "1,500" is decided only
     * once the file is read). Rows with equal keys have equal hashes, so only rows that share a hash
     * need comparing column by column: grouping a million integers is far cheaper than sorting a
     * million rows by ten text columns.
     */
    private long keyHash(Map<String, Object> values) {
        long hash = 0xcbf29ce484222325L; // FNV-1a
        for (String column : table.duplicateKey()) {
            Object value = values.get(column);
            if (value instanceof Double) {
                continue;
            }
            String text = value == null ? "\u0000" : value.toString();
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1f) * 0x100000001b3L; // between columns
        }
        return hash;
    }

    public void addProblem(long line, String column, String value, String message) {
        addProblem(line, column, value, message, null, 0);
    }

    private void addProblem(long line, String column, String value, String message, String code, long firstLine) {
        Object[] problem = {insertProblem, line, column, value, message, code, firstLine};
        if (!finished) {
            queue(problem);
            return;
        }
        try { // once finished, each problem is readable at once
            Loader.bindAndAdd(problem);
            insertProblem.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A cell of a staged row left empty until the file tells how to read it. */
    public void addAmbiguous(long line, String column, String raw, double asDecimal, double asGrouped) {
        queue(new Object[] {insertAmbiguous, line, column, raw, asDecimal, asGrouped});
    }

    /** Writes what is batched; the file is complete for reading. */
    public void finish() {
        if (finished) {
            return;
        }
        try {
            loader.load(batch);
            batch = List.of();
            loader.finish();
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
                statement.execute("CREATE INDEX problems_by_line ON problems (line, seq)");
                // from now on the registry's connection reads while this one notes problems
                statement.execute("PRAGMA journal_mode = WAL");
            }
            finished = true;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * The thread that stores the batches, so that SQLite's work and the parsing share the two cores a
     * machine has. It alone uses the connection until {@link #finish()} has waited for it; a failure is
     * rethrown at the next batch or at the end.
     */
    private final class Loader {
        private static final List<Object[]> END = List.of();
        private final java.util.concurrent.BlockingQueue<List<Object[]>> batches =
                new java.util.concurrent.ArrayBlockingQueue<>(2);
        private volatile SQLException failure;
        private Thread thread;

        void load(List<Object[]> rows) {
            rethrow();
            if (thread == null) {
                thread = new Thread(this::run, "import-staging");
                thread.setDaemon(true);
                thread.start();
            }
            put(rows);
        }

        void finish() throws SQLException {
            if (thread != null) {
                put(END);
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while the import's rows were stored", e);
                }
                thread = null;
            }
            rethrow();
        }

        private void put(List<Object[]> rows) {
            try {
                batches.put(rows);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(new SQLException("interrupted while the import's rows were stored", e));
            }
        }

        private void rethrow() {
            if (failure != null) {
                throw failed(failure);
            }
        }

        private void run() {
            try {
                List<Object[]> rows;
                while ((rows = batches.take()) != END) {
                    store(rows);
                }
            } catch (SQLException e) {
                failure = e;
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Rows a hundred to a statement where a hundred follow each other; the rest, and problems, in batches. */
        private void store(List<Object[]> rows) throws SQLException {
            java.util.Set<PreparedStatement> used = new java.util.LinkedHashSet<>();
            int i = 0;
            while (i < rows.size()) {
                if (i + ROWS_PER_INSERT <= rows.size() && allRows(rows, i)) {
                    int parameter = 1;
                    for (int r = i; r < i + ROWS_PER_INSERT; r++) {
                        Object[] row = rows.get(r);
                        for (int v = 1; v < row.length; v++) {
                            TableWriter.bind(insertRows, parameter++, row[v]);
                        }
                    }
                    insertRows.executeUpdate();
                    i += ROWS_PER_INSERT;
                } else {
                    bindAndAdd(rows.get(i));
                    used.add((PreparedStatement) rows.get(i)[0]);
                    i++;
                }
            }
            for (PreparedStatement statement : used) {
                statement.executeBatch();
            }
        }

        private boolean allRows(List<Object[]> rows, int from) {
            for (int r = from; r < from + ROWS_PER_INSERT; r++) {
                if (rows.get(r)[0] != insertRow) {
                    return false;
                }
            }
            return true;
        }

        private void drain() {
            try {
                while (batches.take() != END) {
                    // dropped: the import has failed and will say why
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Binds {@code row}'s values (after its statement) to the statement and adds it to the batch. */
        static void bindAndAdd(Object[] row) throws SQLException {
            PreparedStatement statement = (PreparedStatement) row[0];
            for (int i = 1; i < row.length; i++) {
                TableWriter.bind(statement, i, row[i]);
            }
            statement.addBatch();
        }
    }

    public long rowCount() {
        return rows;
    }

    /** The region-pair summary of the staged facts, where it was kept (region facts, not too many cells). */
    RegionPairSummary.Sums summary() {
        return sums != null && sums.complete() ? sums : null;
    }

    /** The line of the last row staged: rows are numbered by their file line. */
    public long lastLine() {
        return lastLine;
    }

    /**
     * Reads every ambiguous cell the way the file writes decimals: with {@code decimalMark} as the
     * decimal mark ("1,500" is 1.5 where it is ','), the other mark grouping thousands.
     */
    public void resolveAmbiguous(char decimalMark) {
        requireFinished();
        String chosen = "CASE WHEN instr(a.raw, '" + (decimalMark == ',' ? "," : ".")
                + "') > 0 THEN a.as_decimal ELSE a.as_grouped END";
        try (Statement statement = connection.createStatement()) {
            if (sums != null) {
                try (ResultSet row = statement.executeQuery("SELECT r.by_region, r.ru_region, r.kind, r.level,"
                        + " r.status, r.period, r.year, r.unit, " + chosen + " FROM ambiguous a JOIN rows r ON r.line = a.line"
                        + " WHERE a.col = 'value'")) {
                    while (row.next()) {
                        sums.addValue(row.getObject(1), row.getObject(2), row.getObject(3), row.getObject(4),
                                row.getObject(5), row.getObject(6), row.getObject(7), row.getObject(8),
                                row.getDouble(9));
                    }
                }
            }
            for (ColumnDef column : table.columns()) {
                statement.executeUpdate("UPDATE rows SET " + column.name() + " = (SELECT " + chosen
                        + " FROM ambiguous a WHERE a.line = rows.line AND a.col = '" + column.name()
                        + "') WHERE line IN (SELECT line FROM ambiguous WHERE col = '" + column.name() + "')");
            }
            statement.executeUpdate("DELETE FROM ambiguous");
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every ambiguous cell left, in file order: each becomes a problem of the importer's wording. */
    public void forEachAmbiguous(Consumer<Ambiguous> action) {
        requireFinished();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT line, col, raw FROM ambiguous ORDER BY line, col")) {
            while (row.next()) {
                action.accept(new Ambiguous(row.getLong(1), row.getString(2), row.getString(3)));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Rows whose ambiguous cells could not be decided leave the staging: they cannot be written. */
    public void dropRowsWithAmbiguousCells() {
        requireFinished();
        try (Statement statement = connection.createStatement()) {
            rows -= statement.executeUpdate("DELETE FROM rows WHERE line IN (SELECT line FROM ambiguous)");
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Marks each row equal to an earlier one of the file (in the table's duplicate key, NULL equal to
     * NULL) as a problem naming that earlier line. Returns how many there were.
     */
    public long markDuplicatesInFile() {
        requireFinished();
        String key = String.join(", ", table.duplicateKey());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE shared_hash AS SELECT key_hash FROM rows GROUP BY key_hash"
                    + " HAVING count(*) > 1");
            int found = statement.executeUpdate("INSERT INTO problems (line, code, first_line) SELECT line,"
                    + " 'duplicate', first FROM (SELECT line, first_value(line) OVER (PARTITION BY " + key
                    + " ORDER BY line) AS first FROM rows WHERE key_hash IN (SELECT key_hash FROM shared_hash))"
                    + " WHERE line <> first");
            statement.execute("DROP TABLE shared_hash");
            return found;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Marks each row already stored in the registry ({@code registry}: its connection, with this
     * file attached as {@link #ALIAS}). Returns how many there were.
     */
    long markAlreadyStored(Database database) {
        requireFinished();
        long found = 0;
        Connection registry = database.connection();
        String rows;
        try {
            rows = database.stagedRows(registry, this);
        } catch (SQLException e) {
            throw StoreException.of("Cannot send the import's rows to", database.where(), e);
        }
        try (Statement statement = registry.createStatement();
             ResultSet row = statement.executeQuery("SELECT s.line FROM " + rows + " s WHERE "
                     + storedCondition("s", database.dialect()))) {
            List<Long> lines = new ArrayList<>();
            while (row.next()) {
                lines.add(row.getLong(1));
                if (lines.size() == BATCH) {
                    found += addStored(lines);
                }
            }
            found += addStored(lines);
        } catch (SQLException e) {
            throw failed(e);
        }
        return found;
    }

    /** Notes the rows of {@code lines} as stored already, in one batch; empties the list. */
    private int addStored(List<Long> lines) throws SQLException {
        for (long line : lines) {
            insertProblem.setLong(1, line);
            insertProblem.setString(2, "");
            insertProblem.setString(3, null);
            insertProblem.setString(4, null);
            insertProblem.setString(5, "stored");
            insertProblem.setLong(6, 0);
            insertProblem.addBatch();
        }
        insertProblem.executeBatch();
        int added = lines.size();
        lines.clear();
        return added;
    }

    /** The first lines (at most {@code limit}) of rows now stored in the registry; empty when none are. */
    List<Long> linesAlreadyStored(Database database, Connection registry, int limit) throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (PreparedStatement query = registry.prepareStatement("SELECT s.line FROM "
                + database.stagedRows(registry, this) + " s WHERE " + storedCondition("s", database.dialect())
                + " ORDER BY s.line LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    lines.add(row.getLong(1));
                }
            }
        }
        return lines;
    }

    /** An equal row exists in the registry: required columns compare with '=' (indexes serve it), the rest with IS. */
    private String storedCondition(String alias, Dialect dialect) {
        List<String> terms = new ArrayList<>();
        for (String column : table.duplicateKey()) {
            boolean required = table.column(column).map(ColumnDef::required).orElse(false);
            terms.add(required ? "t." + column + " = " + alias + "." + column
                    : dialect.same("t." + column, alias + "." + column));
        }
        return "EXISTS (SELECT 1 FROM " + table.name() + " t WHERE " + String.join(" AND ", terms) + ")";
    }

    /** True while the staged rows are in the server session's temporary table ({@link ServerStaging}). */
    private boolean onServer;

    boolean onServer() {
        return onServer;
    }

    void onServer(boolean copied) {
        onServer = copied;
    }

    /** The staging file's own connection, for copying its rows to a server. */
    Connection connection() {
        return connection;
    }

    public long problemCount() {
        requireFinished();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM problems")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The problems in file order (then the order found), at most {@code limit} of them. */
    public void forEachProblem(long limit, Consumer<Problem> action) {
        requireFinished();
        try (PreparedStatement query = connection.prepareStatement("SELECT line, col, value, message, code, first_line"
                + " FROM problems ORDER BY line, seq LIMIT ?")) {
            query.setLong(1, limit);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    action.accept(new Problem(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The first staged rows, as they will be written: what the preview shows of how values were read. */
    public List<Map<String, Object>> firstRows(int limit) {
        requireFinished();
        List<Map<String, Object>> first = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM rows ORDER BY line LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("line", row.getLong("line"));
                    for (ColumnDef column : table.columns()) {
                        values.put(column.name(), row.getObject(column.name()));
                    }
                    first.add(values);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return first;
    }

    private void requireFinished() {
        if (!finished) {
            throw new IllegalStateException("staging not finished");
        }
    }

    private StoreException failed(SQLException e) {
        return new StoreException(StoreException.Reason.OTHER, "The import's scratch file " + file + " failed: "
                + e.getMessage() + ". Nothing was written to the registry.");
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        closeQuietly(connection);
        deleteQuietly(file);
        deleteQuietly(Path.of(file + "-wal"));
        deleteQuietly(Path.of(file + "-shm"));
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the import's scratch file: {}", e.getMessage());
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("deleting the import's scratch file: {}", e.getMessage());
            }
        }
    }
}

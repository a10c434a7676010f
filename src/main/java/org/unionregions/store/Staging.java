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

    /** A problem as staged: a worded message, or a code the importer words ({@code duplicate} of {@code firstLine}, {@code stored}). */
    public record Problem(long line, String column, String value, String message, String code, long firstLine) {
    }

    /** A number that reads as a decimal or as a whole number with grouping ("1,500"), to be decided for the file. */
    public record Ambiguous(long line, String column, String raw) {
    }

    private final TableDef table;
    private final Path file;
    private final Connection connection;
    private final PreparedStatement insertRow;
    private final PreparedStatement insertProblem;
    private final PreparedStatement insertAmbiguous;
    private int pendingRows;
    private int pendingProblems;
    private int pendingAmbiguous;
    private long rows;
    private long lastLine;
    private boolean finished;

    private Staging(TableDef table, Path file, Connection connection) throws SQLException {
        this.table = table;
        this.file = file;
        this.connection = connection;
        List<String> columns = table.columnNames();
        this.insertRow = connection.prepareStatement("INSERT INTO rows (line, " + String.join(", ", columns)
                + ") VALUES (?" + ", ?".repeat(columns.size()) + ")");
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
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = OFF");
                statement.execute("PRAGMA temp_store = FILE"); // sorts of a large file spill to disk, not memory
                statement.execute("PRAGMA cache_size = -8192");
                statement.execute("CREATE TABLE rows (line INTEGER PRIMARY KEY, " + String.join(", ",
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
        try {
            insertRow.setLong(1, line);
            List<ColumnDef> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                TableWriter.bind(insertRow, i + 2, values.get(columns.get(i).name()));
            }
            insertRow.addBatch();
            rows++;
            lastLine = line;
            if (++pendingRows == BATCH) {
                insertRow.executeBatch();
                pendingRows = 0;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public void addProblem(long line, String column, String value, String message) {
        addProblem(line, column, value, message, null, 0);
    }

    private void addProblem(long line, String column, String value, String message, String code, long firstLine) {
        try {
            insertProblem.setLong(1, line);
            insertProblem.setString(2, column);
            insertProblem.setString(3, value);
            insertProblem.setString(4, message);
            insertProblem.setString(5, code);
            insertProblem.setLong(6, firstLine);
            insertProblem.addBatch();
            if (++pendingProblems == BATCH || finished) { // once finished, each problem is readable at once
                insertProblem.executeBatch();
                pendingProblems = 0;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A cell of a staged row left empty until the file tells how to read it. */
    public void addAmbiguous(long line, String column, String raw, double asDecimal, double asGrouped) {
        try {
            insertAmbiguous.setLong(1, line);
            insertAmbiguous.setString(2, column);
            insertAmbiguous.setString(3, raw);
            insertAmbiguous.setDouble(4, asDecimal);
            insertAmbiguous.setDouble(5, asGrouped);
            insertAmbiguous.addBatch();
            if (++pendingAmbiguous == BATCH) {
                insertAmbiguous.executeBatch();
                pendingAmbiguous = 0;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Writes what is batched; the file is complete for reading. */
    public void finish() {
        if (finished) {
            return;
        }
        try {
            insertRow.executeBatch();
            insertProblem.executeBatch();
            insertAmbiguous.executeBatch();
            pendingRows = pendingProblems = pendingAmbiguous = 0;
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
                statement.execute("CREATE INDEX problems_by_line ON problems (line, seq)");
            }
            finished = true;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public long rowCount() {
        return rows;
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
        try (Statement statement = connection.createStatement()) {
            for (ColumnDef column : table.columns()) {
                statement.executeUpdate("UPDATE rows SET " + column.name() + " = (SELECT CASE WHEN instr(raw, '"
                        + (decimalMark == ',' ? "," : ".") + "') > 0 THEN as_decimal ELSE as_grouped END"
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
            int found = statement.executeUpdate("INSERT INTO problems (line, code, first_line) SELECT line,"
                    + " 'duplicate', first FROM (SELECT line, first_value(line) OVER (PARTITION BY " + key
                    + " ORDER BY line) AS first FROM rows) WHERE line <> first");
            return found;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Marks each row already stored in the registry ({@code registry}: its connection, with this
     * file attached as {@link #ALIAS}). Returns how many there were.
     */
    public long markAlreadyStored(Connection registry) {
        requireFinished();
        long found = 0;
        try (Statement statement = registry.createStatement();
             ResultSet row = statement.executeQuery("SELECT s.line FROM " + ALIAS + ".rows s WHERE "
                     + storedCondition("s"))) {
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
    public List<Long> linesAlreadyStored(Connection registry, int limit) throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (PreparedStatement query = registry.prepareStatement("SELECT s.line FROM " + ALIAS + ".rows s WHERE "
                + storedCondition("s") + " ORDER BY s.line LIMIT ?")) {
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
    private String storedCondition(String alias) {
        List<String> terms = new ArrayList<>();
        for (String column : table.duplicateKey()) {
            boolean required = table.column(column).map(ColumnDef::required).orElse(false);
            terms.add("t." + column + (required ? " = " : " IS ") + alias + "." + column);
        }
        return "EXISTS (SELECT 1 FROM main." + table.name() + " t WHERE " + String.join(" AND ", terms) + ")";
    }

    public long problemCount() {
        requireFinished();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM problems")) {
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

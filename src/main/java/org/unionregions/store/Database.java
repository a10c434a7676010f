package org.unionregions.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite file that holds everything. Opening it checks what the file is, migrates the schema
 * and, on first start, loads the bundled sourced facts, all in one transaction: a crash half-way leaves
 * the file as it was. One connection, used by one thread at a time (the app's store executor).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The tables people see, in the order the Data screen lists them and {@code check} counts them. */
    public static final List<String> TABLES =
            List.of("edition", "edition_figure", "region_fact", "trade_figure", "region", "source");

    /** Page cache: 16 MB serves every screen at a million facts; a bulk import borrows more. */
    static final int CACHE_KIB = 16 * 1024;

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (and if needed creates) the database at {@code file}. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        refuseNonSqliteFile(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            if (StoreException.isAccessDenied(e)) {
                throw StoreException.readOnly(absolute, e);
            }
            throw new StoreException("Cannot create the folder for " + absolute + ": " + e.getMessage(), e);
        }
        refuseUnwritablePlace(absolute);
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(5000);
            config.setCacheSize(-CACHE_KIB);
            // a write transaction takes the write lock at BEGIN and waits for it (busy timeout), so two
            // instances on one file queue up instead of failing half-way with SQLITE_BUSY
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
            Database database = new Database(absolute, connection);
            if (database.prepare()) {
                LOG.info("created {} and loaded the bundled data", absolute);
            }
            // WAL only once the file is known to be ours: switching modes rewrites the file header.
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
            }
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.of("Cannot open the database", absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A private database in memory holding only the bundled data; it is gone when closed. For work
     * that must not touch the user's file, such as warming up the screens.
     */
    public static Database inMemoryWithBundledData() {
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            connection = DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties());
            Database database = new Database(Path.of(":memory:"), connection);
            database.prepare();
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("Cannot create a database in memory: " + e.getMessage(), e);
        }
    }

    /** Migrates, backing up first; fills a new database with the bundled data. True if it was new. */
    private boolean prepare() throws SQLException {
        int version = Migrations.pragmaInt(connection, "user_version");
        if (version > 0 && version < Migrations.LATEST_VERSION
                && Migrations.pragmaInt(connection, "application_id") == Migrations.APPLICATION_ID) {
            backUp(file.resolveSibling(file.getFileName() + ".v" + version + ".bak"));
        }
        return inTransaction(conn -> {
            int versionBefore = Migrations.migrate(conn, file.toString());
            if (versionBefore == 0) {
                BundledData.load(conn);
            }
            return versionBefore == 0;
        });
    }

    /** A consistent copy of the whole database (VACUUM INTO), taken before a migration changes it. */
    public void backUp(Path target) {
        try {
            Files.deleteIfExists(target);
            try (PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
                statement.setString(1, target.toString());
                statement.execute();
            }
            LOG.info("backed up {} to {}", file, target);
        } catch (SQLException e) {
            StoreException classified = StoreException.of("Cannot back up before upgrading", target, e);
            if (classified.reason() != StoreException.Reason.OTHER) {
                throw classified;
            }
            throw new StoreException("Cannot back up " + file + " to " + target + " before upgrading it: "
                    + e.getMessage() + ". Nothing was changed.", e);
        } catch (IOException e) {
            throw new StoreException("Cannot back up " + file + " to " + target + " before upgrading it: "
                    + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    /** True for a database of made-up data (benchmarks, demos): the app labels everything from it. */
    public boolean isIllustrative() {
        return read(conn -> {
            try (PreparedStatement statement = conn.prepareStatement(
                    "SELECT value FROM meta WHERE key = 'illustrative'");
                 ResultSet row = statement.executeQuery()) {
                return row.next() && "true".equals(row.getString(1));
            }
        });
    }

    /** Marks this database as holding illustrative (made-up) data. */
    public void markIllustrative() {
        inTransaction(conn -> {
            try (PreparedStatement statement = conn.prepareStatement(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('illustrative', 'true')")) {
                return statement.executeUpdate();
            }
        });
    }

    /**
     * SQLite opens a file it may not write read-only and fails later, at the first change, or cannot
     * create its write-ahead log beside it; say so before anything starts.
     */
    private static void refuseUnwritablePlace(Path file) {
        Path folder = file.getParent();
        // the folder too: SQLite writes its -wal and -shm files beside the database
        if (Files.exists(file) && !Files.isWritable(file) || folder != null && !Files.isWritable(folder)) {
            throw StoreException.readOnly(file, null);
        }
    }

    /** Refuses a file that exists but is not SQLite at all, without writing to it. */
    private static void refuseNonSqliteFile(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return;
            }
            byte[] header = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, header.length);
            }
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreException(StoreException.Reason.NOT_SQLITE, file + " is not a SQLite database"
                        + " (damaged, or another kind of file). It was left untouched; choose another file with --db.",
                        file.toString());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public Connection connection() {
        return connection;
    }

    public int schemaVersion() {
        try {
            return Migrations.pragmaInt(connection, "user_version");
        } catch (SQLException e) {
            throw new StoreException("Cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /** Work done inside one transaction with the connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw StoreException.of("Database error in", file, e);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollBack(e);
            throw StoreException.of("Database error in", file, e);
        } catch (RuntimeException e) {
            rollBack(e);
            throw e;
        } finally {
            restoreAutoCommit(autoCommit);
        }
    }

    /**
     * SQLite may already have undone the transaction by itself (it does on a full disk); then the
     * rollback fails, and the first failure stays the one to report.
     */
    private void rollBack(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    /** Never hides the failure being thrown: the driver commits here, which fails after such an undo. */
    private void restoreAutoCommit(boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.debug("restoring auto-commit after an undone transaction: {}", e.getMessage());
        }
    }

    /** Runs a read-only query outside an explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw StoreException.of("Database error in", file, e);
        }
    }

    /** Row counts per table, in a fixed order: what {@code check} prints. */
    public Map<String, Integer> rowCounts() {
        return read(conn -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (Statement statement = conn.createStatement()) {
                for (String table : TABLES) {
                    try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                        rows.next();
                        counts.put(table, rows.getInt(1));
                    }
                }
            }
            return counts;
        });
    }

    /** SQLite's own consistency check plus foreign keys; "ok" when all is well. */
    public String integrityCheck() {
        return read(conn -> {
            StringBuilder problems = new StringBuilder();
            try (Statement statement = conn.createStatement()) {
                try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                    while (rows.next()) {
                        String line = rows.getString(1);
                        if (!"ok".equals(line)) {
                            problems.append(line).append('\n');
                        }
                    }
                }
                try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                    while (rows.next()) {
                        problems.append("broken reference in ").append(rows.getString(1))
                                .append(" row ").append(rows.getLong(2)).append('\n');
                    }
                }
            }
            return problems.isEmpty() ? "ok" : problems.toString().strip();
        });
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("closing the database failed", e);
            }
        }
    }
}

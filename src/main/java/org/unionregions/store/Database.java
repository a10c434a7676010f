package org.unionregions.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

/**
 * The registry's database, a file or a team database on a server (what differs is its {@link Engine}).
 * Opening it to write migrates the schema and, for a new one, loads the bundled sourced facts, all in
 * one transaction: a crash half-way leaves it as it was. One connection, used by one thread at a time
 * (the app's store thread).
 *
 * <p>Its connection and transactions are its {@link Session}'s: every write is one transaction, noted
 * in the change log, reported as saved only when its COMMIT went through.
 */
public final class Database implements AutoCloseable {

    /** What the caller means to do with the database. */
    public enum Mode {
        /** Read only: no migration, no lock, works on a read-only file and beside a writer. */
        READ,
        /** Read and write a database that exists; migrated to the latest schema first. */
        WRITE,
        /** As {@link #WRITE}, creating the database (and its folder) with the bundled data if it is missing. */
        CREATE
    }

    /**
     * What one write transaction is, for the change log. {@code loggedLast}: its entry is written after
     * the work rather than before it (a copy, which replaces the change log itself).
     */
    public record Change(String action, String detail, Integer rows, boolean loggedLast) {
        public static final Change WRITE = new Change("write", null, null);

        public Change(String action, String detail, Integer rows) {
            this(action, detail, rows, false);
        }
    }

    /** Work done with the connection: inside one transaction, or one read. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    /** The schema version this app writes; an older database is upgraded when opened for writing. */
    public static final int LATEST_SCHEMA_VERSION = Migrations.LATEST_VERSION;

    private final Engine engine;
    private final Mode mode;
    private Session session;
    /** The version found when the database was opened (0: it was new). */
    private int versionFound;

    private Database(Engine engine, Mode mode) {
        this.engine = engine;
        this.mode = mode;
    }

    /**
     * Opens a team database on a PostgreSQL server. {@code password} may be null: the driver then reads
     * ~/.pgpass, or the server trusts the connection. {@link Mode#WRITE} and {@link Mode#CREATE} migrate
     * an older schema (the owner only) and fill a new one with the bundled data; a newer schema is
     * refused in every mode.
     */
    public static Database open(ServerAddress server, char[] password, Mode mode) {
        return open(new ServerEngine(server, password), mode, "Cannot open");
    }

    /** Opens the database at {@code file}, creating it if it is missing ({@link Mode#CREATE}). */
    public static Database open(Path file) {
        return open(file, Mode.CREATE);
    }

    public static Database open(Path file, Mode mode) {
        return open(file, mode, BUSY_TIMEOUT);
    }

    /** {@code busyTimeout}: how long a write waits for another program's write lock. */
    static Database open(Path file, Mode mode, Duration busyTimeout) {
        return open(new FileEngine(file.toAbsolutePath(), busyTimeout), mode, "Cannot open the database");
    }

    /**
     * A private database in memory holding only the bundled data; it is gone when closed. For work
     * that must not touch the user's file, such as warming up the screens.
     */
    public static Database inMemoryWithBundledData() {
        return open(FileEngine.inMemory(), Mode.CREATE, "Cannot create a database in");
    }

    private static Database open(Engine engine, Mode mode, String action) {
        Database database = new Database(engine, mode);
        try {
            database.session = new Session(engine, mode);
            database.versionFound = engine.refuseForeign(database.connection());
            if (mode != Mode.READ && engine.prepare(database, database.versionFound)) {
                LOG.info("created {} and loaded the bundled data", engine.where());
            }
            return database;
        } catch (SQLException e) {
            database.close();
            throw StoreException.of(action, engine.where(), e).withNothingChanged();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * {@code setup}: makes a server database ready for a team: the three roles, and the schema at the
     * latest version with the bundled data (as {@code init} makes a file). Returns the version found
     * (0: it was new). Run by a database administrator (a superuser).
     */
    public static int setUpServer(ServerAddress server, char[] password) {
        try (Connection connection = ServerSchema.connect(server, password)) {
            ServerSchema.refuseForeign(connection, server.toString());
            ServerSchema.createRoles(connection);
        } catch (SQLException e) {
            throw StoreException.of("Cannot set up", server.toString(), e);
        }
        try (Database database = open(server, password, Mode.WRITE)) {
            return database.versionFound();
        }
    }

    /** A consistent copy of the whole database file (VACUUM INTO), such as the daily backup. */
    public void backUp(Path target) {
        engine.backUp(connection(), target);
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
        inTransaction(new Change("mark illustrative", null, null), conn -> {
            try (PreparedStatement statement = conn.prepareStatement(dialect().upsertMeta())) {
                statement.setString(1, "illustrative");
                statement.setString(2, "true");
                return statement.executeUpdate();
            }
        });
    }

    /** The database file; null for a database on a server ({@link #server()}). */
    public Path file() {
        return engine.file();
    }

    /** The server's address; null for a database file. */
    public ServerAddress server() {
        return engine.server();
    }

    /** The file's path or the server's address, as messages name this database. */
    public String where() {
        return engine.where();
    }

    public Dialect dialect() {
        return engine.dialect();
    }

    Engine engine() {
        return engine;
    }

    /** The engine's version as it reports it: "PostgreSQL 17.6", "SQLite 3.50.3". */
    public String engineVersion() {
        return read(conn -> conn.getMetaData().getDatabaseProductName() + " " + conn.getMetaData()
                .getDatabaseProductVersion());
    }

    /** What this connection may do: on a file, edit unless opened to read; on a server, its role there. */
    public Role role() {
        return read(conn -> engine.role(conn, mode));
    }

    public Connection connection() {
        return session.connection();
    }

    public Mode mode() {
        return mode;
    }

    /** The schema version the database had when it was opened (0: it was new), before any upgrade. */
    public int versionFound() {
        return versionFound;
    }

    /** The backup an upgrade of a file from {@code version} leaves beside it. */
    public Path backupBeforeUpgrade(int version) {
        return FileEngine.backupBeforeUpgrade(file(), version);
    }

    public int schemaVersion() {
        try {
            return engine.schemaVersion(connection());
        } catch (SQLException e) {
            throw StoreException.of("Cannot read the schema version of", where(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(Change.WRITE, work);
    }

    /**
     * Runs {@code work} in one write transaction, noted in the change log as {@code change}: all of it
     * is committed, or none of it. Work inside a transaction already begun joins it. Before the first
     * write of a file its pages are checked, so a damaged database is refused rather than written to.
     */
    public <T> T inTransaction(Change change, SqlWork<T> work) {
        return session.inTransaction(change, work);
    }

    /**
     * The change log entry of the last write this connection committed: a window that hears of a
     * change it made itself need not read everything again.
     */
    public long lastOwnChange() {
        return session.lastOwnChange();
    }

    /** The engine's quick check of every page before the first write; a damaged file is refused as {@code check} refuses it. */
    public void requireUndamaged() {
        session.requireUndamaged();
    }

    /**
     * Runs {@code work} in one read transaction: everything it reads is one moment's state, whatever
     * others commit meanwhile (a copy of the whole registry).
     */
    public <T> T readConsistently(SqlWork<T> work) {
        return session.readConsistently(work);
    }

    /** Runs a read-only query outside an explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        return session.read(work);
    }

    /**
     * Runs {@code work} with an import's staged rows where the registry's statements can reach them
     * ({@link #stagedRows}); the transaction comes inside.
     */
    public <T> T withAttached(Staging staging, java.util.function.Supplier<T> work) {
        return engine.withStaged(this, staging, work);
    }

    /** The staged rows as this connection sees them, for a statement that compares them with the registry. */
    String stagedRows(Connection registry, Staging staging) throws SQLException {
        return engine.stagedRows(registry, staging);
    }

    /**
     * The newest entry of the change log: it grows with every write by anyone (every write goes through
     * {@link #inTransaction}), so an unchanged value means nothing was written in between.
     */
    public long lastChange(Connection conn) throws SQLException {
        return ChangeLog.newest(conn, session.openToken());
    }

    /**
     * The kinds stored that are in no vocabulary entry (an older database's free text no synonym
     * covers), sorted; empty before schema version 4, which made kind a vocabulary.
     */
    public List<String> kindsOutsideVocabulary() {
        return schemaVersion() < 4 ? List.of() : read(KindVocabulary::unknownKinds);
    }

    /** Row counts per table, in a fixed order: what {@code check} prints (a table a later version adds: none). */
    public Map<String, Integer> rowCounts() {
        return read(conn -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (Statement statement = conn.createStatement()) {
                for (TableDef table : Tables.ALL) {
                    try (ResultSet exists = conn.getMetaData().getTables(null, null, table.name(), null)) {
                        if (!exists.next()) {
                            continue; // an older schema, read as it is
                        }
                    }
                    try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table.name())) {
                        rows.next();
                        counts.put(table.name(), rows.getInt(1));
                    }
                }
            }
            return counts;
        });
    }

    /** Everything the engine checks of the database's consistency; "ok" when all is well. */
    public String integrityCheck() {
        return engine.integrityCheck(this);
    }

    /** The password this server connection was opened with, for a second connection (null: none). */
    char[] password() {
        return engine.password();
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}

package org.unionregions.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

/**
 * The one SQLite file that holds everything. Opening it checks what the file is; opening it to write
 * migrates the schema and, for a new file, loads the bundled sourced facts, all in one transaction:
 * a crash half-way leaves the file as it was. One connection, used by one thread at a time (the app's
 * store thread).
 *
 * <p>Transactions are begun and committed by this class with SQL ({@code BEGIN IMMEDIATE},
 * {@code COMMIT}) on a connection left in auto-commit mode. The driver's own transaction handling
 * begins the next transaction the moment one commits; that second BEGIN could wait out the busy
 * timeout behind another program and report a committed import as failed.
 */
public final class Database implements AutoCloseable {

    /** What the caller means to do with the file. */
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

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom TOKENS = new SecureRandom();
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    /** Page cache: 16 MB serves every screen at a million facts; a bulk import borrows more. */
    static final int CACHE_KIB = 16 * 1024;

    /** The file; null for a database on a server. */
    private final Path file;
    /** A server's address; null for a file. */
    private final ServerAddress server;
    /** How messages name this database: the file's path or the server's address. */
    private final String where;
    private final Dialect dialect;
    /** The password a server connection was opened with (null: none, ~/.pgpass), for the watcher's own connection. */
    private char[] password;
    /** Replaced when a server connection that was lost is made again ({@link #reconnectIfLost}). */
    private volatile Connection connection;
    /** True once a server connection failed as lost: the next use connects again first. */
    private volatile boolean lost;
    private final Mode mode;
    private boolean inTransaction;
    /** The token of the change the open write transaction logged; null outside one. */
    private String openToken;
    /** The change log entry of the last write committed through this connection (0: none yet). */
    private volatile long lastOwnChange;
    private boolean checkedBeforeWriting;
    /** True once this connection found the change log (see {@link #hasChangeLog}). */
    private boolean changeLogSeen;
    /** The version read when the file was prepared for writing; -1 when opened to read only. */
    private int versionFound = -1;

    private Database(Path file, Connection connection, Mode mode) {
        this.file = file;
        this.server = null;
        this.where = file.toString();
        this.dialect = Dialect.SQLITE;
        this.connection = connection;
        this.mode = mode;
    }

    private Database(ServerAddress server, Connection connection, Mode mode) {
        this.file = null;
        this.server = server;
        this.where = server.toString();
        this.dialect = Dialect.POSTGRESQL;
        this.connection = connection;
        this.mode = mode;
        this.checkedBeforeWriting = true; // the server keeps its own pages
    }

    /**
     * Opens a team database on a PostgreSQL server. {@code password} may be null: the driver then reads
     * ~/.pgpass, or the server trusts the connection. {@link Mode#WRITE} and {@link Mode#CREATE} migrate
     * an older schema (the owner only) and fill a new one with the bundled data; a newer schema is
     * refused in every mode.
     */
    public static Database open(ServerAddress server, char[] password, Mode mode) {
        Connection connection = null;
        try {
            connection = ServerSchema.connect(server, password);
            ServerSchema.refuseWithoutRole(connection, server);
            Database database = new Database(server, connection, mode);
            database.password = password == null ? null : password.clone();
            if (mode == Mode.READ) {
                ServerSchema.refuseForeign(connection, database.where);
            } else if (database.prepare()) {
                LOG.info("created the schema on {} and loaded the bundled data", database.where);
            }
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.of("Cannot open", server.toString(), e).withNothingChanged();
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
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
        Path absolute = file.toAbsolutePath();
        refuseWhatIsNoDatabaseFile(absolute, mode);
        if (mode == Mode.CREATE) {
            createFolder(absolute);
        }
        if (mode != Mode.READ) {
            refuseUnwritablePlace(absolute);
        }
        Connection connection = null;
        try {
            connection = connect(absolute, mode, busyTimeout);
            Database database = new Database(absolute, connection, mode);
            if (mode == Mode.READ) {
                Migrations.refuseForeign(connection, absolute.toString());
            } else {
                if (database.prepare()) {
                    LOG.info("created {} and loaded the bundled data", absolute);
                }
                // WAL only once the file is known to be ours: switching modes rewrites the file header.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA journal_mode = WAL");
                }
            }
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.of("Cannot open the database", absolute, e).withNothingChanged();
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Connection connect(Path file, Mode mode, Duration busyTimeout) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.setCacheSize(-CACHE_KIB);
        config.setReadOnly(mode == Mode.READ);
        try {
            return TextSearch.register(DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties()));
        } catch (SQLException e) {
            if (mode == Mode.READ && StoreException.reasonOf(e) == StoreException.Reason.READ_ONLY
                    && !Files.exists(Path.of(file + "-wal"))) {
                // A database in a folder nobody may write to: SQLite cannot make the shared-memory file
                // a WAL database needs, but with no -wal file beside it the file itself holds every
                // commit, and no one can start another; read it as it is.
                return TextSearch.register(DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1",
                        config.toProperties()));
            }
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
            connection = TextSearch.register(DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties()));
            Database database = new Database(Path.of(":memory:"), connection, Mode.CREATE);
            database.checkedBeforeWriting = true; // made here, nothing to check
            database.prepare();
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("Cannot create a database in memory: " + e.getMessage(), e);
        }
    }

    /**
     * Migrates, backing up first; fills a new database with the bundled data. True if it was new.
     * A database at the latest version is not written to at all.
     */
    private boolean prepare() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            return prepareServer();
        }
        int version = Migrations.refuseForeign(connection, file.toString());
        versionFound = version;
        if (version == Migrations.LATEST_VERSION) {
            return false;
        }
        if (version > 0) {
            backUp(backupBeforeUpgrade(version));
        }
        return inTransaction(new Change("migrate", "schema version " + Migrations.LATEST_VERSION, null), conn -> {
            // read again under the write lock: another program may have migrated it meanwhile
            int versionBefore = Migrations.migrate(conn, file.toString());
            if (versionBefore == 0) {
                BundledData.load(conn);
            }
            return versionBefore == 0;
        });
    }

    /**
     * A server's schema is migrated by its owner only, in one transaction under an advisory lock; a
     * database found empty gets the bundled data in the same transaction.
     */
    private boolean prepareServer() throws SQLException {
        int version = ServerSchema.refuseForeign(connection, where);
        versionFound = version;
        if (version == Migrations.LATEST_VERSION) {
            return false;
        }
        ServerSchema.requireOwner(connection, where, version);
        return inTransaction(new Change("migrate", "schema version " + Migrations.LATEST_VERSION, null), conn -> {
            int versionBefore = ServerSchema.migrate(conn, where);
            if (versionBefore == 0) {
                BundledData.load(conn);
            }
            return versionBefore == 0;
        });
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
                throw classified.withNothingChanged();
            }
            throw new StoreException(StoreException.Reason.OTHER, "Cannot back up " + file + " to " + target
                    + " before upgrading it: " + e.getMessage() + ". Nothing was changed.");
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER, "Cannot back up " + file + " to " + target
                    + " before upgrading it: " + e.getMessage() + ". Nothing was changed.");
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
        inTransaction(new Change("mark illustrative", null, null), conn -> {
            try (PreparedStatement statement = conn.prepareStatement(dialect.upsertMeta())) {
                statement.setString(1, "illustrative");
                statement.setString(2, "true");
                return statement.executeUpdate();
            }
        });
    }

    /**
     * The path given is a folder, a device or a pipe (SQLite would write its journal beside
     * /dev/null), or is missing where the caller did not ask to create a database.
     */
    private static void refuseWhatIsNoDatabaseFile(Path file, Mode mode) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Reason.NOT_A_FILE, file + " is a folder, not a database file."
                    + " Give the path of a .db file with --db.", file.toString());
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_A_FILE, file + " is a device or another special file,"
                    + " not a database file. It was left untouched.", file.toString());
        }
        if (mode != Mode.CREATE && !Files.exists(file)) {
            throw new StoreException(StoreException.Reason.MISSING, "There is no database at " + file
                    + ". Check the path, or create one with: init --db " + file, file.toString());
        }
        refuseNonSqliteFile(file);
    }

    private static void createFolder(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            if (StoreException.isAccessDenied(e)) {
                throw StoreException.readOnly(file, e);
            }
            throw new StoreException(StoreException.Reason.OTHER, "Cannot create the folder for " + file + ": "
                    + e.getMessage() + ". Nothing was written.");
        }
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
            throw new StoreException(StoreException.Reason.OTHER, "Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The database file; null for a database on a server ({@link #server()}). */
    public Path file() {
        return file;
    }

    /** The server's address; null for a database file. */
    public ServerAddress server() {
        return server;
    }

    /** The file's path or the server's address, as messages name this database. */
    public String where() {
        return where;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The password this server connection was opened with, for a second connection (null: none). */
    char[] password() {
        return password == null ? null : password.clone();
    }

    /** The engine's version as it reports it: "PostgreSQL 17.6", "SQLite 3.50.3". */
    public String engineVersion() {
        return read(conn -> conn.getMetaData().getDatabaseProductName() + " " + conn.getMetaData()
                .getDatabaseProductVersion());
    }

    /** What this connection may do: on a file, edit unless opened to read; on a server, its role there. */
    public Role role() {
        if (dialect == Dialect.SQLITE) {
            return mode == Mode.READ ? Role.VIEWER : Role.OWNER;
        }
        return read(ServerSchema::roleOf);
    }

    public Connection connection() {
        return connection;
    }

    public Mode mode() {
        return mode;
    }

    /** The schema version the file had when it was opened (0: it was new), before any upgrade. */
    public int versionFound() {
        return versionFound < 0 ? schemaVersion() : versionFound;
    }

    /** The backup an upgrade from {@code version} leaves beside the file. */
    public Path backupBeforeUpgrade(int version) {
        return file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
    }

    /** The schema version this app writes; an older file is upgraded when opened for writing. */
    public static final int LATEST_SCHEMA_VERSION = Migrations.LATEST_VERSION;

    public int schemaVersion() {
        try {
            return dialect == Dialect.POSTGRESQL ? ServerSchema.version(connection)
                    : Migrations.pragmaInt(connection, "user_version");
        } catch (SQLException e) {
            throw StoreException.of("Cannot read the schema version of", where, e);
        }
    }

    /** Work done inside one transaction with the connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * A server connection found lost is made again before the next use, so the window goes on by
     * itself once the server is back; while it is not, each use fails at once, saying so.
     */
    private void reconnectIfLost() {
        if (!lost || dialect != Dialect.POSTGRESQL) {
            return;
        }
        try {
            Connection fresh = ServerSchema.connect(server, password);
            closeQuietly(connection);
            connection = fresh;
            lost = false;
            LOG.info("connected to {} again", where);
        } catch (SQLException e) {
            throw StoreException.of("Cannot reach", where, e).withNothingChanged();
        }
    }

    /** A failure of {@code action}, worded; a lost server connection is noted to be made again. */
    private StoreException failed(String action, SQLException e) {
        StoreException failure = StoreException.of(action, where, e);
        if (failure.reason() == StoreException.Reason.OFFLINE) {
            lost = true;
        }
        return failure;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(Change.WRITE, work);
    }

    /**
     * Runs {@code work} in one write transaction, noted in the change log as {@code change}: all of it
     * is committed, or none of it. Work inside a transaction already begun joins it. Before the first
     * write the file's pages are checked, so a damaged database is refused rather than written to.
     */
    public <T> T inTransaction(Change change, SqlWork<T> work) {
        if (inTransaction) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw StoreException.of("Database error in", where, e);
            }
        }
        if (mode == Mode.READ) {
            throw new IllegalStateException(where + " was opened to read; a write needs Mode.WRITE");
        }
        reconnectIfLost();
        checkBeforeFirstWrite();
        execute(dialect.begin(), "Cannot start writing to"); // SQLite: waits up to the busy timeout for the lock
        inTransaction = true;
        if (dialect == Dialect.POSTGRESQL) {
            try {
                ServerSchema.lockForWriting(connection);
            } catch (SQLException e) {
                inTransaction = false;
                throw rollBack(StoreException.of("Cannot start writing to", where, e));
            }
        }
        String token = HexFormat.of().formatHex(randomBytes());
        T result;
        long logged; // the change log entry's id; 0 where there is no change log
        try {
            // logged first, so the row history the work writes can name its change
            logged = change.loggedLast() ? 0 : logChange(change, token);
            openToken = token;
            result = work.run(connection);
            if (logged == 0) {
                logged = logChange(change, token); // a copy, or a migration that has just made the change log
            }
        } catch (SQLException e) {
            // a lost connection ends the server's transaction with it: nothing was committed
            throw rollBack(failed("Database error in", e));
        } catch (RuntimeException | Error e) {
            throw rollBack(e);
        } finally {
            inTransaction = false;
            openToken = null;
        }
        commit(token);
        lastOwnChange = logged;
        return result;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        TOKENS.nextBytes(bytes);
        return bytes;
    }

    /** Writes the change log entry of the open transaction; its id, or 0 where there is no change log yet. */
    private long logChange(Change change, String token) throws SQLException {
        if (!hasChangeLog()) {
            return 0; // a new file, or a migration to a schema before the change log (tests build old files)
        }
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO change_log (token, made_at, made_by,"
                + " action, detail, rows) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            log.setString(1, token);
            log.setString(2, Instant.now().toString());
            log.setString(3, System.getProperty("user.name", "unknown"));
            log.setString(4, change.action());
            log.setString(5, change.detail());
            if (change.rows() == null) {
                log.setNull(6, java.sql.Types.INTEGER);
            } else {
                log.setInt(6, change.rows());
            }
            try (ResultSet id = log.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /**
     * Asked at every write until it is there; once made, the change log stays (a copy replaces its rows).
     * A migration that made it and then failed fails the open too, so no connection goes on believing it.
     */
    private boolean hasChangeLog() throws SQLException {
        if (changeLogSeen) {
            return true;
        }
        changeLogSeen = changeLogExists();
        return changeLogSeen;
    }

    private boolean changeLogExists() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT to_regclass('union_regions.change_log') IS NOT NULL")) {
                row.next();
                return row.getBoolean(1); // missing only while the schema is being created
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log'")) {
            return row.next();
        }
    }

    /**
     * COMMIT, and the truth about it. A COMMIT that fails with "busy" leaves the transaction open:
     * it is rolled back. Any other failure may or may not have saved the change; the change log
     * entry the transaction wrote says which.
     */
    private void commit(String token) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("COMMIT");
            return;
        } catch (SQLException failed) {
            if (StoreException.reasonOf(failed) == StoreException.Reason.BUSY) {
                throw rollBack(StoreException.of("Cannot save to", where, failed));
            }
            rollBackQuietly(failed);
            if (StoreException.reasonOf(failed) == StoreException.Reason.OFFLINE) {
                lost = true;
                try {
                    reconnectIfLost(); // the answer to COMMIT was lost with the connection: ask again
                } catch (StoreException stillAway) {
                    throw StoreException.outcomeUnknown(where, failed);
                }
            }
            Boolean saved = savedByToken(token);
            if (Boolean.TRUE.equals(saved)) {
                LOG.warn("COMMIT reported {} but the change is stored", failed.getMessage());
                return;
            }
            if (saved == null) {
                throw StoreException.outcomeUnknown(where, failed);
            }
            throw StoreException.of("Cannot save to", where, failed).withNothingChanged();
        }
    }

    /**
     * The change log entry of the last write this connection committed: a window that hears of a
     * change it made itself need not read everything again.
     */
    public long lastOwnChange() {
        return lastOwnChange;
    }

    /** True if the change with this token is stored, false if not, null if the database cannot tell. */
    private Boolean savedByToken(String token) {
        try {
            if (!hasChangeLog()) {
                return null;
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM change_log WHERE token = ?")) {
                query.setString(1, token);
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * Undoes the open transaction and returns {@code failure} to throw, now saying that nothing was
     * changed: nothing was committed, and SQLite undoes what a failed rollback left on the next open.
     * SQLite may already have undone the transaction by itself (it does on a full disk).
     */
    private RuntimeException rollBack(Throwable failure) {
        rollBackQuietly(failure);
        if (failure instanceof StoreException store) {
            return store.withNothingChanged();
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        throw (Error) failure;
    }

    private void rollBackQuietly(Throwable failure) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException rollbackFailed) {
            if (!String.valueOf(rollbackFailed.getMessage()).contains("no transaction is active")) {
                failure.addSuppressed(rollbackFailed);
            }
        }
    }

    private void execute(String sql, String action) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failed(action, e).withNothingChanged(); // BEGIN failed: nothing began
        }
    }

    /** Refuses to write into a damaged file: SQLite's quick check of every page, once per connection. */
    private void checkBeforeFirstWrite() {
        if (!checkedBeforeWriting) {
            requireUndamaged();
        }
    }

    /**
     * SQLite's quick check of every page (structure, not contents); a damaged file is refused with the
     * message {@code check} gives. Once it passed, a connection does not check again.
     */
    public void requireUndamaged() {
        if (checkedBeforeWriting) {
            return;
        }
        String problems = pageProblems("PRAGMA quick_check(20)");
        if (!problems.isEmpty()) {
            throw StoreException.damaged(file, problems);
        }
        checkedBeforeWriting = true;
    }

    /**
     * Runs {@code work} with the staging file attached to this connection as {@link Staging#ALIAS}
     * (SQLite attaches only outside a transaction, so this comes first and the transaction inside).
     */
    public <T> T withAttached(Staging staging, java.util.function.Supplier<T> work) {
        if (dialect == Dialect.POSTGRESQL) {
            return ServerStaging.withStaged(this, staging, work);
        }
        try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS " + Staging.ALIAS)) {
            attach.setString(1, staging.file().toString());
            attach.execute();
        } catch (SQLException e) {
            throw StoreException.of("Cannot read the import's scratch file beside", file, e).withNothingChanged();
        }
        try {
            return work.get();
        } finally {
            try (Statement detach = connection.createStatement()) {
                detach.execute("DETACH DATABASE " + Staging.ALIAS);
            } catch (SQLException e) {
                LOG.warn("detaching the import's scratch file: {}", e.getMessage());
            }
        }
    }

    /**
     * The newest entry of the change log: it grows with every write by anyone (every write goes through
     * {@link #inTransaction}), so an unchanged value means nothing was written in between.
     */
    public long lastChange(Connection conn) throws SQLException {
        try (PreparedStatement query = conn.prepareStatement(
                "SELECT coalesce(max(id), 0) FROM change_log WHERE token <> ?")) {
            query.setString(1, openToken == null ? "" : openToken); // the open transaction's own entry is no news
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Runs {@code work} in one read transaction: everything it reads is one moment's state, whatever
     * others commit meanwhile (a copy of the whole registry).
     */
    public <T> T readConsistently(SqlWork<T> work) {
        try {
            if (dialect == Dialect.POSTGRESQL) {
                connection.setAutoCommit(false); // also lets the driver fetch large results in pieces
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    return work.run(connection);
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
            execute("BEGIN", "Cannot read");
            try {
                return work.run(connection);
            } finally {
                rollBackQuietly(new SQLException("ending a read"));
            }
        } catch (SQLException e) {
            throw StoreException.of("Database error in", where, e);
        }
    }

    /** Runs a read-only query outside an explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        if (!inTransaction) {
            reconnectIfLost();
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed("Database error in", e);
        }
    }

    /** Row counts per table, in a fixed order: what {@code check} prints. */
    /**
     * The kinds stored that are in no vocabulary entry (an older database's free text no synonym
     * covers), sorted; empty before schema version 4, which made kind a vocabulary.
     */
    public List<String> kindsOutsideVocabulary() {
        return schemaVersion() < 4 ? List.of() : read(KindVocabulary::unknownKinds);
    }

    public Map<String, Integer> rowCounts() {
        return read(conn -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (Statement statement = conn.createStatement()) {
                for (TableDef table : Tables.ALL) {
                    try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table.name())) {
                        rows.next();
                        counts.put(table.name(), rows.getInt(1));
                    }
                }
            }
            return counts;
        });
    }

    /**
     * The lines of a page check ({@code PRAGMA quick_check} or {@code integrity_check}) that are not
     * "ok"; a page so damaged that the check itself fails is one such line.
     */
    private String pageProblems(String pragma) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(pragma)) {
            List<String> lines = new java.util.ArrayList<>();
            while (rows.next()) {
                if (!"ok".equals(rows.getString(1))) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        } catch (SQLException e) {
            if (StoreException.reasonOf(e) == StoreException.Reason.DAMAGED) {
                return String.valueOf(e.getMessage());
            }
            throw StoreException.of("Cannot check", file, e);
        }
    }

    /** SQLite's own consistency check plus foreign keys; "ok" when all is well. */
    public String integrityCheck() {
        if (dialect == Dialect.POSTGRESQL) {
            // the server checks references and pages itself; what it cannot know is whether the summary
            // agrees with the facts
            return read(RegionPairSummary::disagreement);
        }
        String pages = pageProblems("PRAGMA integrity_check");
        if (!pages.isEmpty()) {
            return pages;
        }
        return read(conn -> {
            StringBuilder problems = new StringBuilder();
            try (Statement statement = conn.createStatement()) {
                try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                    while (rows.next()) {
                        problems.append("broken reference in ").append(rows.getString(1))
                                .append(" row ").append(rows.getLong(2)).append('\n');
                    }
                }
            }
            if (problems.isEmpty()) {
                // the summary as it is today came with version 4; an older file is rebuilt when upgraded
                return schemaVersion() >= 4 ? RegionPairSummary.disagreement(conn) : "ok";
            }
            return problems.toString().strip();
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

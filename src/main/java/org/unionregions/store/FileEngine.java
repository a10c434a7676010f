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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.unionregions.model.TableDef;

/**
 * A database file (SQLite; WAL, foreign keys on), or a private one in memory. Opening it checks what
 * the path is (a folder, a device, another program's file, a newer version's are refused untouched);
 * a write takes SQLite's own lock; the pages are checked before the first write; an upgrade is
 * backed up first; an import's staged rows are attached as a second database.
 */
final class FileEngine implements Engine {

    private static final Logger LOG = LoggerFactory.getLogger(FileEngine.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Page cache: 16 MB serves every screen at a million facts; a bulk import borrows more. */
    static final int CACHE_KIB = 16 * 1024;
    static final String MEMORY = ":memory:";

    private final Path file;
    private final Duration busyTimeout;

    FileEngine(Path file, Duration busyTimeout) {
        this.file = file;
        this.busyTimeout = busyTimeout;
    }

    /** A private database in memory: gone when closed, nothing to check, nobody else writes. */
    static FileEngine inMemory() {
        return new FileEngine(Path.of(MEMORY), Duration.ZERO);
    }

    private boolean isInMemory() {
        return file.toString().equals(MEMORY);
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public String where() {
        return file.toString();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public ServerAddress server() {
        return null;
    }

    @Override
    public char[] password() {
        return null;
    }

    @Override
    public Connection connect(Database.Mode mode) throws SQLException {
        if (isInMemory()) {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            return TextSearch.register(DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties()));
        }
        refuseWhatIsNoDatabaseFile(mode);
        if (mode == Database.Mode.CREATE) {
            createFolder();
        }
        if (mode != Database.Mode.READ) {
            refuseUnwritablePlace();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.setCacheSize(-CACHE_KIB);
        config.setReadOnly(mode == Database.Mode.READ);
        try {
            return TextSearch.register(DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties()));
        } catch (SQLException e) {
            if (mode == Database.Mode.READ && StoreException.reasonOf(e) == StoreException.Reason.READ_ONLY
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

    @Override
    public boolean reconnects() {
        return false;
    }

    @Override
    public int refuseForeign(Connection connection) throws SQLException {
        return Migrations.refuseForeign(connection, where());
    }

    @Override
    public boolean prepare(Database database, int versionFound) throws SQLException {
        boolean created = versionFound != Migrations.LATEST_VERSION && migrate(database, versionFound);
        if (!isInMemory()) {
            // WAL only once the file is known to be ours: switching modes rewrites the file header.
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
            }
        }
        return created;
    }

    /** Backs the file up, then migrates it in one transaction; true if it was new. */
    private boolean migrate(Database database, int versionFound) {
        if (versionFound > 0) {
            backUp(database.connection(), backupBeforeUpgrade(file, versionFound));
        }
        return database.inTransaction(new Database.Change("migrate", "schema version "
                + Migrations.LATEST_VERSION, null), conn -> {
            // read again under the write lock: another program may have migrated it meanwhile
            int versionBefore = Migrations.migrate(conn, where());
            if (versionBefore == 0) {
                BundledData.load(conn);
            }
            return versionBefore == 0;
        });
    }

    /** The backup an upgrade from {@code version} leaves beside the file. */
    static Path backupBeforeUpgrade(Path file, int version) {
        return file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
    }

    @Override
    public int schemaVersion(Connection connection) throws SQLException {
        return Migrations.pragmaInt(connection, "user_version");
    }

    /** VACUUM INTO: a consistent copy, taken before a migration changes the file and once a day. */
    @Override
    public void backUp(Connection connection, Path target) {
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

    @Override
    public Role role(Connection connection, Database.Mode mode) {
        return mode == Database.Mode.READ ? Role.VIEWER : Role.OWNER;
    }

    /** {@code BEGIN IMMEDIATE} has taken SQLite's write lock already. */
    @Override
    public void lockForWriting(Connection connection) {
    }

    @Override
    public boolean hasChangeLog(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log'")) {
            return row.next();
        }
    }

    /**
     * The lines of {@code PRAGMA quick_check} (structure) or {@code integrity_check} (also contents)
     * that are not "ok"; a page so damaged that the check itself fails is one such line.
     */
    @Override
    public String pageProblems(Connection connection, boolean full) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(full ? "PRAGMA integrity_check" : "PRAGMA quick_check(20)")) {
            List<String> lines = new ArrayList<>();
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

    @Override
    public boolean checksPagesBeforeWriting() {
        return !isInMemory(); // made here, nothing to check
    }

    /** SQLite's own consistency check, then its foreign keys, then the summary against the facts. */
    @Override
    public String integrityCheck(Database database) {
        String pages = pageProblems(database.connection(), true);
        if (!pages.isEmpty()) {
            return pages;
        }
        return database.read(conn -> {
            StringBuilder problems = new StringBuilder();
            try (Statement statement = conn.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    problems.append("broken reference in ").append(rows.getString(1))
                            .append(" row ").append(rows.getLong(2)).append('\n');
                }
            }
            if (problems.isEmpty()) {
                // the summary as it is today came with version 4; an older file is rebuilt when upgraded
                int version = schemaVersion(conn);
                return version >= 4 ? RegionPairSummary.disagreement(conn, version >= 8) : "ok";
            }
            return problems.toString().strip();
        });
    }

    @Override
    public <T> T readConsistently(Connection connection, Database.SqlWork<T> work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
        }
        try {
            return work.run(connection);
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK");
            } catch (SQLException ended) {
                LOG.debug("ending a read: {}", ended.getMessage());
            }
        }
    }

    /** Attaches the staging file as {@link Staging#ALIAS}: SQLite attaches only outside a transaction. */
    @Override
    public <T> T withStaged(Database database, Staging staging, Supplier<T> work) {
        Connection connection = database.connection();
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

    @Override
    public String stagedRows(Connection registry, Staging staging) {
        return Staging.ALIAS + ".rows";
    }

    @Override
    public int copyIn(Connection connection, Staging staging, TableDef table, BooleanSupplier cancelled,
                      IntConsumer progress) {
        return -1;
    }

    @Override
    public boolean setsTriggersAsideForBulk() {
        return true;
    }

    /** Nothing to do: a file's history is copied as it is, and its keys go on after the largest. */
    @Override
    public void beginCopyIn(Connection connection) {
    }

    @Override
    public void endCopyIn(Connection connection, List<String> numbered) {
    }

    /** A read-only connection of its own, polling the file's data version; none in memory. */
    @Override
    public ChangeWatcher.Opener watcherConnection() {
        if (isInMemory()) {
            return null;
        }
        return () -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        };
    }

    /**
     * The path given is a folder, a device or a pipe (SQLite would write its journal beside
     * /dev/null), or is missing where the caller did not ask to create a database.
     */
    private void refuseWhatIsNoDatabaseFile(Database.Mode mode) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Reason.NOT_A_FILE, file + " is a folder, not a database file."
                    + " Give the path of a .db file with --db.", file.toString());
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_A_FILE, file + " is a device or another special file,"
                    + " not a database file. It was left untouched.", file.toString());
        }
        if (mode != Database.Mode.CREATE && !Files.exists(file)) {
            throw new StoreException(StoreException.Reason.MISSING, "There is no database at " + file
                    + ". Check the path, or create one with: init --db " + file, file.toString());
        }
        refuseNonSqliteFile();
    }

    private void createFolder() {
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
    private void refuseUnwritablePlace() {
        Path folder = file.getParent();
        // the folder too: SQLite writes its -wal and -shm files beside the database
        if (Files.exists(file) && !Files.isWritable(file) || folder != null && !Files.isWritable(folder)) {
            throw StoreException.readOnly(file, null);
        }
    }

    /** Refuses a file that exists but is not SQLite at all, without writing to it. */
    private void refuseNonSqliteFile() {
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
}

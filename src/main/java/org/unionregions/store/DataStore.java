package org.unionregions.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.unionregions.model.TableDef;

/**
 * The database behind the app, opened on first use by the thread that uses it (the app's store
 * thread), so the window can show before the file is opened, migrated or filled.
 */
public final class DataStore implements AutoCloseable {

    /** The file; null for a team database on a server. */
    private final Path file;
    private final ServerAddress server;
    private final Supplier<Database> opener;
    private Database database;
    private EditionRepository editions;
    private TradeRepository trade;
    private RegionRepository regions;
    private MatrixRepository matrix;
    private SourceRepository sources;
    private TableBrowser tables;
    private EditHistory history;
    private SavedViewRepository views;
    private DeckRepository decks;
    private ChangeHistory changes;
    private Imports imports;
    private Documents documents;

    /** The window's store: the database is created on first start if it is missing. */
    public DataStore(Path file) {
        this(file, Database.Mode.CREATE);
    }

    public DataStore(Path file, Database.Mode mode) {
        this(file, () -> Database.open(file, mode));
    }

    private DataStore(Path file, Supplier<Database> opener) {
        this.file = file;
        this.server = null;
        this.opener = opener;
    }

    /** A team database on a server; {@code password} null: ~/.pgpass or the server's trust. */
    public DataStore(ServerAddress server, char[] password, Database.Mode mode) {
        this.file = null;
        this.server = server;
        char[] kept = password == null ? null : password.clone();
        this.opener = () -> Database.open(server, kept, mode);
    }

    /** A store in memory holding the bundled data only, never written anywhere. */
    public static DataStore inMemoryWithBundledData() {
        return new DataStore(Path.of(":memory:"), Database::inMemoryWithBundledData);
    }

    /** The database file; null for a team database ({@link #server()}). */
    public Path file() {
        return file;
    }

    /** The server's address; null for a database file. */
    public ServerAddress server() {
        return server;
    }

    /** How the window and messages name this database: the file's path or the server's address. */
    public String where() {
        return server != null ? server.toString() : file.toString();
    }

    public synchronized Database database() {
        if (database == null) {
            database = opener.get();
            editions = new EditionRepository(database);
            trade = new TradeRepository(database);
            regions = new RegionRepository(database);
            matrix = new MatrixRepository(database);
            sources = new SourceRepository(database);
            tables = new TableBrowser(database);
            history = new EditHistory(database);
            views = new SavedViewRepository(database);
            decks = new DeckRepository(database);
            changes = new ChangeHistory(database);
            imports = new Imports(database);
            documents = new Documents(database, history);
        }
        return database;
    }

    /** The changes made through this store since it opened, to undo and redo. */
    public synchronized EditHistory history() {
        database();
        return history;
    }

    /** Who changed what and when, for the History panel. */
    public synchronized ChangeHistory changes() {
        database();
        return changes;
    }

    /** The views a presenter saved, kept in the database. */
    public synchronized SavedViewRepository views() {
        database();
        return views;
    }

    /** The decks a presenter composed from saved views and the standard slides. */
    public synchronized DeckRepository decks() {
        database();
        return decks;
    }

    public synchronized EditionRepository editions() {
        database();
        return editions;
    }

    public synchronized TradeRepository trade() {
        database();
        return trade;
    }

    public synchronized RegionRepository regions() {
        database();
        return regions;
    }

    public synchronized TableBrowser tables() {
        database();
        return tables;
    }

    public synchronized SourceRepository sources() {
        database();
        return sources;
    }

    public synchronized MatrixRepository matrix() {
        database();
        return matrix;
    }

    /** An import's staged rows against the registry, and their commit. */
    public synchronized Imports imports() {
        database();
        return imports;
    }

    /** Documents and their statements: matching, merging and splitting. */
    public synchronized Documents documents() {
        database();
        return documents;
    }

    /** True for a database of made-up data (benchmarks, demos): the app labels everything from it. */
    public boolean isIllustrative() {
        return database().isIllustrative();
    }

    /** What this user may do here: on a file, edit unless opened to read; on a server, their role. */
    public Role role() {
        return database().role();
    }

    /** The change log's newest entry: a watcher started now reports what comes after it. */
    public long lastChange() {
        Database opened = database();
        return opened.read(opened::lastChange);
    }

    /** The change log entry of the last write this store committed: its own change, when a watcher tells of it. */
    public long lastOwnChange() {
        return database().lastOwnChange();
    }

    /** Starts hearing of others' commits on a connection of its own ({@code lastSeen}: already shown). */
    public ChangeWatcher watch(ChangeWatcher.Listener listener, long lastSeen) {
        return ChangeWatcher.start(database(), listener, lastSeen);
    }

    /** What a team database says of itself to a user, read on a connection of its own (the connection dialog's test). */
    public record Description(String engineVersion, String serverRole, int schemaVersion) {
    }

    /** Connects to a team database to read, and says what it is: the server, this user's role, the schema. */
    public static Description describe(ServerAddress server, char[] password) {
        try (Database opened = Database.open(server, password, Database.Mode.READ)) {
            return new Description(opened.engineVersion(), opened.role().serverRole(), opened.schemaVersion());
        }
    }

    /** The writer of one table. */
    public TableWriter writer(TableDef table) {
        return new TableWriter(database(), table);
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}

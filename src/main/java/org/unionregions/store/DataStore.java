package org.unionregions.store;

import java.nio.file.Path;

/**
 * The database behind the app, opened on first use by the thread that uses it (the app's store
 * thread), so the window can show before the file is opened, migrated or filled.
 */
public final class DataStore implements AutoCloseable {

    private final Path file;
    private final java.util.function.Supplier<Database> opener;
    private Database database;
    private EditionRepository editions;
    private TradeRepository trade;
    private RegionRepository regions;
    private MatrixRepository matrix;
    private SourceRepository sources;
    private TableBrowser tables;

    public DataStore(Path file) {
        this(file, () -> Database.open(file));
    }

    private DataStore(Path file, java.util.function.Supplier<Database> opener) {
        this.file = file;
        this.opener = opener;
    }

    /** A store in memory holding the bundled data only, never written anywhere. */
    public static DataStore inMemoryWithBundledData() {
        return new DataStore(Path.of(":memory:"), Database::inMemoryWithBundledData);
    }

    public Path file() {
        return file;
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
        }
        return database;
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

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}

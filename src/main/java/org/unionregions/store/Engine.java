package org.unionregions.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.unionregions.model.TableDef;

/**
 * What differs between a database file (SQLite) and a team database (PostgreSQL): opening and
 * checking what is there, migrating, locking a write, what a user may do, checking pages, the staged
 * rows of an import, the bulk load and hearing of others' changes. {@link Database} and the
 * repositories above it ask this, never which engine they run on; {@link Dialect} keeps only the SQL
 * spelling. Implemented by {@link FileEngine} and {@link ServerEngine}.
 */
interface Engine {

    /** The SQL spelling of this engine. */
    Dialect dialect();

    /** How messages name the database: the file's path or the server's address. */
    String where();

    /** The database file; null on a server. */
    Path file();

    /** The server's address; null for a file. */
    ServerAddress server();

    /** Opens a connection of the store, in auto-commit mode, its checks done (a file that is not ours refused). */
    Connection connect(Database.Mode mode) throws SQLException;

    /** True where a connection found lost is made again before the next use (a server). */
    boolean reconnects();

    /** The schema version of what is there, refusing another program's or a newer version's (0: empty). */
    int refuseForeign(Connection connection) throws SQLException;

    /**
     * Brings a database opened to write to the latest schema, in one transaction of {@code database}'s,
     * loading the bundled data into a new one. True if it was new. Nothing is written at the latest version.
     */
    boolean prepare(Database database, int versionFound) throws SQLException;

    int schemaVersion(Connection connection) throws SQLException;

    /** A consistent copy of the whole database in {@code target} (a file's backup); a server keeps its own. */
    void backUp(Connection connection, Path target);

    /** What this connection may do: on a file, edit unless opened to read; on a server, its role there. */
    Role role(Connection connection, Database.Mode mode) throws SQLException;

    /** Called first in every write transaction: a server's writers take turns, as SQLite's do. */
    void lockForWriting(Connection connection) throws SQLException;

    /** True once the change log exists (a new file gets it from its first migration). */
    boolean hasChangeLog(Connection connection) throws SQLException;

    /** The lines of a page check that are not "ok" ({@code full}: every page and index), empty when none. */
    String pageProblems(Connection connection, boolean full);

    /** True where the app checks the pages before its first write (a file; a server keeps its own). */
    boolean checksPagesBeforeWriting();

    /** Everything this engine checks of a database's consistency, "ok" when all is well. */
    String integrityCheck(Database database);

    /** Runs {@code work} on one moment's state of the whole database, whatever others commit meanwhile. */
    <T> T readConsistently(Connection connection, Database.SqlWork<T> work) throws SQLException;

    /** Runs {@code work} with an import's staged rows where {@link #stagedRows} can reach them. */
    <T> T withStaged(Database database, Staging staging, Supplier<T> work);

    /** The staged rows as the registry's connection sees them, for a statement that compares them with it. */
    String stagedRows(Connection registry, Staging staging) throws SQLException;

    /**
     * Writes the staged rows straight into {@code table} where the engine has a faster path than an
     * INSERT … SELECT and nothing needs comparing (a server's COPY); -1 where it has none.
     */
    int copyIn(Connection connection, Staging staging, TableDef table, BooleanSupplier cancelled,
               IntConsumer progress) throws SQLException;

    /**
     * True where a large import is faster with the summary's triggers and the indexes set aside and
     * rebuilt after it (SQLite); a server's statement-level triggers already work once per statement.
     */
    boolean setsTriggersAsideForBulk();

    /** First in the transaction that copies a whole registry in (a server keeps the copied history's people and dates). */
    void beginCopyIn(Connection connection) throws SQLException;

    /** Last in it: {@code numbered}, the tables whose keys the engine numbers, go on past the copied keys. */
    void endCopyIn(Connection connection, List<String> numbered) throws SQLException;

    /** The password a server connection was opened with, for a second connection (null: none). */
    char[] password();

    /**
     * The watcher's own connection to this database, to hear of others' commits (a server's LISTEN, a
     * file's data version); null where nobody else can write (a database in memory).
     */
    ChangeWatcher.Opener watcherConnection();
}

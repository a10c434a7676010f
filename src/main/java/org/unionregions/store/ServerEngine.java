package org.unionregions.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

/**
 * A team database on a PostgreSQL server: its schema is migrated by its owner only, under an advisory
 * lock; writers take turns through another advisory lock; the server decides what a user may do (its
 * roles) and keeps its own pages; an import's staged rows go over by COPY; a watcher LISTENs for the
 * change log's notifications; a lost connection is made again on the next use.
 */
final class ServerEngine implements Engine {

    private final ServerAddress server;
    private final char[] password;

    ServerEngine(ServerAddress server, char[] password) {
        this.server = server;
        this.password = password == null ? null : password.clone();
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String where() {
        return server.toString();
    }

    @Override
    public Path file() {
        return null;
    }

    @Override
    public ServerAddress server() {
        return server;
    }

    @Override
    public char[] password() {
        return password == null ? null : password.clone();
    }

    /** A user the server lets in who holds no Union Regions role is told what to ask for. */
    @Override
    public Connection connect(Database.Mode mode) throws SQLException {
        Connection connection = ServerSchema.connect(server, password);
        try {
            ServerSchema.refuseWithoutRole(connection, server);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public boolean reconnects() {
        return true;
    }

    @Override
    public int refuseForeign(Connection connection) throws SQLException {
        return ServerSchema.refuseForeign(connection, where());
    }

    /** Only the owner migrates, in one transaction; a database found empty gets the bundled data in it. */
    @Override
    public boolean prepare(Database database, int versionFound) throws SQLException {
        if (versionFound == Migrations.LATEST_VERSION) {
            return false;
        }
        ServerSchema.requireOwner(database.connection(), where(), versionFound);
        return database.inTransaction(new Database.Change("migrate", "schema version " + Migrations.LATEST_VERSION,
                null), conn -> {
            int versionBefore = ServerSchema.migrate(conn, where());
            if (versionBefore == 0) {
                BundledData.load(conn);
            }
            return versionBefore == 0;
        });
    }

    @Override
    public int schemaVersion(Connection connection) throws SQLException {
        return ServerSchema.version(connection);
    }

    @Override
    public void backUp(Connection connection, Path target) {
        throw new UnsupportedOperationException("a team database is backed up by its server, not by the app");
    }

    @Override
    public Role role(Connection connection, Database.Mode mode) throws SQLException {
        return ServerSchema.roleOf(connection);
    }

    @Override
    public void lockForWriting(Connection connection) throws SQLException {
        ServerSchema.lockForWriting(connection);
    }

    @Override
    public boolean hasChangeLog(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var row = statement.executeQuery("SELECT to_regclass('union_regions.change_log') IS NOT NULL")) {
            row.next();
            return row.getBoolean(1); // missing only while the schema is being created
        }
    }

    /** The server keeps its own pages. */
    @Override
    public String pageProblems(Connection connection, boolean full) {
        return "";
    }

    @Override
    public boolean checksPagesBeforeWriting() {
        return false;
    }

    /** The server checks references and pages itself; what it cannot know is whether the summary agrees with the facts. */
    @Override
    public String integrityCheck(Database database) {
        return database.read(conn -> RegionPairSummary.disagreement(conn, schemaVersion(conn) >= 8));
    }

    /** One repeatable-read transaction; outside auto-commit the driver also fetches large results in pieces. */
    @Override
    public <T> T readConsistently(Connection connection, Database.SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return work.run(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    @Override
    public <T> T withStaged(Database database, Staging staging, Supplier<T> work) {
        return ServerStaging.withStaged(database, staging, work);
    }

    @Override
    public String stagedRows(Connection registry, Staging staging) throws SQLException {
        ServerStaging.ensureCopied(registry, staging);
        return ServerStaging.TABLE;
    }

    /** Nothing was compared on the server: the staged rows go straight into the table, as one COPY. */
    @Override
    public int copyIn(Connection connection, Staging staging, TableDef table, BooleanSupplier cancelled,
                      IntConsumer progress) throws SQLException {
        if (staging.onServer()) {
            return -1;
        }
        int written = ServerStaging.copyInto(connection, staging, table.name(), table.columnNames(), cancelled,
                progress);
        if (written >= TableWriter.BULK_THRESHOLD && table == Tables.REGION_FACT) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT analyze_after_import()"); // the planner sees the table as it now is
            }
        }
        return written;
    }

    @Override
    public boolean setsTriggersAsideForBulk() {
        return false;
    }

    @Override
    public void beginCopyIn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL union_regions.copying = 'on'"); // keep the history's people and dates
        }
    }

    /** Each identity counter moved past the copied keys; the copy's own change log entry: the server's stamp. */
    @Override
    public void endCopyIn(Connection connection, List<String> numbered) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : numbered) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)");
            }
            statement.execute("SET LOCAL union_regions.copying = 'off'");
        }
    }

    @Override
    public ChangeWatcher.Opener watcherConnection() {
        return () -> {
            Connection connection = ServerSchema.connect(server, password, ChangeWatcher.APPLICATION_NAME);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ChangeWatcher.CHANNEL);
            }
            return connection;
        };
    }
}

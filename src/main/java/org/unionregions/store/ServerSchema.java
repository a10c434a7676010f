package org.unionregions.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The team database's schema on PostgreSQL: it lives in the schema {@value #SCHEMA}, its version in
 * the table {@code union_regions_schema} (one row per version applied), numbered as SQLite's
 * {@code user_version}. A server database begins at version 6 (one baseline script); each later
 * version has a script for each engine.
 */
final class ServerSchema {

    static final String SCHEMA = "union_regions";
    /** The version a team database begins at: the first whose server script is not in the baseline. */
    static final int BASELINE = 6;

    private ServerSchema() {
    }

    /** A connection in auto-commit mode whose unqualified names are the registry's tables. */
    static Connection connect(ServerAddress server, char[] password) throws SQLException {
        return connect(server, password, "Union Regions");
    }

    /** {@code applicationName}: what the server's pg_stat_activity shows for this connection. */
    static Connection connect(ServerAddress server, char[] password, String applicationName) throws SQLException {
        Properties properties = server.driverProperties(password);
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("currentSchema", SCHEMA);
        properties.setProperty("reWriteBatchedInserts", "true");
        // each query planned for its own values (no named server-side statements): the matrix's filters
        // differ so much in selectivity that one generic plan made some queries 1.5x slower. Not the
        // server's plan_cache_mode: that would re-plan every foreign-key check of a bulk import too.
        properties.setProperty("prepareThreshold", "0");
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }

    /**
     * The schema version, refusing what this app must not touch: a newer schema, or a schema of that
     * name without a version table. 0: nothing is there yet.
     */
    static int refuseForeign(Connection connection, String where) throws SQLException {
        if (!schemaExists(connection)) {
            return 0;
        }
        int version = version(connection);
        if (version < 0) {
            if (tableCount(connection) == 0) {
                return 0; // set up by hand, empty
            }
            throw new StoreException(StoreException.Reason.OTHER_PROGRAM, where + " has a schema " + SCHEMA
                    + " that no Union Regions made (it has no version table). It was left untouched.", where);
        }
        if (version > Migrations.LATEST_VERSION) {
            throw new StoreException(StoreException.Reason.NEWER_SCHEMA, where + " was written by a newer Union"
                    + " Regions (schema version " + version + ", this version knows up to " + Migrations.LATEST_VERSION
                    + "). It was left untouched; update the app.", where, String.valueOf(version),
                    String.valueOf(Migrations.LATEST_VERSION));
        }
        return version;
    }

    /** The version applied last; 0 when the schema is missing, -1 when the schema has no version table. */
    static int version(Connection connection) throws SQLException {
        if (!schemaExists(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT to_regclass('" + SCHEMA + ".union_regions_schema')"
                     + " IS NOT NULL")) {
            row.next();
            if (!row.getBoolean(1)) {
                return -1;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT coalesce(max(version), 0) FROM " + SCHEMA
                     + ".union_regions_schema")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static boolean schemaExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            query.setString(1, SCHEMA);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static int tableCount(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM pg_tables WHERE schemaname = ?")) {
            query.setString(1, SCHEMA);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Only the owner role changes the schema; anyone else is told whom to ask. */
    static void requireOwner(Connection connection, String where, int version) throws SQLException {
        if (!rolesExist(connection)) {
            throw new StoreException(StoreException.Reason.NOT_ALLOWED, where + " is not set up for Union Regions:"
                    + " the roles union_regions_viewer, _editor and _owner are missing. Run setup --db " + where
                    + " as a database administrator first.", where);
        }
        if (memberRole(connection) != Role.OWNER) {
            throw new StoreException(StoreException.Reason.NOT_ALLOWED, where + (version == 0
                    ? " has no Union Regions schema yet" : " has schema version " + version + " and needs "
                    + Migrations.LATEST_VERSION) + "; only a member of union_regions_owner may "
                    + (version == 0 ? "create" : "migrate") + " it: ask the owner to run migrate --db " + where + ".",
                    where);
        }
    }

    /** A user the server lets in who holds none of the three roles (once they exist) is told what to ask for. */
    static void refuseWithoutRole(Connection connection, ServerAddress server) throws SQLException {
        if (rolesExist(connection) && memberRole(connection) == Role.NONE) {
            throw new StoreException(StoreException.Reason.NOT_ALLOWED, server + ": the user " + server.user()
                    + " has no Union Regions role on this server. Ask the database's owner to run: GRANT"
                    + " union_regions_viewer TO " + server.user() + "; (or union_regions_editor to edit).",
                    server.toString());
        }
    }

    static boolean rolesExist(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname IN"
                     + " ('union_regions_viewer', 'union_regions_editor', 'union_regions_owner')")) {
            row.next();
            return row.getInt(1) == 3;
        }
    }

    /** The strongest of the three roles the logged-in user holds (a superuser is an owner). */
    static Role roleOf(Connection connection) throws SQLException {
        if (!rolesExist(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")) {
                return row.next() && row.getBoolean(1) ? Role.OWNER : Role.NONE;
            }
        }
        return memberRole(connection);
    }

    /** The strongest of the three roles, once they are known to exist (a superuser is a member of each). */
    private static Role memberRole(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_has_role(session_user, 'union_regions_owner', 'MEMBER'),"
                     + " pg_has_role(session_user, 'union_regions_editor', 'MEMBER'),"
                     + " pg_has_role(session_user, 'union_regions_viewer', 'MEMBER')")) {
            row.next();
            return row.getBoolean(1) ? Role.OWNER : row.getBoolean(2) ? Role.EDITOR : row.getBoolean(3) ? Role.VIEWER
                    : Role.NONE;
        }
    }

    /** Holds the writers' advisory lock until the transaction ends: server writes are one at a time, as on SQLite. */
    static void lockForWriting(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + Dialect.WRITE_LOCK + ")");
        }
    }

    /**
     * Brings the schema to the latest version inside the caller's transaction, as the owner role, under
     * the migration lock; returns the version found before (read again under the lock: another client
     * may have migrated meanwhile).
     */
    static int migrate(Connection connection, String where) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + Dialect.MIGRATION_LOCK + ")");
            int version = Math.max(0, refuseForeign(connection, where));
            if (version == Migrations.LATEST_VERSION) {
                return version;
            }
            if (!schemaExists(connection)) { // setup makes it; a superuser's first open may too
                statement.execute("CREATE SCHEMA " + SCHEMA + " AUTHORIZATION union_regions_owner");
            }
            statement.execute("SET LOCAL ROLE union_regions_owner"); // what is created belongs to the owner role
            statement.execute("SET LOCAL search_path = " + SCHEMA);
            for (int next = version + 1; next <= Migrations.LATEST_VERSION; next++) {
                if (!Migrations.migrateServer(connection, next, version == 0)) {
                    continue; // in the baseline
                }
                if (next == BASELINE) {
                    statement.execute("CREATE TABLE union_regions_schema (version integer PRIMARY KEY,"
                            + " migrated_at timestamptz NOT NULL DEFAULT now(), migrated_by text NOT NULL DEFAULT session_user)");
                }
                statement.execute("INSERT INTO union_regions_schema (version) VALUES (" + next + ")");
            }
            run(statement, "grants.sql");
            statement.execute("GRANT INSERT, UPDATE, DELETE ON " + String.join(", ",
                    SchemaTables.named(SchemaTables.EditorAccess.WRITE)) + " TO union_regions_editor");
            statement.execute("GRANT INSERT ON " + String.join(", ", SchemaTables.named(SchemaTables.EditorAccess.APPEND))
                    + " TO union_regions_editor");
            return version;
        }
    }

    /** Creates the three roles if they are missing (needs CREATEROLE or a superuser). */
    static void createRoles(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            run(statement, "roles.sql");
        }
    }

    private static void run(Statement statement, String script) throws SQLException {
        for (String sql : statements(script)) {
            statement.execute(sql);
        }
    }

    /** Runs a script of {@code db/postgresql} on the connection. */
    static void run(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            run(statement, script);
        }
    }

    /**
     * Splits a script into statements: each ends with ';' at the end of a line outside a
     * {@code $$}-quoted body. Our scripts keep to that layout.
     */
    static List<String> statements(String script) {
        String text = Migrations.text("postgresql/" + script);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : text.split("\n")) {
            String code = inBody ? line : line.replaceAll("--.*$", "");
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            int quotes = code.split("\\$\\$", -1).length - 1;
            if (quotes % 2 == 1) {
                inBody = !inBody;
            }
            if (!inBody && code.strip().endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration postgresql/" + script + " ends inside a statement");
        }
        return statements;
    }

    /** The names of the three roles, for messages. */
    static String roleNames() {
        return String.join(", ", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.NONE)
                .map(r -> r.serverRole().toLowerCase(Locale.ROOT)).toList());
    }
}

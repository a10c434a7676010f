package org.unionregions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.unionregions.store.Database;
import org.unionregions.store.ServerAddress;

/**
 * A team database on the test server ({@link PostgresServer}), set up as {@code setup} does it (roles,
 * schema, bundled data), with login users in each role. The server trusts loopback connections, so
 * no password is needed.
 */
public final class TeamDatabase {

    private static final AtomicInteger USERS = new AtomicInteger();
    private final String name;

    private TeamDatabase(String name) {
        this.name = name;
    }

    /** A new database, set up with the bundled data. */
    public static TeamDatabase setUp(String purpose) {
        TeamDatabase team = empty(purpose);
        Database.setUpServer(team.owner(), null);
        return team;
    }

    /** A new database on the server with nothing in it, not even the roles' grants. */
    public static TeamDatabase empty(String purpose) {
        return new TeamDatabase(PostgresServer.newDatabase(purpose));
    }

    public String name() {
        return name;
    }

    /** The superuser's address (the owner of everything). */
    public ServerAddress owner() {
        return ServerAddress.parse(PostgresServer.address(name));
    }

    /** A new login user holding {@code role} (union_regions_viewer, _editor, _owner, or "" for none). */
    public ServerAddress newUser(String role) {
        String user = "u" + USERS.incrementAndGet() + "_" + (role.isEmpty() ? "none" : role.replace("union_regions_", ""));
        sql("CREATE ROLE " + user + " LOGIN" + (role.isEmpty() ? "" : " IN ROLE " + role));
        return ServerAddress.parse(PostgresServer.address(user, name));
    }

    public ServerAddress viewer() {
        return newUser("union_regions_viewer");
    }

    public ServerAddress editor() {
        return newUser("union_regions_editor");
    }

    /** Runs SQL on this database as the superuser. */
    public void sql(String... statements) {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The number a query of one row and one column answers, asked as the superuser. */
    public long number(String query) {
        try (Connection connection = superuser(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + PostgresServer.port() + "/" + name
                + "?currentSchema=union_regions", "postgres", "");
    }
}

package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The change log as the writing transaction sees it: each write notes itself first (what, who, when,
 * and a random token), so a COMMIT whose answer was lost can be asked about afterwards, and a reader
 * can tell by its newest entry whether anything was written in between. Read by people through
 * {@link ChangeHistory}.
 */
final class ChangeLog {

    private final Engine engine;
    /** True once this connection found the change log (a new file gets it from its first migration). */
    private boolean seen;

    ChangeLog(Engine engine) {
        this.engine = engine;
    }

    /**
     * Asked at every write until it is there; once made, the change log stays (a copy replaces its rows).
     * A migration that made it and then failed fails the open too, so no connection goes on believing it.
     */
    boolean exists(Connection connection) throws SQLException {
        if (!seen) {
            seen = engine.hasChangeLog(connection);
        }
        return seen;
    }

    /** Writes the entry of the open transaction; its id, or 0 where there is no change log yet. */
    long write(Connection connection, Database.Change change, String token) throws SQLException {
        if (!exists(connection)) {
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

    /** True if the change with this token is stored, false if not, null if the database cannot tell. */
    Boolean saved(Connection connection, String token) {
        try {
            if (!exists(connection)) {
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

    /** The newest entry but the one of {@code ownToken} (the open transaction's own is no news). */
    static long newest(Connection connection, String ownToken) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(max(id), 0) FROM change_log WHERE token <> ?")) {
            query.setString(1, ownToken == null ? "" : ownToken);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}

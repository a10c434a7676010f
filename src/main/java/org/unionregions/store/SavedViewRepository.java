package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved views: a name, the screen, and its choices as key/value pairs, in the order the presenter
 * keeps them. Each change is one transaction; a name is unique as typed.
 */
public final class SavedViewRepository {

    /** A saved view as stored. */
    public record SavedView(long id, String name, int position, String screen, Map<String, String> state) {
    }

    private final Database database;

    public SavedViewRepository(Database database) {
        this.database = database;
    }

    public List<SavedView> views() {
        return database.read(conn -> {
            List<SavedView> views = new ArrayList<>();
            try (PreparedStatement query = conn.prepareStatement(
                    "SELECT id, name, position, screen, state FROM saved_view ORDER BY position, id");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    views.add(view(row));
                }
            }
            return views;
        });
    }

    /**
     * Saves a view under {@code name}: a new one goes to the end of the list; an existing name is
     * replaced in its place only when {@code replace} is true, otherwise refused (UNIQUE).
     */
    public SavedView save(String name, String screen, Map<String, String> state, boolean replace) {
        String trimmed = name.trim();
        return database.inTransaction(new Database.Change("save view", trimmed, 1), conn -> {
            Optional<Long> existing = idOf(conn, trimmed);
            if (existing.isPresent() && replace) {
                try (PreparedStatement update = conn.prepareStatement("UPDATE saved_view SET screen = ?, state = ?,"
                        + " saved_at = ?, saved_by = ? WHERE id = ?")) {
                    update.setString(1, screen);
                    update.setString(2, encode(state));
                    update.setString(3, Instant.now().toString());
                    update.setString(4, System.getProperty("user.name", "unknown"));
                    update.setLong(5, existing.get());
                    update.executeUpdate();
                }
                return find(conn, existing.get());
            }
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO saved_view (name, position, screen,"
                    + " state, saved_at, saved_by) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM saved_view),"
                    + " ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, trimmed);
                insert.setString(2, screen);
                insert.setString(3, encode(state));
                insert.setString(4, Instant.now().toString());
                insert.setString(5, System.getProperty("user.name", "unknown"));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    return find(conn, key.getLong(1));
                }
            }
        });
    }

    public Optional<SavedView> named(String name) {
        return database.read(conn -> {
            Optional<Long> id = idOf(conn, name.trim());
            return id.isEmpty() ? Optional.<SavedView>empty() : Optional.of(find(conn, id.get()));
        });
    }

    public void rename(long id, String name) {
        database.inTransaction(new Database.Change("rename view", name.trim(), 1), conn -> {
            try (PreparedStatement update = conn.prepareStatement("UPDATE saved_view SET name = ? WHERE id = ?")) {
                update.setString(1, name.trim());
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
    }

    public void delete(long id) {
        database.inTransaction(new Database.Change("delete view", String.valueOf(id), 1), conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM saved_view WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /** Moves a view one place up ({@code -1}) or down ({@code +1}) in the list. */
    public void move(long id, int step) {
        database.inTransaction(new Database.Change("reorder views", String.valueOf(id), 2), conn -> {
            List<Long> order = new ArrayList<>();
            try (PreparedStatement query = conn.prepareStatement("SELECT id FROM saved_view ORDER BY position, id");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    order.add(row.getLong(1));
                }
            }
            int from = order.indexOf(id);
            int to = from + Integer.signum(step);
            if (from < 0 || to < 0 || to >= order.size()) {
                return 0;
            }
            order.add(to, order.remove(from));
            try (PreparedStatement update = conn.prepareStatement("UPDATE saved_view SET position = ? WHERE id = ?")) {
                for (int i = 0; i < order.size(); i++) {
                    update.setInt(1, i + 1);
                    update.setLong(2, order.get(i));
                    update.addBatch();
                }
                update.executeBatch();
            }
            return order.size();
        });
    }

    private static Optional<Long> idOf(Connection conn, String name) throws SQLException {
        try (PreparedStatement query = conn.prepareStatement("SELECT id FROM saved_view WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static SavedView find(Connection conn, long id) throws SQLException {
        try (PreparedStatement query = conn.prepareStatement(
                "SELECT id, name, position, screen, state FROM saved_view WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return view(row);
            }
        }
    }

    /** A row of {@code SELECT id, name, position, screen, state}. */
    private static SavedView view(ResultSet row) throws SQLException {
        return new SavedView(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                decode(row.getString(5)));
    }

    /** "key=value" a line; keys and values carry no line breaks (the callers' choices are codes). */
    static String encode(Map<String, String> state) {
        StringBuilder text = new StringBuilder();
        state.forEach((key, value) -> text.append(key).append('=')
                .append(value == null ? "" : value.replace('\n', ' ')).append('\n'));
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                state.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return state;
    }
}

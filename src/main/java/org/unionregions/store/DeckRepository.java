package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decks a presenter composed: named, each an ordered list of slides with their own texts. */
public final class DeckRepository {

    /** What a slide shows: the standard slides, or a saved view by name. */
    public static final String STANDARD = "standard";
    public static final String VIEW_PREFIX = "view:";

    /** One entry of a deck; an empty title or subtitle means the slide's own. */
    public record Entry(String content, String title, String subtitle, String notes) {
        public Entry {
            title = title == null ? "" : title;
            subtitle = subtitle == null ? "" : subtitle;
            notes = notes == null ? "" : notes;
        }

        public static Entry standard() {
            return new Entry(STANDARD, "", "", "");
        }

        public static Entry view(String name) {
            return new Entry(VIEW_PREFIX + name, "", "", "");
        }

        /** The saved view's name, or empty for the standard slides. */
        public Optional<String> viewName() {
            return content.startsWith(VIEW_PREFIX) ? Optional.of(content.substring(VIEW_PREFIX.length()))
                    : Optional.empty();
        }
    }

    public record Deck(long id, String name, List<Entry> entries) {
    }

    private final Database database;

    public DeckRepository(Database database) {
        this.database = database;
    }

    public List<String> names() {
        return database.read(conn -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement query = conn.prepareStatement("SELECT name FROM deck ORDER BY name");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    names.add(row.getString(1));
                }
            }
            return names;
        });
    }

    public Optional<Deck> named(String name) {
        return database.read(conn -> {
            long id;
            try (PreparedStatement query = conn.prepareStatement("SELECT id FROM deck WHERE name = ?")) {
                query.setString(1, name.trim());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Deck>empty();
                    }
                    id = row.getLong(1);
                }
            }
            return Optional.of(new Deck(id, name.trim(), entries(conn, id)));
        });
    }

    /** Saves the deck whole, in one transaction: a deck of that name is replaced. */
    public void save(String name, List<Entry> entries) {
        String trimmed = name.trim();
        database.inTransaction(new Database.Change("save deck", trimmed, entries.size()), conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM deck WHERE name = ?")) {
                delete.setString(1, trimmed);
                delete.executeUpdate();
            }
            long id;
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO deck (name, saved_at, saved_by)"
                    + " VALUES (?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, trimmed);
                insert.setString(2, Instant.now().toString());
                insert.setString(3, System.getProperty("user.name", "unknown"));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            try (PreparedStatement slide = conn.prepareStatement("INSERT INTO deck_slide (deck, position, content,"
                    + " title, subtitle, notes) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < entries.size(); i++) {
                    Entry entry = entries.get(i);
                    slide.setLong(1, id);
                    slide.setInt(2, i + 1);
                    slide.setString(3, entry.content());
                    slide.setString(4, entry.title());
                    slide.setString(5, entry.subtitle());
                    slide.setString(6, entry.notes());
                    slide.addBatch();
                }
                slide.executeBatch();
            }
            return id;
        });
    }

    public void delete(String name) {
        database.inTransaction(new Database.Change("delete deck", name.trim(), 1), conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM deck WHERE name = ?")) {
                delete.setString(1, name.trim());
                return delete.executeUpdate();
            }
        });
    }

    private static List<Entry> entries(Connection conn, long deck) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = conn.prepareStatement("SELECT content, title, subtitle, notes FROM deck_slide"
                + " WHERE deck = ? ORDER BY position")) {
            query.setLong(1, deck);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    entries.add(new Entry(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
                }
            }
        }
        return entries;
    }
}

package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseInMemoryHoldsTheBundledEditionsAndLeavesNoFileBehind() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        try (DataStore store = DataStore.inMemoryWithBundledData()) {
            assertEquals(13, store.editions().editions().size());
        }
        assertTrue(Files.notExists(workingDirectory.resolve(":memory:")));
    }

    @Test
    void firstOpenCreatesTheSchemaAtTheLatestVersionWithWalAndForeignKeys() throws Exception {
        try (Database database = Database.open(dir.resolve("new/union-regions.db"))) {
            assertEquals(Migrations.LATEST_VERSION, database.schemaVersion());
            try (Statement statement = database.connection().createStatement()) {
                ResultSet journal = statement.executeQuery("PRAGMA journal_mode");
                journal.next();
                assertEquals("wal", journal.getString(1));
                ResultSet foreignKeys = statement.executeQuery("PRAGMA foreign_keys");
                foreignKeys.next();
                assertEquals(1, foreignKeys.getInt(1));
            }
            assertEquals("ok", database.integrityCheck());
        }
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotLoadItTwice() {
        Path file = dir.resolve("twice.db");
        int editions;
        try (Database database = Database.open(file)) {
            editions = database.rowCounts().get("edition");
        }
        try (Database database = Database.open(file)) {
            assertEquals(editions, database.rowCounts().get("edition"));
        }
    }

    @Test
    void aForeignKeyViolationIsRefused() {
        try (Database database = Database.open(dir.resolve("fk.db"))) {
            StoreException error = assertThrows(StoreException.class, () -> database.inTransaction(conn -> {
                try (Statement statement = conn.createStatement()) {
                    return statement.executeUpdate("INSERT INTO edition_figure (edition, metric, value, unit, status,"
                            + " source) VALUES (1, 'agreements', 5, 'count', 'reported', 'NO-SUCH-SOURCE')");
                }
            }));
            assertTrue(error.getMessage().contains("FOREIGN KEY"), error.getMessage());
        }
    }

    /**
     * release-0.1-schema-2.db was written by release 0.1 (schema version 2, the first collection of
     * bundled facts) with two rows an official typed in: kind "соглашение" and "совместный фестиваль".
     */
    @Test
    void aDatabaseOfTheLastReleaseIsBackedUpThenUpgradedKeepingItsRowsAndGainingTheSecondCollection()
            throws Exception {
        Path file = dir.resolve("old.db");
        try (InputStream golden = getClass().getResourceAsStream("release-0.1-schema-2.db")) {
            Files.copy(golden, file);
        }
        try (Database database = Database.open(file)) {
            assertEquals(Migrations.LATEST_VERSION, database.schemaVersion());
            assertEquals(22 + 212 + 266, database.rowCounts().get("region_fact"),
                    "22 kept, 212 of the second collection, 266 of the third");
            assertEquals(41 + 12 + 6, database.rowCounts().get("edition_figure"));
            // version 8: the statements are grouped into documents as a fresh database's are, each change
            // in the history; the first collection's R10 rows say close partners, in the page's words
            DataStore store = new DataStore(file, Database.Mode.READ);
            try (store) {
                assertEquals(List.of("R7", "P71", "G14", "G15"), store.documents().ofPair("BY-HR", "RU-PNZ").stream()
                        .filter(document -> document.reading().kind().equals("agreement")).findFirst().orElseThrow()
                        .sources().stream().map(org.unionregions.model.Source::id).toList());
            }
            assertEquals(Map.of("close_partner", 6), database.read(conn -> {
                Map<String, Integer> kinds = new java.util.HashMap<>();
                try (var rows = conn.createStatement().executeQuery("SELECT kind FROM region_fact WHERE source = 'R10'")) {
                    while (rows.next()) {
                        kinds.merge(rows.getString(1), 1, Integer::sum);
                    }
                }
                return kinds;
            }));
            int regrouped = database.read(conn -> {
                try (var row = conn.createStatement().executeQuery("SELECT count(*) FROM row_history h"
                        + " WHERE h.action = 'update' AND h.table_name = 'region_fact'"
                        + " AND h.new_values LIKE '%\"document\": %' AND h.new_values NOT LIKE '%\"document\": null%'")) {
                    row.next();
                    return row.getInt(1);
                }
            });
            assertTrue(regrouped > 0, "the grouping is in the history");
            assertEquals(Map.of("agreement", 1), kindsOf(database, "BY-VI", "RU-PSK", "соглашение о сотрудничестве (запись"));
            assertEquals(Map.of("совместный фестиваль", 1), kindsOf(database, "BY-VI", "RU-PSK", "фестиваль (запись"));
            assertEquals(Map.of("agreement district", 1), kindsOf(database, "BY-", "RU-", "Dedovichi district"));
            assertEquals(List.of("совместный фестиваль"), database.kindsOutsideVocabulary(), "named, not guessed");
        }
        Path backup = dir.resolve("old.db.v2.bak");
        assertTrue(Files.exists(backup));
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = copy.createStatement();
             ResultSet version = statement.executeQuery("PRAGMA user_version")) {
            version.next();
            assertEquals(2, version.getInt(1));
        }
    }

    /** kind (and level, if any) of the facts of the pair (code prefixes) whose title has the word. */
    private static Map<String, Integer> kindsOf(Database database, String by, String ru, String titleWord)
            throws Exception {
        Map<String, Integer> kinds = new TreeMap<>();
        try (PreparedStatement query = database.connection().prepareStatement("SELECT kind, level FROM region_fact"
                + " WHERE by_region LIKE ? AND ru_region LIKE ? AND (title LIKE ? OR as_stated LIKE ?)")) {
            query.setString(1, by + "%");
            query.setString(2, ru + "%");
            query.setString(3, "%" + titleWord + "%");
            query.setString(4, "%" + titleWord + "%");
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String kind = row.getString(1) + (row.getString(2) == null ? "" : " " + row.getString(2));
                    kinds.merge(kind, 1, Integer::sum);
                }
            }
        }
        return kinds;
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Database database = Database.open(file)) {
            database.inTransaction(conn -> conn.createStatement().executeUpdate("PRAGMA user_version = 99"));
        }
        byte[] before = Files.readAllBytes(file);
        StoreException error = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(error.getMessage().contains("newer Union Regions"), error.getMessage());
        assertTrue(error.getMessage().contains("99"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.executeUpdate("CREATE TABLE contacts (name TEXT)");
            statement.executeUpdate("INSERT INTO contacts VALUES ('Ivan')");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException error = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(error.getMessage().contains("another program"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my meeting notes, not a database");
        StoreException error = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(error.getMessage().contains("not a SQLite database"), error.getMessage());
        assertEquals("these are my meeting notes, not a database", Files.readString(file));
    }
}

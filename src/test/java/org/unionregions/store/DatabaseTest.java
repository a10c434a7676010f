package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
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

    @Test
    void anOlderSchemaIsBackedUpThenUpgradedKeepingItsData() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            old.setAutoCommit(false);
            Migrations.migrate(old, file.toString(), 1);
            BundledData.load(old);
            old.commit();
        }
        try (Database database = Database.open(file)) {
            assertEquals(Migrations.LATEST_VERSION, database.schemaVersion());
            assertEquals(20, database.rowCounts().get("region_fact"));
            assertEquals(List.of("action plan", "agreement", "district agreement", "representative office"),
                    new MatrixRepository(database).documentKinds());
        }
        Path backup = dir.resolve("old.db.v1.bak");
        assertTrue(Files.exists(backup));
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = copy.createStatement();
             ResultSet version = statement.executeQuery("PRAGMA user_version")) {
            version.next();
            assertEquals(1, version.getInt(1));
        }
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

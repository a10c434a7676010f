package org.unionregions.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.ReadOnlyFolders;
import org.unionregions.TestData;
import org.unionregions.io.Importer;
import org.unionregions.model.Tables;
import org.unionregions.io.ImportPreview;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.ErrorText;
import org.unionregions.i18n.Messages;

/** A full disk and a read-only folder: a message that says so, and nothing half-written. */
class UnwritablePlaceTest {

    @TempDir
    Path dir;
    private Path lockedFolder;

    @AfterEach
    void unlock() throws Exception {
        if (lockedFolder != null) {
            ReadOnlyFolders.unlock(lockedFolder);
        }
    }

    @Test
    void importThatFillsTheDiskIsUndoneAndSaysTheDiskIsFull() throws Exception {
        Path csv = dir.resolve("big.csv");
        StringBuilder rows = new StringBuilder("by_region,ru_region,year,kind,value,unit,source\n");
        for (int i = 0; i < 20_000; i++) {
            rows.append("BY-MI,RU-SMO,2024,trade,").append(1000 + i).append(",USD,R9\n");
        }
        Files.writeString(csv, rows);
        Map<String, Integer> before;
        Path database;
        try (DataStore store = TestData.bundled(dir)) {
            database = store.file();
            before = store.database().rowCounts();
            Importer importer = new Importer(store, Tables.REGION_FACT, Messages.forLanguage("en"));
            ImportPreview preview = importer.preview(csv);
            assertEquals(20_000, preview.rowCount());
            // SQLite answers a write the disk has no room for with SQLITE_FULL, as it does here
            // when the file may not grow past its current size plus a few pages
            try (Statement statement = store.database().connection().createStatement()) {
                statement.execute("PRAGMA max_page_count = " + (pageCount(statement) + 4));
            }
            StoreException full = assertThrows(StoreException.class,
                    () -> importer.commit(preview, () -> false, done -> { }));
            assertEquals(StoreException.Reason.DISK_FULL, full.reason(), () -> full + " / " + full.getCause());
            assertTrue(full.getMessage().contains(store.file().toString()), full.getMessage());
            assertTrue(ErrorText.of(full, Messages.forLanguage("ru")).contains("заполнен"),
                    ErrorText.of(full, Messages.forLanguage("ru")));
            assertTrue(full.unchanged(), "a rolled-back import says nothing was changed");
            assertEquals(before, store.database().rowCounts(), "the same connection sees nothing of the import");
        }
        try (Database reopened = Database.open(database)) {
            assertEquals(before, reopened.rowCounts());
            assertEquals("ok", reopened.integrityCheck());
        }
    }

    @Test
    void aWriteWhileAnotherInstanceHoldsTheDatabaseSaysItIsBusyAndChangesNothing() throws Exception {
        Path file = dir.resolve("shared.db");
        try (Database first = Database.open(file); Database second = Database.open(file)) {
            try (Statement statement = second.connection().createStatement()) {
                statement.execute("PRAGMA busy_timeout = 200"); // the app waits 5 s; the test need not
            }
            int before = second.rowCounts().get("source");
            first.connection().setAutoCommit(false);
            try (Statement statement = first.connection().createStatement()) {
                statement.executeUpdate("INSERT INTO source (id, publisher) VALUES ('held', 'the other window')");
                StoreException busy = assertThrows(StoreException.class, () -> second.inTransaction(conn -> {
                    try (Statement insert = conn.createStatement()) {
                        return insert.executeUpdate("INSERT INTO source (id, publisher) VALUES ('mine', 'this window')");
                    }
                }));
                assertEquals(StoreException.Reason.BUSY, busy.reason());
                assertTrue(ErrorText.of(busy, Messages.forLanguage("ru")).contains("занят"));
            } finally {
                first.connection().rollback();
                first.connection().setAutoCommit(true);
            }
            assertEquals(before, second.rowCounts().get("source"));
        }
    }

    @Test
    void databaseInAReadOnlyFolderIsRefusedByNameAndLeftAsItWas() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path file = folder.resolve("regions.db");
        Database.open(file).close();
        byte[] bytes = Files.readAllBytes(file);
        lock(folder);

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Reason.READ_ONLY, refused.reason());
        assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
        assertTrue(ErrorText.of(refused, Messages.forLanguage("en")).contains("read-only"));
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void newDatabaseInAReadOnlyFolderIsRefusedAndNoFileAppears() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("readonly"));
        lock(folder);
        Path file = folder.resolve("new.db");

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Reason.READ_ONLY, refused.reason());
        assertFalse(Files.exists(file));
    }

    private static int pageCount(Statement statement) throws Exception {
        try (var result = statement.executeQuery("PRAGMA page_count")) {
            return result.getInt(1);
        }
    }

    private void lock(Path folder) throws IOException, InterruptedException {
        lockedFolder = folder;
        assumeTrue(ReadOnlyFolders.lock(folder), "this account can write to any folder (root without chattr)");
    }
}

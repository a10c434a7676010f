package org.unionregions.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TeamDatabase;
import org.unionregions.i18n.Messages;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.Importer;
import org.unionregions.model.Tables;
import org.unionregions.store.ChangeHistory;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.RowConflictException;
import org.unionregions.store.ServerAddress;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.data.DataViewModel;

/** A team database under faults: a server stopped mid-import, a connection cut under an open form, two editors racing. */
class TeamFaultsTest {

    @TempDir
    Path dir;

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(2))
                .setDataDirectory(data).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @Test
    void theServerStoppedInTheMiddleOfAnImportLeavesNothingOfIt() throws Exception {
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres server = start(data, 0);
        int port = server.getPort();
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE registry");
        }
        ServerAddress owner = ServerAddress.parse("postgresql://postgres@localhost:" + port + "/registry?sslmode=disable");
        Database.setUpServer(owner, null);
        Path file = dir.resolve("big.csv");
        StringBuilder csv = new StringBuilder("by_region,ru_region,year,kind,title,source\n");
        for (int i = 0; i < 120_000; i++) {
            csv.append("BY-VI,RU-SMO,2024,agreement,fact ").append(i).append(",S54\n");
        }
        Files.writeString(file, csv);
        int before;
        StoreException failure;
        try (DataStore store = new DataStore(owner, null, Database.Mode.WRITE)) {
            before = store.database().rowCounts().get("region_fact");
            Importer importer = new Importer(store, Tables.REGION_FACT, Messages.forLanguage("en"));
            ImportPreview preview = importer.preview(file);
            CountDownLatch writing = new CountDownLatch(1);
            ExecutorService stopper = Executors.newSingleThreadExecutor();
            Future<?> stopped = stopper.submit(() -> {
                writing.await();
                server.close(); // the server goes down with the import's transaction open
                return null;
            });
            failure = assertThrows(StoreException.class, () -> importer.commit(preview, () -> false,
                    rows -> writing.countDown()));
            stopped.get();
            stopper.shutdown();
            // the store stays usable: it says the server is away, at once, without hanging
            StoreException away = assertThrows(StoreException.class, () -> store.database().rowCounts());
            assertEquals(StoreException.Reason.OFFLINE, away.reason());
        }
        assertEquals(StoreException.Reason.OFFLINE, failure.reason(), failure.getMessage());
        assertTrue(failure.getMessage().contains("cannot be reached"), failure.getMessage());
        try (EmbeddedPostgres again = start(data, port);
             Database database = Database.open(owner, null, Database.Mode.READ)) {
            assertEquals(before, database.rowCounts().get("region_fact"), "nothing of the import is stored");
            assertEquals("ok", database.integrityCheck());
        }
    }

    @Test
    void anEditWhoseConnectionWasCutIsKeptAndSavedByItselfOnceTheConnectionIsBack() throws Exception {
        TeamDatabase team = TeamDatabase.setUp("cut");
        ServerAddress editor = team.editor();
        try (DataStore store = new DataStore(editor, null, Database.Mode.WRITE)) {
            DataViewModel data = new DataViewModel(store, AsyncRunner.direct(), Messages.forLanguage("en"));
            data.tableProperty().set("source");
            data.load();
            List<String> row = data.pageProperty().get().rows().stream().filter(r -> r.get(0).equals("R1"))
                    .findFirst().orElseThrow();
            data.editRow(row);
            data.rowForm().values().put("publisher", "Edited while the line was down");
            team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + editor.user() + "'");
            data.saveForm();
            assertTrue(data.errorProperty().get().contains("cannot be reached"), data.errorProperty().get());
            assertTrue(data.statusProperty().get().contains("saved as soon as the connection is back"),
                    data.statusProperty().get());
            assertTrue(data.rowForm().isSavePending());
            assertEquals("Edited while the line was down", data.rowForm().values().get("publisher"), "the edit is kept");
            assertEquals(0, store.changes().ofRow("source", "R1").size(), "nothing was saved meanwhile");
            data.connectionBack(); // what the window does when the server answers its watcher again
            assertEquals("", data.rowForm().values().get("publisher"), "saved: the form is cleared");
            List<ChangeHistory.RowChange> changes = store.changes().ofRow("source", "R1");
            assertEquals(1, changes.size());
            assertTrue(changes.get(0).newValues().contains("Edited while the line was down"));
        }
    }

    @Test
    void twoEditorsSavingTheSameRowAHundredTimesEachLoseNothing() throws Exception {
        TeamDatabase team = TeamDatabase.setUp("race");
        List<ServerAddress> editors = List.of(team.editor(), team.editor());
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> done = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (ServerAddress editor : editors) {
            done.add(clients.submit(() -> {
                List<String> mine = new ArrayList<>();
                try (DataStore store = new DataStore(editor, null, Database.Mode.WRITE)) {
                    store.database();
                    go.await();
                    for (int i = 0; i < 100; i++) {
                        int version = store.changes().version(Tables.SOURCE, "R1");
                        String publisher = editor.user() + " #" + i;
                        try {
                            store.history().update(Tables.SOURCE, "R1", new HashMap<>(Map.of("id", "R1",
                                    "publisher", publisher)), version);
                            saved.incrementAndGet();
                            mine.add(publisher);
                        } catch (RowConflictException conflict) {
                            refused.incrementAndGet();
                        }
                    }
                }
                return mine;
            }));
        }
        go.countDown();
        List<String> savedValues = new ArrayList<>();
        for (Future<List<String>> client : done) {
            savedValues.addAll(client.get());
        }
        clients.shutdown();
        assertEquals(200, saved.get() + refused.get());
        try (DataStore store = new DataStore(team.owner(), null, Database.Mode.READ)) {
            List<ChangeHistory.RowChange> history = store.changes().ofRow("source", "R1");
            assertEquals(saved.get(), history.size(), "every save is in the history, and only those");
            assertEquals(1 + saved.get(), store.changes().version(Tables.SOURCE, "R1"));
            // each save replaced the value the one before it left: a chain, nothing overwritten unseen
            for (int i = 0; i < history.size() - 1; i++) {
                assertEquals(ChangeHistory.values(history.get(i + 1).newValues()).get("publisher"),
                        ChangeHistory.values(history.get(i).oldValues()).get("publisher"));
            }
            assertTrue(savedValues.contains(ChangeHistory.values(history.get(0).newValues()).get("publisher")));
        }
        System.out.println("race: " + saved.get() + " saved, " + refused.get() + " refused as conflicts");
    }
}

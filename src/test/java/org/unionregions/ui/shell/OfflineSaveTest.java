package org.unionregions.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TeamDatabase;
import org.unionregions.i18n.Messages;
import org.unionregions.store.ChangeWatcher;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.ServerAddress;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.data.DataViewModel;

/**
 * The window's view models on a team database whose connections are cut while a form is saved: the
 * edit is kept and saved by itself as soon as the server answers again, whichever connections were cut.
 */
class OfflineSaveTest {

    private static final String EDITED = "Saved once the line was back";

    @TempDir
    Path dir;

    @Test
    void aSaveMadeWhileEveryConnectionWasCutIsMadeWhenTheWatcherIsConnectedAgain() throws Exception {
        saveWithConnectionsCut(user -> "usename = '" + user + "'");
    }

    @Test
    void aSaveWhoseOwnConnectionAloneWasCutIsMadeWhileTheWatcherStaysConnected() throws Exception {
        // what a server's idle_session_timeout does: the window's connection goes, the watcher's stays
        saveWithConnectionsCut(user -> "usename = '" + user + "' AND application_name <> '"
                + ChangeWatcher.APPLICATION_NAME + "'");
    }

    private void saveWithConnectionsCut(Function<String, String> whichConnections) throws Exception {
        TeamDatabase team = TeamDatabase.setUp("offline");
        ServerAddress editor = team.editor();
        try (DataStore store = new DataStore(editor, null, Database.Mode.WRITE)) {
            Messages messages = Messages.forLanguage("en");
            MainViewModel main = MainViewModel.wire(Settings.load(dir.resolve("settings.properties")), messages,
                    new FigureFormat(messages), store, AsyncRunner.direct(), Clock.systemUTC(), editor.toString(),
                    org.unionregions.app.ScreenCatalogue.screens());
            main.start();
            try {
                DataViewModel data = main.screen(DataViewModel.class);
                data.tableProperty().set("source");
                data.load();
                List<String> row = data.pageProperty().get().rows().stream().filter(r -> r.get(0).equals("R2"))
                        .findFirst().orElseThrow();
                waitUntil(() -> team.number("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + editor.user()
                        + "' AND application_name = '" + ChangeWatcher.APPLICATION_NAME + "'") == 1,
                        "the watcher connected");
                data.editRow(row);
                data.rowForm().values().put("publisher", EDITED);
                team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                        + whichConnections.apply(editor.user()));

                data.saveForm();

                assertTrue(data.rowForm().isSavePending(), data.statusProperty().get());
                assertEquals(EDITED, data.rowForm().values().get("publisher"), "the edit is kept in the form");
                waitUntil(() -> data.statusProperty().get().startsWith("Row updated."), "the pending save made by itself");
                assertEquals("", data.rowForm().values().get("publisher"), "saved: the form is cleared");
                assertEquals(1, store.changes().ofRow("source", "R2").size(), "saved once");
                assertTrue(store.changes().ofRow("source", "R2").get(0).newValues().contains(EDITED));
            } finally {
                main.access().close();
            }
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 15 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}

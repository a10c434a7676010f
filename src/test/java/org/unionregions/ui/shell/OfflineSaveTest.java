package org.unionregions.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TeamDatabase;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.ServerAddress;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.data.DataViewModel;

/** The window's view models on a team database whose connections are cut: the edit is saved by itself once back. */
class OfflineSaveTest {

    @TempDir
    Path dir;

    @Test
    void aSaveMadeWhileTheServerWasAwayIsMadeWhenTheWatcherIsConnectedAgain() throws Exception {
        TeamDatabase team = TeamDatabase.setUp("offline");
        ServerAddress editor = team.editor();
        try (DataStore store = new DataStore(editor, null, Database.Mode.WRITE)) {
            Messages messages = Messages.forLanguage("en");
            MainViewModel main = MainViewModel.wire(Settings.load(dir.resolve("settings.properties")), messages,
                    new FigureFormat(messages), store, AsyncRunner.direct(), Clock.systemUTC(), editor.toString());
            main.start();
            try {
                DataViewModel data = main.data();
                data.tableProperty().set("source");
                data.load();
                List<String> row = data.pageProperty().get().rows().stream().filter(r -> r.get(0).equals("R2"))
                        .findFirst().orElseThrow();
                waitUntil(() -> main.access().roleProperty().get() != null, "the role read");
                Thread.sleep(2_000); // the watcher is connected (it starts 1.5 s after the window)
                data.editRow(row);
                data.rowForm().values().put("publisher", "Saved once the line was back");
                team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + editor.user() + "'");
                data.saveForm();
                assertTrue(data.rowForm().isSavePending(), data.statusProperty().get());
                waitUntil(() -> !store.changes().ofRow("source", "R2").isEmpty(), "the pending save made by itself");
                assertEquals("", data.rowForm().values().get("publisher"), "saved: the form is cleared");
                assertTrue(store.changes().ofRow("source", "R2").get(0).newValues().contains("Saved once the line was back"));
            } finally {
                main.access().close();
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 15 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}

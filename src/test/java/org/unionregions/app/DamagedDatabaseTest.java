package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.overview.OverviewViewModel;

/** A damaged database file: the window says so, leaves the file alone, and starts a fresh one on request. */
@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseTest {

    static final String DAMAGE = "SQLite format 3 -- truncated by a full disk";

    @TempDir
    Path dir;
    private ExecutorService storeThread;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("union-regions.db"), DAMAGE);
        // late work of the window after the test (reloads it queued) is dropped, not an error
        storeThread = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
        window = new MainWindow(stage, new DataStore(dir.resolve("union-regions.db")),
                Settings.load(dir.resolve("settings.properties")), new AsyncRunner(storeThread, Platform::runLater),
                MainWindowTest.TODAY);
        window.show();
    }

    @AfterEach
    void stop() {
        storeThread.shutdownNow();
    }

    @Test
    void theUserIsToldAndCanStartAFreshDatabaseBesideTheDamagedOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("union-regions.db cannot be opened"), dialog.getHeaderText());
        robot.clickOn("Start a fresh database");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().screen(OverviewViewModel.class).tiles().isEmpty());
        assertEquals(DAMAGE, Files.readString(dir.resolve("union-regions.db")));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("union-regions-new-")));
        }
        assertEquals("13", window.viewModel().screen(OverviewViewModel.class).tiles().get(0).value());
    }
}

package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.unionregions.ReadOnlyFolders;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.overview.OverviewViewModel;

/** A database on a read-only share: the window says so, and a fresh database goes where it can be written. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyDatabaseTest {

    @TempDir
    Path dir;
    private Path share;
    private Path home;
    private byte[] original;
    private ExecutorService storeThread;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        share = Files.createDirectories(dir.resolve("share"));
        home = Files.createDirectories(dir.resolve("home"));
        Path file = share.resolve("regions.db");
        Database.open(file).close();
        original = Files.readAllBytes(file);
        assumeTrue(ReadOnlyFolders.lock(share), "this account can write to any folder (root without chattr)");
        System.setProperty(AppPaths.HOME_PROPERTY, home.toString());
        storeThread = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
        window = new MainWindow(stage, new DataStore(file), Settings.load(home.resolve("settings.properties")),
                new AsyncRunner(storeThread, Platform::runLater), MainWindowTest.TODAY);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(AppPaths.HOME_PROPERTY);
        if (storeThread != null) {
            storeThread.shutdownNow();
        }
        ReadOnlyFolders.unlock(share);
    }

    @Test
    void theUserIsToldTheFolderIsReadOnlyAndAFreshDatabaseOpensInTheDataFolder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String said = ((javafx.scene.control.Label) dialog.getContent()).getText();
        assertTrue(said.contains("cannot be written") && said.contains("read-only"), said);
        robot.clickOn("Start a fresh database");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().screen(OverviewViewModel.class).tiles().isEmpty());
        assertArrayEquals(original, Files.readAllBytes(share.resolve("regions.db")));
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("regions-new-")));
        }
        assertEquals("13", window.viewModel().screen(OverviewViewModel.class).tiles().get(0).value());
    }
}

package org.unionregions.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.overview.OverviewViewModel;

/** The real main window on a database in a test's folder, with its own store thread. */
final class TestWindow {

    final ExecutorService storeThread = Executors.newSingleThreadExecutor();
    final DataStore store;
    final MainWindow window;

    TestWindow(Stage stage, Path dir, String databaseName) {
        this(stage, dir, new DataStore(dir.resolve(databaseName)));
    }

    /** The window on a store of the test's choosing (a team database, say). */
    TestWindow(Stage stage, Path dir, DataStore store) {
        this.store = store;
        window = new MainWindow(stage, store, Settings.load(dir.resolve("settings.properties")),
                new AsyncRunner(storeThread, Platform::runLater), MainWindowTest.TODAY);
    }

    void waitUntilLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().screen(OverviewViewModel.class).tiles().isEmpty()
                && !window.viewModel().screen(EditionsViewModel.class).busyProperty().get()
                && !window.viewModel().screen(EditionsViewModel.class).editions().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Shows each registered screen in turn, waits until no screen reads or writes, and hands it to
     * {@code atEach} on the FX thread (the tests that look at every screen of the window).
     */
    void showEachScreen(org.testfx.api.FxRobot robot, java.util.function.Consumer<org.unionregions.ui.shell.AppScreen<?>>
            atEach) throws Exception {
        for (org.unionregions.ui.shell.AppScreen<?> screen : ScreenCatalogue.screens()) {
            robot.interact(() -> window.viewModel().screenProperty().set(screen.id()));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screens().entries().stream()
                    .noneMatch(entry -> entry.model().busyProperty().getValue()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> atEach.accept(screen));
        }
    }

    void close() throws Exception {
        javafx.application.Platform.runLater(() -> window.viewModel().access().close());
        WaitForAsyncUtils.waitForFxEvents();
        storeThread.submit(store::close).get();
        storeThread.shutdown();
    }
}

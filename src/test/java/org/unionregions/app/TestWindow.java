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

    void close() throws Exception {
        javafx.application.Platform.runLater(() -> window.viewModel().access().close());
        WaitForAsyncUtils.waitForFxEvents();
        storeThread.submit(store::close).get();
        storeThread.shutdown();
    }
}

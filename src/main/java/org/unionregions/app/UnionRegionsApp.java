package org.unionregions.app;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.overview.OverviewViewModel;

/** The dashboard window. All database work runs on one "store" thread; the FX thread only shows. */
public final class UnionRegionsApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(UnionRegionsApp.class);

    /** The one thread that touches the database; started by {@link #openEarly} before the toolkit. */
    private static final ExecutorService STORE_THREAD = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "store");
        thread.setDaemon(true);
        return thread;
    });
    private static DataStore earlyStore;
    private final ExecutorService storeThread = STORE_THREAD;
    private DataStore store;

    /**
     * Starts opening the database (native library, checks, migrations) while JavaFX starts up, so
     * the first figures do not wait for both one after the other.
     */
    static void openEarly(Options options) {
        earlyStore = windowStore(options);
        STORE_THREAD.execute(() -> {
            try {
                earlyStore.database();
            } catch (RuntimeException e) {
                LOG.warn("opening {} failed; the window will say why", options.where(), e);
            }
        });
    }

    @Override
    public void start(Stage stage) throws Exception {
        Options options = Options.parse(getParameters().getRaw());
        Settings settings = Settings.load(AppPaths.settingsFile(options.dataDirectory()));
        store = earlyStore != null && earlyStore.where().equals(options.where()) ? earlyStore : windowStore(options);
        ErrorDialogs.install(Messages.forLanguage(settings.get("language", null)),
                AppPaths.logFile(options.dataDirectory()).toString());
        MainWindow window = new MainWindow(stage, store, settings,
                new AsyncRunner(storeThread, Platform::runLater), Clock.systemDefaultZone());
        window.setFolderOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        reportStartup(window, options.exitAfterStart(), options.visitEveryScreen());
        window.show();
        LOG.info("window shown on {} after {} ms", options.where(), sinceJvmStart());
    }

    /**
     * The window's store: a file is created on first start if missing; a team database is opened to
     * write (the server's role decides what is allowed), its password from ~/.pgpass or, if the
     * server asks, from the window's password dialog.
     */
    private static DataStore windowStore(Options options) {
        return options.server() != null ? new DataStore(options.server(), Passwords.forWindow(options.server(),
                PasswordKeyring.system()), org.unionregions.store.Database.Mode.WRITE)
                : new DataStore(options.database());
    }

    /** Logs (and with --exit-after-start prints, then exits) the time until the first tiles are on screen. */
    private static void reportStartup(MainWindow window, boolean exitAfterStart, boolean visitEveryScreen) {
        var tiles = window.viewModel().screen(OverviewViewModel.class).tiles();
        tiles.addListener(new ListChangeListener<OverviewViewModel.Tile>() {
            @Override
            public void onChanged(Change<? extends OverviewViewModel.Tile> change) {
                tiles.removeListener(this);
                Platform.runLater(() -> { // the pulse after this one has laid out and drawn the tiles
                    long millis = sinceJvmStart();
                    LOG.info("overview figures shown {} ms after JVM start", millis);
                    ScreenWarmUp.startOnce(window.messages(), window.scene().getWidth(), window.scene().getHeight());
                    if (visitEveryScreen) {
                        visitEveryScreenThenExit(window);
                    } else if (exitAfterStart) {
                        System.out.println("startup-ms=" + millis);
                        Platform.exit();
                    }
                });
            }
        });
    }

    /**
     * The class archive's training run: every screen shown once, so the classes a first visit needs
     * are archived too and a user's first click on a screen does not wait for them to load.
     */
    private static void visitEveryScreenThenExit(MainWindow window) {
        javafx.animation.Timeline tour = new javafx.animation.Timeline();
        // every screen but the first, then the first again
        List<String> screens = new ArrayList<>(window.viewModel().screens().entries().stream()
                .map(entry -> entry.screen().id()).toList());
        screens.add(screens.remove(0));
        for (int i = 0; i < screens.size(); i++) {
            String screen = screens.get(i);
            tour.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(700 * (i + 1)),
                    event -> window.viewModel().screenProperty().set(screen)));
        }
        tour.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(700 * (screens.size() + 1)),
                event -> Platform.exit()));
        tour.play();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() throws Exception {
        storeThread.submit(() -> store.close());
        storeThread.shutdown();
        storeThread.awaitTermination(5, TimeUnit.SECONDS);
    }
}

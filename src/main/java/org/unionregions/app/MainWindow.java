package org.unionregions.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.stage.FileChooser;
import java.time.LocalDate;
import org.unionregions.store.Backups;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ErrorText;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.common.Themes;
import org.unionregions.ui.shell.MainView;
import org.unionregions.ui.shell.MainViewModel;

/**
 * Wires the main window by hand: view models get the store, the runner and the language; the views
 * get their view models. Choosing another language rebuilds the window content in that language.
 */
public final class MainWindow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);
    /** One low-priority thread for slow work that must not hold up the store thread. */
    private static final java.util.concurrent.ExecutorService SIDE_THREAD =
            java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "side-work");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });

    private final Stage stage;
    private DataStore store;
    private final Settings settings;
    private final AsyncRunner runner;
    private final Clock clock;
    private final DatabaseRecovery recovery;
    /** Slow work beside the store thread (the daily backup), failures told in the status line. */
    private final BackgroundTasks sideWork;
    private final Scene scene;
    private MainViewModel viewModel;
    private Messages messages;
    private java.util.function.Consumer<java.nio.file.Path> folderOpener = folder -> { };

    public MainWindow(Stage stage, DataStore store, Settings settings, AsyncRunner runner, Clock clock) {
        this.stage = stage;
        this.store = store;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
        this.recovery = new DatabaseRecovery(clock, AppPaths.dataDirectory());
        this.sideWork = new BackgroundTasks(new AsyncRunner(SIDE_THREAD, javafx.application.Platform::runLater),
                Messages.forLanguage(settings.get("language", null)), message -> LOG.warn("daily backup: {}", message));
        // Never larger than the screen: a remembered size from a bigger monitor must not hide the window.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new javafx.scene.layout.Pane(),
                Math.min(settings.getDouble("window.width", 1440), screen.getWidth()),
                Math.min(settings.getDouble("window.height", 900), screen.getHeight()));
        scene.getStylesheets().add(Themes.appStylesheet());
        stage.setScene(scene);
        var icon = MainWindow.class.getResourceAsStream("/org/unionregions/ui/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setOnHidden(event -> {
            settings.put("window.width", String.valueOf(scene.getWidth()));
            settings.put("window.height", String.valueOf(scene.getHeight()));
        });
        build();
    }

    private void build() {
        messages = Messages.forLanguage(settings.get("language", null));
        FigureFormat format = new FigureFormat(messages);
        MainViewModel previous = viewModel;
        viewModel = MainViewModel.wire(settings, messages, format, store, runner, clock,
                store.file().toAbsolutePath().toString());
        if (previous != null) {
            viewModel.carryOver(previous); // a new language keeps the screen and every choice
        }
        Themes.apply(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((obs, old, dark) -> Themes.apply(dark));
        viewModel.languageProperty().addListener((obs, old, language) -> build());
        SavedNotices notices = new SavedNotices(stage, messages, folder -> folderOpener.accept(folder));
        scene.setRoot(new MainView(viewModel, messages, format, new MainView.Host() {
            @Override
            public void saved(Path file, String text) {
                notices.accept(file, text);
            }

            @Override
            public void openDatabase(Path file) {
                switchTo(file);
            }
        }));
        stage.setTitle(messages.get("app.title") + " — " + store.file().getFileName());
        viewModel.start();
        checkDatabase();
    }

    /**
     * In the background: the database opens (else the user chooses a way on); then its daily backup
     * is taken on a thread and connection of its own, so a large copy never delays what the user asked.
     */
    private void checkDatabase() {
        DataStore checked = store;
        Messages words = messages;
        new BackgroundTasks(runner, words).run(() -> checked.database().file(), file -> sideWork.run(() -> {
            try (Database copySource = Database.open(file, Database.Mode.READ)) {
                return Backups.daily(copySource, LocalDate.now(clock));
            }
        }, backup -> { }), failure -> {
            if (checked == store && failure instanceof StoreException) {
                offerWaysOn(ErrorText.of(failure, words));
            }
        });
    }

    private void offerWaysOn(String problem) {
        Path file = store.file();
        Optional<Path> backup = recovery.latestBackup(file);
        switch (DatabaseProblemDialog.ask(messages, file, problem, backup)) {
            case OPEN_ANOTHER -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("dbproblem.openAnother"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQLite", "*.db", "*.sqlite"));
                java.io.File chosen = chooser.showOpenDialog(stage);
                if (chosen != null) {
                    switchTo(chosen.toPath());
                }
            }
            case START_FRESH -> switchTo(recovery.freshDatabaseFor(file));
            case RESTORE_BACKUP -> switchTo(recovery.restoredCopy(file, backup.orElseThrow()));
            case QUIT -> stage.close();
        }
    }

    /** How "Open folder" of a saved-file notice opens a folder (the desktop's file manager). */
    public void setFolderOpener(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.folderOpener = opener;
    }

    /** Opens the window on another database file. */
    public void switchTo(Path file) {
        DataStore old = store;
        runner.run(() -> {
            old.close();
            return file;
        }, closed -> {
            store = new DataStore(file);
            build();
        }, failure -> { });
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public Messages messages() {
        return messages;
    }

    public Scene scene() {
        return scene;
    }

    public void show() {
        stage.show();
    }
}

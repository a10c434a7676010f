package org.unionregions.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.stage.FileChooser;
import org.unionregions.store.Backups;
import org.unionregions.store.StoreException;
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

    private final Stage stage;
    private DataStore store;
    private final Settings settings;
    private final AsyncRunner runner;
    private final Clock clock;
    private final Scene scene;
    private MainViewModel viewModel;
    private Messages messages;

    public MainWindow(Stage stage, DataStore store, Settings settings, AsyncRunner runner, Clock clock) {
        this.stage = stage;
        this.store = store;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
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
        viewModel = MainViewModel.wire(settings, messages, format, store, runner, clock,
                store.file().toAbsolutePath().toString());
        Themes.apply(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((obs, old, dark) -> Themes.apply(dark));
        viewModel.languageProperty().addListener((obs, old, language) -> build());
        scene.setRoot(new MainView(viewModel, messages, format));
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
        runner.run(() -> checked.database().file(), file -> {
            Thread backup = new Thread(() -> {
                try (var copySource = org.unionregions.store.Database.open(file, org.unionregions.store.Database.Mode.READ)) {
                    Backups.daily(copySource, java.time.LocalDate.now(clock));
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(MainWindow.class).warn("daily backup failed", e);
                }
            }, "daily-backup");
            backup.setDaemon(true);
            backup.setPriority(Thread.MIN_PRIORITY);
            backup.start();
        }, failure -> {
            if (checked == store && failure instanceof StoreException) {
                offerWaysOn(org.unionregions.ui.common.ErrorText.of(failure, messages));
            }
        });
    }

    private void offerWaysOn(String problem) {
        Path file = store.file();
        Optional<Path> backup = Backups.latest(file);
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
            case START_FRESH -> switchTo(freshDatabaseFor(file));
            case RESTORE_BACKUP -> {
                Path restored = besideWithSuffix(file, "restored");
                try {
                    Files.copy(backup.orElseThrow(), restored);
                } catch (IOException e) {
                    throw new StoreException("Cannot copy the backup " + backup.get() + ": " + e.getMessage(), e);
                }
                switchTo(restored);
            }
            case QUIT -> stage.close();
        }
    }

    /**
     * A fresh database beside the one that failed, or, where that folder cannot be written (a
     * read-only share), in the app's own data folder under the same new name.
     */
    private static Path freshDatabaseFor(Path file) {
        Path beside = besideWithSuffix(file, "new");
        return Files.isWritable(beside.getParent()) ? beside : AppPaths.dataDirectory().resolve(beside.getFileName());
    }

    /** A new file name next to the old one; the damaged file itself is never overwritten. */
    private static Path besideWithSuffix(Path file, String suffix) {
        String name = file.getFileName().toString().replaceFirst("\\.db$", "");
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss"));
        return file.toAbsolutePath().resolveSibling(name + "-" + suffix + "-" + stamp + ".db");
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

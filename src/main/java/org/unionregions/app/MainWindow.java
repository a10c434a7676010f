package org.unionregions.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.unionregions.i18n.Messages;
import org.unionregions.store.Backups;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.ServerAddress;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ErrorText;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.common.Themes;
import org.unionregions.ui.shell.ConnectionDialog;
import org.unionregions.ui.shell.ConnectionViewModel;
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
    /** The OS keyring, found when a team database first needs it (a file never asks); tests give their own. */
    private volatile PasswordKeyring keyring;

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
        stage.setOnCloseRequest(event -> {
            if (!mayThrowAwayUnsavedWork()) {
                event.consume(); // the window stays, with what was typed
            }
        });
        stage.setOnHidden(event -> {
            settings.put("window.width", String.valueOf(scene.getWidth()));
            settings.put("window.height", String.valueOf(scene.getHeight()));
        });
        build();
    }

    /**
     * True when nothing would be lost, or the user agreed to lose it: the form's typing, a save
     * waiting for the server, an import previewed and not imported, each named. Cancel is the default.
     */
    boolean mayThrowAwayUnsavedWork() {
        List<String> unsaved = viewModel.unsavedWork();
        if (unsaved.isEmpty()) {
            return true;
        }
        ButtonType discard = new ButtonType(messages.get("close.discard"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING,
                messages.format("close.unsaved", "• " + String.join("\n• ", unsaved)), discard, keep);
        ask.initOwner(stage);
        ask.setTitle(messages.get("close.unsaved.title"));
        ask.setHeaderText(messages.get("close.unsaved.title"));
        ask.getDialogPane().setId("unsaved-work");
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return ask.showAndWait().filter(discard::equals).isPresent();
    }

    private void build() {
        messages = Messages.forLanguage(settings.get("language", null));
        org.unionregions.ui.common.Dialogs.speak(messages); // every dialog's OK, Cancel, Close in this language
        FigureFormat format = new FigureFormat(messages);
        MainViewModel previous = viewModel;
        if (viewModel != null) {
            viewModel.access().close(); // the live refresh of the window being replaced
        }
        viewModel = MainViewModel.wire(settings, messages, format, store, runner, clock,
                store.server() != null ? store.server().toString() : store.file().toAbsolutePath().toString(), ScreenCatalogue.screens());
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
            public void openDatabase(String location) {
                if (mayThrowAwayUnsavedWork()) {
                    switchTo(location);
                }
            }

            @Override
            public void connectToTeamDatabase() {
                connect(null);
            }

            @Override
            public void quit() {
                if (mayThrowAwayUnsavedWork()) {
                    stage.close();
                }
            }
        }));
        stage.setTitle(messages.get("app.title") + " — " + (store.server() != null
                ? store.server().database() + " @ " + store.server().host() : store.file().getFileName()));
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
        if (store.server() != null) { // a team database: the server keeps its own backups
            new BackgroundTasks(runner, words).run(() -> checked.database().where(), where -> keepPassword(), failure -> {
                if (checked == store && failure instanceof StoreException problem) {
                    serverProblem(problem);
                }
            });
            return;
        }
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

    /** Called off the FX thread: finding the OS keyring may take a few seconds. */
    private PasswordKeyring keyring() {
        if (keyring == null) {
            keyring = PasswordKeyring.system();
        }
        return keyring;
    }

    /** The keyring the window's passwords come from and are kept in, instead of the OS's. */
    void useKeyring(PasswordKeyring given) {
        this.keyring = given;
    }

    /** How "Open folder" of a saved-file notice opens a folder (the desktop's file manager). */
    public void setFolderOpener(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.folderOpener = opener;
    }

    /** Opens the window on another database file. */
    public void switchTo(Path file) {
        switchTo(() -> new DataStore(file));
    }

    /** Opens the window on a database file or a team database ({@code postgresql://…}). */
    public void switchTo(String location) {
        if (ServerAddress.isServerAddress(location)) {
            ServerAddress server = ServerAddress.parse(location);
            sideWork.run(() -> Passwords.forWindow(server, keyring()),
                    password -> switchTo(server, password), failure -> switchTo(server, null));
        } else {
            switchTo(Path.of(location));
        }
    }

    private void switchTo(ServerAddress server, char[] password) {
        switchTo(() -> new DataStore(server, password, Database.Mode.WRITE));
    }

    private void switchTo(Supplier<DataStore> next) {
        DataStore old = store;
        viewModel.access().close();
        runner.run(() -> {
            old.close();
            return true;
        }, closed -> {
            store = next.get();
            build();
        }, failure -> { });
    }

    /**
     * A team database that did not open: a password is asked for where the server wants one, else the
     * problem is said with the ways on (try again, another connection).
     */
    private void serverProblem(StoreException problem) {
        ServerAddress server = store.server();
        if (problem.reason() == StoreException.Reason.AUTHENTICATION) {
            ConnectionDialog.askPassword(stage, messages, server).ifPresent(answer -> {
                passwordToKeep = answer.remember() ? answer.password() : null;
                switchTo(server, answer.password());
            });
            return;
        }
        ButtonType retry = new ButtonType(messages.get("connect.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType another = new ButtonType(messages.get("connect.another"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorText.of(problem, messages), retry, another,
                ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setHeaderText(messages.get("connect.failed"));
        alert.showAndWait().ifPresent(choice -> {
            if (choice == retry) {
                switchTo(server.toString()); // as at the start: the keyring's password first
            } else if (choice == another) {
                connect(server.toString());
            }
        });
    }

    /** A password typed with "remember" ticked, kept in the OS keyring once it has opened the database. */
    private char[] passwordToKeep;

    private void keepPassword() {
        char[] password = passwordToKeep;
        ServerAddress server = store.server();
        passwordToKeep = null;
        if (password != null && server != null) {
            sideWork.run(() -> keyring().save(server, password), kept -> { }, failure -> { });
        }
    }

    /** The connection dialog; a connection it opens replaces the window's database. */
    private void connect(String address) {
        ConnectionViewModel connection = new ConnectionViewModel(runner, messages);
        if (address != null) {
            connection.use(address);
        }
        List<String> saved = viewModel.recentDatabases().stream().filter(ServerAddress::isServerAddress).toList();
        ConnectionDialog.show(stage, messages, connection, saved).ifPresent(chosen ->
                switchTo(chosen.address(), chosen.password()));
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

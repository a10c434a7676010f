package org.unionregions.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.present.PresentationView;
import org.unionregions.ui.present.SlideArt;

/** The main window's frame: navigation and settings on top, the current screen, the database in the status bar. */
public final class MainView extends BorderPane {

    /** The screens built so far, by id: a screen is built when first shown. */
    private final Map<String, Node> screens = new HashMap<>();

    /** What the window around the view does for it. */
    public interface Host {
        /** Tells the user a file was saved, with a way to its folder. */
        void saved(Path file, String text);

        /** Opens the window on another database file. */
        void openDatabase(String location);

        /** Asks for a team database to connect to (the connection dialog). */
        default void connectToTeamDatabase() {
        }

        /** Closes the window, asking first if that would throw work away. */
        default void quit() {
        }
    }

    private final Host host;
    private final Messages messages;
    private final MainViewModel viewModel;

    public MainView(MainViewModel viewModel, Messages messages, FigureFormat format, Host host) {
        this.host = host;
        this.messages = messages;
        getStyleClass().add("main-view");
        this.viewModel = viewModel;
        // Screens are built when first shown: start-up pays only for the one on display.
        ToggleGroup navigation = new ToggleGroup();
        List<ToggleButton> navButtons = new ArrayList<>();
        for (ScreenSet.Entry<?> entry : viewModel.screens().entries()) {
            AppScreen<?> screen = entry.screen();
            navButtons.add(navButton(navigation, messages.get(screen.labelKey()), new FontIcon(screen.icon()),
                    "nav-" + screen.id().toLowerCase(Locale.ROOT), screen.id(), viewModel));
        }
        Label appTitle = new Label(messages.get("app.title"));
        appTitle.getStyleClass().add("app-title");

        // a choice box, not a combo box: the combo's list (a ListView with its virtual flow and scroll
        // bars) was built and styled with the first frame, for three words
        javafx.scene.control.ChoiceBox<String> language = new javafx.scene.control.ChoiceBox<>();
        language.setId("language");
        language.getItems().setAll(viewModel.languages());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : messages.get("language." + code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        language.setValue(viewModel.languageProperty().get());
        language.valueProperty().addListener((obs, old, code) -> {
            if (code != null) {
                viewModel.languageProperty().set(code);
            }
        });
        language.setTooltip(new Tooltip(messages.get("language.tooltip")));
        language.setAccessibleText(messages.get("language.tooltip"));

        ToggleButton theme = new ToggleButton();
        theme.setId("theme-toggle");
        theme.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        theme.graphicProperty().bind(javafx.beans.binding.Bindings.when(theme.selectedProperty())
                .then((Node) new FontIcon(Material2MZ.WB_SUNNY))
                .otherwise((Node) new FontIcon(Material2MZ.NIGHTS_STAY)));
        theme.setTooltip(new Tooltip(messages.get("theme.tooltip")));
        theme.setAccessibleText(messages.get("theme.tooltip"));

        MenuItem exportPdf = new MenuItem(messages.get("present.exportPdf"));
        exportPdf.setOnAction(event -> exportDeck(viewModel, format, messages, "pdf", null));
        MenuItem exportPptx = new MenuItem(messages.get("present.exportPptx"));
        exportPptx.setOnAction(event -> exportDeck(viewModel, format, messages, "pptx", null));
        MenuItem compose = new MenuItem(messages.get("deck.compose"));
        compose.setId("present-compose");
        compose.setOnAction(event -> DeckComposerDialog.of(getScene().getWindow(), viewModel.decks(), messages,
                slides -> presentFullScreen(viewModel, format, slides),
                (kind, slides) -> exportDeck(viewModel, format, messages, kind, slides)).show());
        SplitMenuButton present = new SplitMenuButton(exportPdf, exportPptx, new SeparatorMenuItem(), compose);
        present.setText(messages.get("present.start"));
        present.setGraphic(new FontIcon(Material2MZ.SLIDESHOW));
        present.setId("present");
        present.setTooltip(new Tooltip(messages.get("present.tooltip")));
        present.setOnAction(event -> presentFullScreen(viewModel, format, null));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                shortcuts(scene, viewModel, format);
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar toolBar = new ToolBar(appTitle);
        toolBar.getItems().addAll(navButtons);
        toolBar.getItems().addAll(present, spacer, new FontIcon(Material2MZ.TRANSLATE), language, theme,
                menu(viewModel));
        setTop(new javafx.scene.layout.VBox(toolBar, filterBar(viewModel.filter())));
        CompactToolBar.fit(toolBar, appTitle, navButtons);

        Label database = new Label();
        database.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String where = messages.format("status.database", viewModel.databaseLocation());
            String access = viewModel.access().summaryProperty().get();
            return access.isEmpty() ? where : where + " · " + access;
        }, viewModel.access().summaryProperty()));
        database.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("offline"),
                viewModel.access().offlineProperty().get());
        viewModel.access().offlineProperty().addListener((obs, old, now) -> database.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("offline"), now));
        database.setId("status-database");
        database.setGraphic(new FontIcon(Material2MZ.STORAGE));
        // which database is open is never cut short for a long message beside it: the message gives way
        database.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(database.textProperty());
        database.setTooltip(whole);
        Label illustrative = new Label(messages.get("status.illustrative"));
        illustrative.setId("status-illustrative");
        illustrative.getStyleClass().add("illustrative-banner");
        illustrative.visibleProperty().bind(viewModel.illustrativeProperty());
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(viewModel.statusProperty());
        message.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressBar exporting = new ProgressBar();
        exporting.setId("export-progress");
        exporting.setPrefWidth(160);
        exporting.progressProperty().bind(viewModel.presentation().exportProgressProperty());
        exporting.visibleProperty().bind(viewModel.presentation().exportingProperty());
        exporting.managedProperty().bind(exporting.visibleProperty());
        viewModel.presentation().savedFileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                host.saved(file, viewModel.presentation().doneProperty().get());
            }
        });
        viewModel.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                host.saved(saved.file(), saved.text());
            }
        });
        HBox status = new HBox(8, database, illustrative, gap, message, exporting);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(4, 12, 4, 12));
        status.getStyleClass().add("status-bar");
        setBottom(status);

        viewModel.screenProperty().addListener((obs, old, now) -> {
            setCenter(screen(now));
            navigation.getToggles().stream().filter(t -> now.equals(t.getUserData())).findFirst()
                    .ifPresent(navigation::selectToggle);
        });
        setCenter(screen(viewModel.screenProperty().get()));
        navigation.getToggles().stream().filter(t -> viewModel.screenProperty().get().equals(t.getUserData()))
                .findFirst().ifPresent(navigation::selectToggle);
    }

    private static final javafx.css.PseudoClass ACTIVE = javafx.css.PseudoClass.getPseudoClass("active");

    /** What the screens are filtered to, a chip each (a click takes it away), and "Clear filters". */
    private Node filterBar(SharedFilter filter) {
        HBox bar = new HBox();
        bar.setId("filter-bar");
        bar.getStyleClass().add("filter-bar");
        Label heading = new Label(messages.get("filter.heading"));
        javafx.scene.control.Button clear = new javafx.scene.control.Button(messages.get("filter.clear"));
        clear.setId("filter-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(event -> filter.clear());
        Label none = new Label(messages.get("filter.none"));
        none.setId("filter-none");
        none.getStyleClass().add("screen-note");
        // always there, one line high: a bar that appeared on a click pushed the screen down between the
        // two clicks of a double-click, which then landed on another row
        Runnable show = () -> {
            if (filter.chipsProperty().get().isEmpty()) {
                bar.getChildren().setAll(none);
                bar.pseudoClassStateChanged(ACTIVE, false);
                return;
            }
            bar.pseudoClassStateChanged(ACTIVE, true);
            bar.getChildren().setAll(heading);
            for (SharedFilter.Chip chip : filter.chipsProperty().get()) {
                javafx.scene.control.Button button = new javafx.scene.control.Button(chip.text(),
                        new FontIcon(Material2AL.CLOSE));
                button.setId("filter-chip-" + chip.key());
                button.getStyleClass().add("filter-chip");
                button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                button.setTooltip(new Tooltip(messages.get("filter.remove")));
                button.setOnAction(event -> filter.remove(chip.key()));
                bar.getChildren().add(button);
            }
            bar.getChildren().add(clear);
        };
        show.run();
        filter.chipsProperty().addListener((obs, old, now) -> show.run());
        return bar;
    }

    /** The window's menu: open a database (or one of late), keys, guide, about. */
    private MenuButton menu(MainViewModel viewModel) {
        MenuItem open = new MenuItem(messages.get("menu.openDatabase"));
        open.setId("menu-open-database");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("menu.openDatabase"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get("menu.databaseFiles"), "*.db", "*.sqlite"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                host.openDatabase(chosen.toPath().toString());
            }
        });
        MenuItem connect = new MenuItem(messages.get("menu.connect"));
        connect.setId("menu-connect");
        connect.setOnAction(event -> host.connectToTeamDatabase());
        Menu recent = new Menu(messages.get("menu.recent"));
        recent.setId("menu-recent");
        for (String location : viewModel.recentDatabases()) {
            MenuItem item = new MenuItem(location);
            item.setDisable(location.equals(viewModel.databaseLocation()));
            item.setOnAction(event -> host.openDatabase(location));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().size() < 2);
        MenuItem keys = new MenuItem(messages.get("menu.help"));
        keys.setId("menu-help");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(event -> HelpDialogs.help(getScene().getWindow(), messages));
        MenuItem about = new MenuItem(messages.get("menu.about"));
        about.setId("menu-about");
        about.setOnAction(event -> HelpDialogs.about(getScene().getWindow(), messages, viewModel.databaseLocation()));
        MenuItem quit = new MenuItem(messages.get("menu.quit"));
        quit.setId("menu-quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> host.quit());
        MenuButton menu = new MenuButton(null, new FontIcon(Material2MZ.MENU), open, connect, recent,
                new SeparatorMenuItem());
        menu.getItems().addAll(new SavedViewsMenu(viewModel.views(), messages, () -> getScene().getWindow()).items());
        menu.getItems().addAll(new SeparatorMenuItem(), keys, about, new SeparatorMenuItem(), quit);
        menu.setId("main-menu");
        menu.setTooltip(new Tooltip(messages.get("menu.tooltip")));
        return menu;
    }

    /**
     * The window's keys (listed in Help): Ctrl+1…9 the screens in the order of the toolbar, F5 present,
     * Ctrl+E the deck, Ctrl+F a search, and the keys each screen adds (undo and redo on the Data
     * screen). A text field keeps Ctrl+Z for its own text: it consumes the key first.
     */
    private void shortcuts(Scene scene, MainViewModel viewModel, FigureFormat format) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F5),
                () -> presentFullScreen(viewModel, format, null));
        List<ScreenSet.Entry<?>> entries = viewModel.screens().entries();
        for (int i = 0; i < Math.min(9, entries.size()); i++) {
            String target = entries.get(i).screen().id();
            keys.put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> viewModel.screenProperty().set(target));
        }
        for (ScreenSet.Entry<?> entry : entries) {
            keys.putAll(keysOf(entry));
        }
        keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> exportDeck(viewModel, format, messages, "pptx", null)); // editable charts: the deck to share
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> search(viewModel));
    }

    private static <M extends ScreenModel> Map<KeyCombination, Runnable> keysOf(ScreenSet.Entry<M> entry) {
        return entry.screen().keys(entry.model());
    }

    /** Ctrl+F: the search of the screen on display, or of the screen whose search finds any row. */
    private void search(MainViewModel viewModel) {
        AppScreen<?> shown = viewModel.screens().find(viewModel.screenProperty().get()).orElseThrow().screen();
        AppScreen<?> searching = shown.searchFieldId() != null ? shown : viewModel.screens().entries().stream()
                .map(ScreenSet.Entry::screen).filter(AppScreen::searchesEverything).findFirst().orElse(null);
        if (searching == null || searching.searchFieldId() == null) {
            return;
        }
        viewModel.screenProperty().set(searching.id());
        javafx.application.Platform.runLater(() -> {
            Node field = lookup("#" + searching.searchFieldId());
            if (field != null) {
                field.requestFocus();
            }
        });
    }

    /** Presentation mode in a full-screen window of its own; Esc closes it. */
    private void presentFullScreen(MainViewModel viewModel, FigureFormat format,
                                   java.util.List<org.unionregions.ui.present.Slide> composed) {
        var presentation = viewModel.presentation();
        if (composed == null) {
            presentation.start();
        } else {
            presentation.startWith(composed);
        }
        PresentationView view = new PresentationView(presentation, format, slideArt(viewModel));
        Stage stage = new Stage();
        Scene scene = new Scene(view, 1920, 1080);
        scene.getStylesheets().addAll(getScene().getStylesheets());
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours
        stage.setFullScreen(true);
        javafx.beans.value.ChangeListener<Boolean> closeOnExit = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean on) {
                if (!on) {
                    presentation.showingProperty().removeListener(this);
                    stage.close();
                }
            }
        };
        presentation.showingProperty().addListener(closeOnExit);
        stage.setOnHidden(event -> presentation.exit());
        stage.show();
        view.requestFocus();
    }

    /** The user chooses the file; the view model draws the slides here and writes the file in the background. */
    private void exportDeck(MainViewModel viewModel, FigureFormat format, Messages messages, String kind,
                            java.util.List<org.unionregions.ui.present.Slide> composed) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(kind.equals("pdf") ? "present.exportPdf" : "present.exportPptx"));
        chooser.setInitialFileName("union-regions-slides." + kind);
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        var deck = viewModel.presentation();
        deck.exportDeck(kind.equals("pdf") ? org.unionregions.ui.present.PresentationViewModel.DeckFormat.PDF
                        : org.unionregions.ui.present.PresentationViewModel.DeckFormat.PPTX, file.toPath(),
                org.unionregions.ui.present.SlideRenderer.drawer(deck, format,
                        Application.getUserAgentStylesheet(), false, slideArt(viewModel)), composed);
    }

    /** The art of every screen's slides. */
    static SlideArt slideArt(MainViewModel viewModel) {
        return SlideArt.firstOf(viewModel.screens().entries().stream().map(entry -> entry.screen().slideArt())
                .toList());
    }

    private Node screen(String id) {
        return screens.computeIfAbsent(id, key -> viewOf(viewModel.screens().find(key).orElseThrow()));
    }

    private <M extends ScreenModel> Node viewOf(ScreenSet.Entry<M> entry) {
        return entry.screen().view(entry.model(), viewModel.screens().context());
    }

    private static ToggleButton navButton(ToggleGroup group, String text, FontIcon icon, String id, String screen,
                                          MainViewModel viewModel) {
        ToggleButton button = new ToggleButton(text, icon);
        button.setId(id);
        button.setTooltip(new Tooltip(text)); // its name, also when the bar is too narrow for it
        button.setAccessibleText(text);
        button.setToggleGroup(group);
        button.setUserData(screen);
        button.setOnAction(event -> {
            viewModel.screenProperty().set(screen);
            button.setSelected(true); // a nav button stays pressed while its screen shows
        });
        return button;
    }
}

package org.unionregions.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Edition;
import org.unionregions.model.Region;
import org.unionregions.store.DataStore;
import org.unionregions.store.ServerAddress;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.present.PresentationViewModel;

/**
 * The main window: which screen shows, the theme and the interface language, all remembered, and the
 * status line, where every screen's failures and finished work are told. It knows the screens only
 * through the screen contract ({@link AppScreen}, {@link ScreenModel}), in the order registered.
 */
public final class MainViewModel {

    static final String THEME_KEY = "theme";
    static final String LANGUAGE_KEY = "language";
    static final String SCREEN_KEY = "screen";
    private static final String RECENT_KEY = "databases.recent";
    private static final int RECENT_KEPT = 6;

    /** The names the filter's chips show, read with the screens. */
    private record Names(List<Edition> editions, Map<String, String> regions, boolean illustrative) {
    }

    private final ScreenSet screens;
    private final String databaseLocation;
    private final DataStore store;
    private final Messages messages;
    private final Settings settings;

    private final ObjectProperty<String> screen = new SimpleObjectProperty<>();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<ChartFiles.Saved> saved = new SimpleObjectProperty<>();
    private final BooleanProperty illustrative = new SimpleBooleanProperty(false);
    /** The screens whose data was asked for (a screen loaded when shown is read when first opened). */
    private final Set<String> loaded = new HashSet<>();

    private final SavedViewsViewModel views;
    private final DeckComposerViewModel decks;
    private final SharedFilter filter;
    private final DatabaseAccess access;
    private final PresentationViewModel presentation;
    private final BackgroundTasks names;

    private MainViewModel(Settings settings, Messages messages, FigureFormat format, DataStore store,
                          AsyncRunner runner, Clock clock, String databaseLocation, List<AppScreen<?>> registered) {
        this.store = store;
        this.messages = messages;
        this.settings = settings;
        this.databaseLocation = databaseLocation;
        this.access = new DatabaseAccess(store, runner, messages, this::reloadEverything);
        ScreenContext context = new ScreenContext(store, runner, messages, format, clock, this::open,
                this::reloadAfterChange, access::whenReachable);
        this.screens = ScreenSet.wire(registered, context);
        this.presentation = new PresentationViewModel(messages, runner, screens::standardSlides);
        this.views = new SavedViewsViewModel(store, runner, messages, this);
        this.decks = new DeckComposerViewModel(store, runner, messages, clock, views, registered);
        this.filter = new SharedFilter(messages);
        this.names = new BackgroundTasks(runner, messages);
        access.lastUpdateProperty().addListener((obs, old, now) -> status.set(now));
        if (ServerAddress.isServerAddress(databaseLocation)
                || !databaseLocation.startsWith(":") && Path.of(databaseLocation).isAbsolute()) { // not ":memory:"
            remember(databaseLocation);
        }
        String remembered = settings.get(SCREEN_KEY, "");
        screen.set(screens.find(remembered).isPresent() ? remembered : screens.entries().get(0).screen().id());
        darkTheme.set("dark".equals(settings.get(THEME_KEY, "light")));
        language.set(messages.language());
        screen.addListener((obs, old, now) -> {
            settings.put(SCREEN_KEY, now);
            loadOnce(now);
        });
        darkTheme.addListener((obs, old, dark) -> settings.put(THEME_KEY, dark ? "dark" : "light"));
        language.addListener((obs, old, now) -> settings.put(LANGUAGE_KEY, now));
        List<ObservableStringValue> lines = new ArrayList<>(List.of(views.statusProperty(), decks.statusProperty(),
                presentation.errorProperty(), presentation.doneProperty()));
        for (ScreenSet.Entry<?> entry : screens.entries()) {
            entry.model().follow(filter);
            lines.addAll(entry.model().statusLines());
            entry.model().savedFiles().forEach(file -> file.addListener((obs, old, now) -> {
                if (now != null) {
                    saved.set(now);
                }
            }));
        }
        lines.forEach(line -> line.addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                status.set(now);
            }
        }));
    }

    /** Every registered screen's view model on one store and runner: the window and the screens' warm-up. */
    public static MainViewModel wire(Settings settings, Messages messages, FigureFormat format, DataStore store,
                                     AsyncRunner runner, Clock clock, String databaseLocation,
                                     List<AppScreen<?>> screens) {
        return new MainViewModel(settings, messages, format, store, runner, clock, databaseLocation, screens);
    }

    /** The databases opened lately, the one open first. */
    public List<String> recentDatabases() {
        String stored = settings.get(RECENT_KEY, "");
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    private void remember(String location) {
        List<String> recent = new ArrayList<>(recentDatabases());
        if (!recent.isEmpty() && recent.get(0).equals(location)) {
            return; // no write at every start
        }
        recent.remove(location);
        recent.add(0, location);
        settings.put(RECENT_KEY, String.join("\n", recent.subList(0, Math.min(RECENT_KEPT, recent.size()))));
    }

    /**
     * Takes over what the user chose in the window this one replaces (rebuilt in another language):
     * each screen's state, as a saved view keeps it. The screen itself is in the settings.
     */
    public void carryOver(MainViewModel previous) {
        // the filter first, so each screen follows it; then each screen's own choices
        SharedFilter shared = previous.filter();
        filter.editions(shared.fromEditionProperty().get(), shared.toEditionProperty().get());
        filter.regionProperty().set(shared.regionProperty().get());
        filter.statusProperty().set(shared.statusProperty().get());
        for (ScreenSet.Entry<?> entry : screens.entries()) {
            previous.screens.find(entry.screen().id())
                    .ifPresent(before -> entry.model().restore(before.model().capture()));
        }
    }

    /** The filter the screens share (an edition range, a region, a status), shown as chips in the filter bar. */
    public SharedFilter filter() {
        return filter;
    }

    /** The views saved in the database: save the screen on display, open one as saved. */
    public SavedViewsViewModel views() {
        return views;
    }

    /** The deck composer: saved views and the standard slides in a deck of the presenter's own. */
    public DeckComposerViewModel decks() {
        return decks;
    }

    /** Loads the screens read at start, and the one on display, in the background. */
    public void start() {
        readNames();
        for (ScreenSet.Entry<?> entry : screens.entries()) {
            if (entry.screen().loading() == AppScreen.Loading.AT_START) {
                loadOnce(entry.screen().id());
            }
        }
        loadOnce(screen.get());
        views.load();
        access.start(screens.context()::allowEditing);
    }

    private void loadOnce(String id) {
        if (loaded.add(id)) {
            screens.find(id).ifPresent(entry -> entry.model().load());
        }
    }

    /** The editions' and regions' names for the filter's chips, and whether the data is illustrative. */
    private void readNames() {
        names.latest("names", () -> new Names(store.editions().editions(), store.regions().regions().stream()
                        .collect(Collectors.toMap(Region::code, region -> region.name(messages.language()))),
                store.isIllustrative()), read -> {
                    filter.names(read.editions(), read.regions());
                    illustrative.set(read.illustrative());
                });
    }

    /** After an edit or import in this window: every screen read shows the data as it now is. */
    private void reloadAfterChange() {
        reload(ScreenModel.Change.HERE);
    }

    /** A colleague's change (live refresh): every screen read, and the saved views, read again. */
    private void reloadEverything() {
        reload(ScreenModel.Change.ELSEWHERE);
        views.load();
    }

    private void reload(ScreenModel.Change change) {
        readNames();
        for (ScreenSet.Entry<?> entry : screens.entries()) {
            if (loaded.contains(entry.screen().id())) {
                entry.model().reload(change);
            }
        }
    }

    /** The role, "offline" and live refresh of the database this window shows. */
    public DatabaseAccess access() {
        return access;
    }

    /** Opens screen {@code id} showing {@code state} (a saved view's, a region's profile from the matrix). */
    public void open(String id, Map<String, String> state) {
        ScreenSet.Entry<?> entry = screens.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no screen " + id));
        entry.model().restore(state);
        screen.set(id);
    }

    /** What closing the window would throw away, from every screen, a line each; empty: nothing. */
    public List<String> unsavedWork() {
        return screens.entries().stream().flatMap(entry -> entry.model().unsavedWork().stream()).toList();
    }

    /** The registered screens with their view models, in the order of the navigation bar. */
    public ScreenSet screens() {
        return screens;
    }

    /** The view model of the screen of this type (tests, and the window's start-up report). */
    public <M extends ScreenModel> M screen(Class<M> type) {
        return screens.model(type);
    }

    /** The view model of the screen on display. */
    public ScreenModel current() {
        return screens.find(screen.get()).orElseThrow().model();
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    public String databaseLocation() {
        return databaseLocation;
    }

    /** The last failure of any screen, or the last finished export, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** A file a screen wrote for the user (the window offers its folder). */
    public ReadOnlyObjectProperty<ChartFiles.Saved> savedProperty() {
        return saved;
    }

    /** True for a database of made-up data: the window says so on every screen. */
    public ReadOnlyBooleanProperty illustrativeProperty() {
        return illustrative;
    }

    public List<String> languages() {
        return Messages.LANGUAGES;
    }

    /** The id of the screen on display. */
    public ObjectProperty<String> screenProperty() {
        return screen;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }
}

package org.unionregions.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.data.DataViewModel;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.present.PresentationViewModel;
import org.unionregions.ui.overview.OverviewViewModel;
import org.unionregions.ui.profile.ProfileViewModel;

/**
 * The main window: which screen shows, the theme and the interface language, all remembered, and the
 * status line, where every screen's failures and finished work are told.
 */
public final class MainViewModel {

    static final String THEME_KEY = "theme";
    static final String LANGUAGE_KEY = "language";
    static final String SCREEN_KEY = "screen";

    private final Screens screens;
    private final String databaseLocation;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final Settings settings;
    /** Whether the profile screen's data was asked for (it is read when first opened). */
    private boolean profileRead;

    private static final String RECENT_KEY = "databases.recent";
    private static final int RECENT_KEPT = 6;

    private final SavedViewsViewModel views;
    private final DeckComposerViewModel decks;
    private final SharedFilter filter;
    private final DatabaseAccess access;
    /** True while the shared filter is being applied to the screens (their changes are not taken back). */
    private boolean applyingFilter;

    private MainViewModel(Settings settings, Messages messages, Screens screens, String databaseLocation,
                          DataStore store, AsyncRunner runner, Clock clock) {
        this.screens = screens;
        this.views = new SavedViewsViewModel(store, runner, messages, this);
        this.decks = new DeckComposerViewModel(store, runner, messages, clock, views);
        this.filter = new SharedFilter(messages, number -> screens.editions().editions().stream()
                .filter(edition -> edition.number() == number).findFirst().orElse(null),
                code -> screens.editions().regionName(code));
        this.access = new DatabaseAccess(store, runner, messages, this::reloadEverything);
        crossFilter();
        shareStatus();
        access.lastUpdateProperty().addListener((obs, old, now) -> status.set(now));
        // an edit saved while the server could not be reached is saved as soon as it answers again
        screens.data().rowForm().savePendingProperty().addListener((obs, was, pending) -> {
            if (pending) {
                access.whenReachable(screens.data()::connectionBack);
            }
        });
        this.databaseLocation = databaseLocation;
        this.settings = settings;
        if (org.unionregions.store.ServerAddress.isServerAddress(databaseLocation)
                || !databaseLocation.startsWith(":") && Path.of(databaseLocation).isAbsolute()) { // not ":memory:"
            remember(databaseLocation);
        }
        screen.set(parseScreen(settings.get(SCREEN_KEY, Screen.OVERVIEW.name())));
        darkTheme.set("dark".equals(settings.get(THEME_KEY, "light")));
        language.set(messages.language());
        screen.addListener((obs, old, now) -> {
            settings.put(SCREEN_KEY, now.name());
            if (now == Screen.PROFILE && !profileRead) {
                profileRead = true;
                screens.profile().load();
            }
        });
        darkTheme.addListener((obs, old, dark) -> settings.put(THEME_KEY, dark ? "dark" : "light"));
        language.addListener((obs, old, now) -> settings.put(LANGUAGE_KEY, now));
        screens.data().changesProperty().addListener((obs, old, now) -> reloadAfterChange());
        screens.matrix().profileRequestProperty().addListener((obs, old, code) -> {
            if (code != null) {
                showProfile(code);
            }
        });
        for (ReadOnlyStringProperty failure : List.of(views.statusProperty(), decks.statusProperty(), screens.overview().errorProperty(),
                screens.editions().errorProperty(), screens.editions().files().errorProperty(),
                screens.profile().files().errorProperty(),
                screens.matrix().errorProperty(), screens.profile().errorProperty(),
                screens.data().errorProperty(), screens.presentation().errorProperty())) {
            failure.addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    status.set(now);
                }
            });
        }
        screens.presentation().doneProperty().addListener((obs, old, now) -> status.set(now));
        screens.profile().doneProperty().addListener((obs, old, now) -> status.set(now));
    }

    /** The databases opened lately, the one open first. */
    public List<String> recentDatabases() {
        String stored = settings.get(RECENT_KEY, "");
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    private void remember(String location) {
        List<String> recent = new java.util.ArrayList<>(recentDatabases());
        if (!recent.isEmpty() && recent.get(0).equals(location)) {
            return; // no write at every start
        }
        recent.remove(location);
        recent.add(0, location);
        settings.put(RECENT_KEY, String.join("\n", recent.subList(0, Math.min(RECENT_KEPT, recent.size()))));
    }

    /** Every screen's view model on one store and runner: the window and the screens' warm-up. */
    public static MainViewModel wire(Settings settings, Messages messages, FigureFormat format, DataStore store,
                                     AsyncRunner runner, Clock clock, String databaseLocation) {
        return new MainViewModel(settings, messages, Screens.wire(store, runner, messages, format, clock),
                databaseLocation, store, runner, clock);
    }

    private static Screen parseScreen(String name) {
        try {
            return Screen.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Screen.OVERVIEW;
        }
    }

    /**
     * Takes over what the user chose in the window this one replaces (rebuilt in another language):
     * the matrix's filters and settings, the edition open, the region profiled, the table shown and
     * its search. The screen itself is in the settings.
     */
    public void carryOver(MainViewModel previous) {
        matrix().restore(previous.matrix().state());
        editions().select(previous.editions().selectedEdition());
        data().tableProperty().set(previous.data().tableProperty().get());
        data().searchProperty().set(previous.data().searchProperty().get());
        if (previous.profile().profileProperty().get() != null) {
            profile().show(previous.profile().profileProperty().get().region().code());
        }
    }

    /** The filter the screens share (an edition range, a region), shown as chips in the filter bar. */
    public SharedFilter filter() {
        return filter;
    }

    /**
     * Cross-filtering: a bar clicked in Editions filters to its edition, the matrix's edition range is
     * the shared one (either way), a region clicked in the matrix or chosen in the profile filters to
     * it; Editions then also charts that region's documents per edition and dims the bars outside the range.
     */
    private void crossFilter() {
        screens.editions().chartChoiceProperty().addListener((obs, old, number) -> {
            if (number != null) {
                filter.editions(number, number);
            }
        });
        javafx.beans.InvalidationListener range = obs -> applyRange();
        filter.fromEditionProperty().addListener(range);
        filter.toEditionProperty().addListener(range);
        javafx.beans.InvalidationListener matrixRange = obs -> takeMatrixRange();
        // a reload keeps the matrix's own range (a saved view's, another window's): the filter follows it
        screens.matrix().matrixProperty().addListener(matrixRange);
        screens.matrix().fromEditionProperty().addListener(matrixRange);
        screens.matrix().toEditionProperty().addListener(matrixRange);
        screens.matrix().regionChosenProperty().addListener((obs, old, code) -> {
            if (code != null) {
                filter.regionProperty().set(code);
            }
        });
        screens.profile().regionProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !applyingFilter) { // a choice, not the profile's first region
                filter.regionProperty().set(now.code());
            }
        });
        filter.regionProperty().addListener((obs, old, code) -> {
            screens.editions().showRegion(code);
            screens.matrix().highlightedRegionProperty().set(code);
            var shown = screens.profile().regionProperty().get();
            if (code != null && (shown == null || !shown.code().equals(code))) {
                applyingFilter = true;
                screens.profile().show(code);
                applyingFilter = false;
            }
        });
    }

    /** The matrix's status filter is the shared one: one status ticked filters every screen to it. */
    private void shareStatus() {
        MatrixViewModel matrix = screens.matrix();
        matrix.selectedStatuses().addListener((javafx.collections.SetChangeListener<String>) change -> {
            if (applyingFilter) {
                return;
            }
            filter.statusProperty().set(matrix.selectedStatuses().size() == 1
                    ? matrix.selectedStatuses().iterator().next() : null);
        });
        filter.statusProperty().addListener((obs, old, status) -> {
            applyingFilter = true;
            try {
                if (status == null) {
                    matrix.selectedStatuses().addAll(org.unionregions.model.Tables.STATUSES);
                } else {
                    matrix.selectedStatuses().add(status);
                    matrix.selectedStatuses().retainAll(java.util.Set.of(status));
                }
                screens.editions().showStatus(status);
            } finally {
                applyingFilter = false;
            }
        });
    }

    private void applyRange() {
        Integer from = filter.fromEditionProperty().get();
        Integer to = filter.toEditionProperty().get();
        if ((from == null) != (to == null) || applyingFilter) {
            return; // half set: the other end follows at once
        }
        applyingFilter = true;
        try {
            screens.matrix().showEditions(from, to);
            screens.editions().highlight(from, to);
        } finally {
            applyingFilter = false;
        }
    }

    /** The user moved the matrix's range: it becomes the shared one (all editions: no filter). */
    private void takeMatrixRange() {
        MatrixViewModel matrix = screens.matrix();
        if (applyingFilter || !matrix.isReady() || matrix.editions().isEmpty()
                || matrix.fromEditionProperty().get() == null || matrix.toEditionProperty().get() == null) {
            return;
        }
        int from = matrix.fromEditionProperty().get().number();
        int to = matrix.toEditionProperty().get().number();
        boolean all = from == matrix.editions().get(0).number()
                && to == matrix.editions().get(matrix.editions().size() - 1).number();
        if (all) {
            filter.editions(null, null);
        } else {
            filter.editions(from, to);
        }
    }

    /** The views saved in the database: save the screen on display, open one as saved. */
    public SavedViewsViewModel views() {
        return views;
    }

    /** The deck composer: saved views and the standard slides in a deck of the presenter's own. */
    public DeckComposerViewModel decks() {
        return decks;
    }

    /** Loads every screen's data in the background. */
    public void start() {
        screens.loadAll();
        views.load();
        access.start((allowed, reason) -> screens.data().allowEditing(allowed, reason));
        if (screen.get() == Screen.PROFILE) {
            profileRead = true;
            screens.profile().load();
        }
    }

    /** After an edit or import: every screen shows the data as it now is. */
    public void reloadAfterChange() {
        screens.overview().load();
        screens.editions().load();
        screens.matrix().load();
        if (profileRead) {
            screens.profile().load();
        }
    }

    /** A colleague's change (live refresh): every screen, the data table and the saved views read again. */
    private void reloadEverything() {
        reloadAfterChange();
        screens.data().load();
        views.load();
    }

    /** The role, "offline" and live refresh of the database this window shows. */
    public DatabaseAccess access() {
        return access;
    }

    /** Opens a region's profile (from a region of the matrix, say). */
    public void showProfile(String regionCode) {
        screen.set(Screen.PROFILE);
        screens.profile().show(regionCode);
    }

    public OverviewViewModel overview() {
        return screens.overview();
    }

    public EditionsViewModel editions() {
        return screens.editions();
    }

    public MatrixViewModel matrix() {
        return screens.matrix();
    }

    public PresentationViewModel presentation() {
        return screens.presentation();
    }

    public ProfileViewModel profile() {
        return screens.profile();
    }

    public DataViewModel data() {
        return screens.data();
    }

    public String databaseLocation() {
        return databaseLocation;
    }

    /** The last failure of any screen, or the last finished export, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public List<String> languages() {
        return Messages.LANGUAGES;
    }

    public ObjectProperty<Screen> screenProperty() {
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

    /** Opens an edition's details on the Editions screen (from an Overview tile, say). */
    public void showEdition(int editionNumber) {
        screen.set(Screen.EDITIONS);
        screens.editions().select(editionNumber);
    }
}

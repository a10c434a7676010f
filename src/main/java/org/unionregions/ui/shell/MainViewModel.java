package org.unionregions.ui.shell;

import java.time.Clock;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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

/** The main window: which screen shows, the theme and the interface language, all remembered. */
public final class MainViewModel {

    static final String THEME_KEY = "theme";
    static final String LANGUAGE_KEY = "language";
    static final String SCREEN_KEY = "screen";

    private final Settings settings;
    private final OverviewViewModel overview;
    private final EditionsViewModel editions;
    private final MatrixViewModel matrix;
    private final DataViewModel data;
    private final PresentationViewModel presentation;
    private final String databaseLocation;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final StringProperty language = new SimpleStringProperty();

    public MainViewModel(Settings settings, Messages messages, OverviewViewModel overview,
                         EditionsViewModel editions, MatrixViewModel matrix, DataViewModel data,
                         String databaseLocation) {
        this.settings = settings;
        this.overview = overview;
        this.editions = editions;
        this.matrix = matrix;
        this.data = data;
        this.presentation = new PresentationViewModel(messages, overview, editions, matrix);
        this.databaseLocation = databaseLocation;
        screen.set(parseScreen(settings.get(SCREEN_KEY, Screen.OVERVIEW.name())));
        darkTheme.set("dark".equals(settings.get(THEME_KEY, "light")));
        language.set(messages.language());
        screen.addListener((obs, old, now) -> settings.put(SCREEN_KEY, now.name()));
        darkTheme.addListener((obs, old, dark) -> settings.put(THEME_KEY, dark ? "dark" : "light"));
        language.addListener((obs, old, now) -> settings.put(LANGUAGE_KEY, now));
    }

    /**
     * Every screen's view model on one store and runner; a change saved on the Data screen reloads
     * the others. The window and the screens' warm-up are wired the same way.
     */
    public static MainViewModel wire(Settings settings, Messages messages, FigureFormat format, DataStore store,
                                     AsyncRunner runner, Clock clock, String databaseLocation) {
        MainViewModel[] main = new MainViewModel[1];
        main[0] = new MainViewModel(settings, messages,
                new OverviewViewModel(store, runner, messages, format, clock),
                new EditionsViewModel(store, runner, messages, format),
                new MatrixViewModel(store, runner, messages, format),
                new DataViewModel(store, runner, messages, () -> main[0].reloadAfterChange()),
                databaseLocation);
        return main[0];
    }

    private static Screen parseScreen(String name) {
        try {
            return Screen.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Screen.OVERVIEW;
        }
    }

    /** Loads every screen's data in the background. */
    public void start() {
        overview.load();
        editions.load();
        matrix.load();
        data.load();
    }

    /** After an edit or import: every screen shows the data as it now is. */
    public void reloadAfterChange() {
        overview.load();
        editions.load();
        matrix.load();
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public EditionsViewModel editions() {
        return editions;
    }

    public MatrixViewModel matrix() {
        return matrix;
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    public DataViewModel data() {
        return data;
    }

    public String databaseLocation() {
        return databaseLocation;
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
        editions.select(editionNumber);
    }
}

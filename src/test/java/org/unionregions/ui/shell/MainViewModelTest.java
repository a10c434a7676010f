package org.unionregions.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.data.DataViewModel;
import org.unionregions.ui.editions.EditionsScreen;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.OverviewScreen;
import org.unionregions.ui.overview.OverviewViewModel;

/** Theme, language and screen choices survive a restart (a new view model on the same settings file). */
class MainViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;


    private MainViewModel open(Settings settings) {
        Messages messages = Messages.forLanguage(settings.get(MainViewModel.LANGUAGE_KEY, null));
        FigureFormat format = new FigureFormat(messages);
        return MainViewModel.wire(settings, messages, format, store, AsyncRunner.direct(), Clock.systemUTC(),
                "test.db", org.unionregions.app.ScreenCatalogue.screens());
    }

    @Test
    void choicesAreRememberedOnTheNextStart() {
        store = temp.store();
        Path file = temp.dir().resolve("settings.properties");
        MainViewModel first = open(Settings.load(file));
        assertFalse(first.darkThemeProperty().get());
        assertEquals(OverviewScreen.ID, first.screenProperty().get());
        first.toggleTheme();
        first.languageProperty().set("be");
        first.open(EditionsScreen.ID, java.util.Map.of("edition", String.valueOf(9))); // asked for before the data is loaded: applies once it is
        first.start();
        assertEquals("IX Forum of Regions, 2022", first.screen(EditionsViewModel.class).detailsProperty().get().title());

        MainViewModel second = open(Settings.load(file));
        assertTrue(second.darkThemeProperty().get());
        assertEquals("be", second.languageProperty().get());
        assertEquals(EditionsScreen.ID, second.screenProperty().get());
    }
}

package org.unionregions.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Settings;

/** A window's view models without the window: every screen wired on the store, run on the calling thread. */
final class Windows {

    private Windows() {
    }

    /** The views' names, in the list's order. */
    static java.util.List<String> names(java.util.List<org.unionregions.store.SavedViewRepository.SavedView> views) {
        return views.stream().map(org.unionregions.store.SavedViewRepository.SavedView::name).toList();
    }

    /** Started (the screens' data read) in {@code language}, its settings in {@code dir}. */
    static MainViewModel started(DataStore store, Path dir, String language) {
        Messages messages = Messages.forLanguage(language);
        MainViewModel main = MainViewModel.wire(Settings.load(dir.resolve("settings.properties")), messages,
                new FigureFormat(messages), store, AsyncRunner.direct(), Clock.systemUTC(), "test.db",
                org.unionregions.app.ScreenCatalogue.screens());
        main.start();
        return main;
    }
}

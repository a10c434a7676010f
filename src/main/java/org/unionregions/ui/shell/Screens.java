package org.unionregions.ui.shell;

import java.time.Clock;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.data.DataViewModel;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.OverviewViewModel;
import org.unionregions.ui.present.PresentationViewModel;
import org.unionregions.ui.profile.ProfileViewModel;

/**
 * Every screen's view model, wired once on one store and runner: the composition root of the window,
 * the screens' warm-up and the {@code render} command alike. A new screen is one more component here.
 */
public record Screens(OverviewViewModel overview, EditionsViewModel editions, MatrixViewModel matrix,
                      ProfileViewModel profile, DataViewModel data, PresentationViewModel presentation) {

    public static Screens wire(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format,
                               Clock clock) {
        OverviewViewModel overview = new OverviewViewModel(store, runner, messages, format, clock);
        EditionsViewModel editions = new EditionsViewModel(store, runner, messages, format);
        MatrixViewModel matrix = new MatrixViewModel(store, runner, messages, format);
        ProfileViewModel profile = new ProfileViewModel(store, runner, messages);
        DataViewModel data = new DataViewModel(store, runner, messages);
        PresentationViewModel presentation = new PresentationViewModel(messages, runner, overview, editions, matrix);
        return new Screens(overview, editions, matrix, profile, data, presentation);
    }

    /**
     * The screens over the store as it is, read on the calling thread (the command line, tests: no
     * window waits on it), with the screens' default filters.
     */
    public static Screens loadNow(DataStore store, Messages messages, Clock clock) {
        Screens screens = wire(store, AsyncRunner.direct(), messages, new FigureFormat(messages), clock);
        screens.overview().load();
        screens.editions().load();
        screens.matrix().load();
        if (!screens.overview().errorProperty().get().isEmpty()) {
            throw new IllegalStateException(screens.overview().errorProperty().get());
        }
        screens.presentation().start();
        return screens;
    }

    /**
     * Loads the screens' data in the background, the Overview first. The region profile is read when
     * first opened (MainViewModel): few start there, and its reading competed with the first frames.
     */
    public void loadAll() {
        overview.load();
        editions.load();
        matrix.load();
        data.load();
    }
}

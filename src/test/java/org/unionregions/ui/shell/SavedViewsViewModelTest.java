package org.unionregions.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.model.Edition;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.ColourScale;
import org.unionregions.ui.common.Palette;
import org.unionregions.ui.data.DataScreen;
import org.unionregions.ui.editions.EditionsScreen;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.matrix.MatrixScreen;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.OverviewScreen;
import org.unionregions.ui.profile.ProfileScreen;
import org.unionregions.ui.profile.ProfileViewModel;

/** A presenter saves three views, reorders them, and each opens its screen exactly as saved, after a restart too. */
class SavedViewsViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;

    private MainViewModel open() {
        return Windows.started(store, temp.dir(), "en");
    }

    @BeforeEach
    void setUp() {
        store = temp.store();
    }

    @Test
    void aMatrixViewOpensWithItsFiltersSortScaleAndPaletteAfterARestart() {
        MainViewModel main = open();
        MatrixViewModel matrix = main.screen(MatrixViewModel.class);
        main.screenProperty().set(MatrixScreen.ID);
        Edition tenth = matrix.editions().stream().filter(e -> e.number() == 10).findFirst().orElseThrow();
        matrix.fromEditionProperty().set(tenth);
        matrix.selectedStatuses().remove("expected");
        matrix.onlyWithDataProperty().set(false);
        matrix.rowOrderProperty().set(MatrixViewModel.Order.TOTAL);
        matrix.scaleProperty().set(ColourScale.LOGARITHMIC);
        matrix.paletteProperty().set(Palette.CIVIDIS);
        String roadmaps = "roadmap";
        matrix.selectedKinds().retainAll(Set.of(roadmaps));
        MatrixViewModel.State saved = matrix.state();
        main.views().saveCurrent("Roadmaps since the X Forum", false);
        assertEquals("View “Roadmaps since the X Forum” saved.", main.views().statusProperty().get());

        MainViewModel again = open(); // a restart: the views come from the database
        assertEquals(List.of("Roadmaps since the X Forum"), Windows.names(again.views().views()));
        again.screenProperty().set(OverviewScreen.ID);
        again.views().open(again.views().views().get(0));
        assertEquals(MatrixScreen.ID, again.screenProperty().get());
        assertEquals(saved, again.screen(MatrixViewModel.class).state());
        assertTrue(again.screen(MatrixViewModel.class).matrixProperty().get().columns().size() > 0);
    }

    @Test
    void threeViewsAreSavedReorderedRenamedAndDeletedAndANameInUseIsAskedAbout() {
        MainViewModel main = open();
        main.open(ProfileScreen.ID, java.util.Map.of("region", "BY-VI"));
        main.views().saveCurrent("Vitebsk Oblast", false);
        main.open(EditionsScreen.ID, java.util.Map.of("edition", String.valueOf(12)));
        main.views().saveCurrent("XII Forum", false);
        main.screenProperty().set(MatrixScreen.ID);
        main.views().saveCurrent("Matrix", false);
        assertEquals(List.of("Vitebsk Oblast", "XII Forum", "Matrix"), Windows.names(main.views().views()));

        main.views().move(main.views().views().get(2), -1);
        assertEquals(List.of("Vitebsk Oblast", "Matrix", "XII Forum"), Windows.names(main.views().views()));

        main.views().saveCurrent("Vitebsk Oblast", false);
        assertEquals("Vitebsk Oblast", main.views().nameTakenProperty().get(), "asked, not overwritten");
        assertEquals("PROFILE", main.views().views().get(0).screen());

        main.views().rename(main.views().views().get(1), "XII Forum");
        assertEquals("Another view is named “XII Forum”: nothing was renamed.", main.views().statusProperty().get());
        main.views().rename(main.views().views().get(1), "All pairs");

        main.screenProperty().set(DataScreen.ID);
        main.views().open(main.views().views().get(0));
        assertEquals(ProfileScreen.ID, main.screenProperty().get());
        assertEquals("BY-VI", main.screen(ProfileViewModel.class).profileProperty().get().region().code());
        main.views().open(main.views().views().get(2));
        assertEquals(EditionsScreen.ID, main.screenProperty().get());
        assertEquals("XII Forum of Regions, 2025", main.screen(EditionsViewModel.class).detailsProperty().get().title());

        main.views().delete(main.views().views().get(0));
        assertEquals(List.of("All pairs", "XII Forum"), Windows.names(store.views().views()));
    }
}

package org.unionregions.app;

import java.util.List;
import org.unionregions.ui.agreements.AgreementsScreen;
import org.unionregions.ui.data.DataScreen;
import org.unionregions.ui.editions.EditionsScreen;
import org.unionregions.ui.map.MapScreen;
import org.unionregions.ui.matrix.MatrixScreen;
import org.unionregions.ui.overview.OverviewScreen;
import org.unionregions.ui.present.SlideArt;
import org.unionregions.ui.profile.ProfileScreen;
import org.unionregions.ui.shell.AppScreen;

/**
 * The screens of the window, in the order of the navigation bar (and of Ctrl+1…9 and the standard
 * deck): the one registration a new screen needs besides its own package and its messages.
 */
public final class ScreenCatalogue {

    private ScreenCatalogue() {
    }

    public static List<AppScreen<?>> screens() {
        return List.of(new OverviewScreen(), new EditionsScreen(), new MatrixScreen(), new MapScreen(),
                new ProfileScreen(), new AgreementsScreen(),
                new DataScreen());
    }

    /** Draws every registered screen's slides (the command line, and a test's deck). */
    public static SlideArt slideArt() {
        return SlideArt.firstOf(screens().stream().map(AppScreen::slideArt).toList());
    }
}

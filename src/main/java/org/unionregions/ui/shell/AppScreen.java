package org.unionregions.ui.shell;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.unionregions.ui.present.SlideArt;

/**
 * One screen of the window, registered once: its id, label and icon, how its view model and view are
 * made, when it reads its data, the art of its slides and the keys it adds to the window. The shell,
 * saved views, the deck composer, the warm-up, the tour and the command line loop over the list of
 * these (app's {@code ScreenCatalogue}); a new screen is one package implementing this and one entry
 * in that list. No method has a default: forgetting one is a compile error.
 *
 * @param <M> the screen's view model
 */
public interface AppScreen<M extends ScreenModel> {

    /** When a screen reads its data. */
    enum Loading {
        /** As the window opens. */
        AT_START,
        /** When first shown (few users start there, and its reading would compete with the first frames). */
        WHEN_SHOWN
    }

    /** What a screen gives a deck. */
    enum SlideOffer {
        /** Nothing: a saved view of it is no slide. */
        NONE,
        /** A saved view of it is a slide of a composed deck. */
        VIEW,
        /** As {@link #VIEW}, and its slides are in the standard deck. */
        DECK
    }

    /** Stable: kept in the settings and in saved views ("MATRIX"). */
    String id();

    /** The message key of its name on the navigation bar ("nav.matrix"). */
    String labelKey();

    Ikon icon();

    Loading loading();

    /** Its view model, wired on the window's (or a deck's) store. */
    M model(ScreenContext context);

    /** The view model's class: how tests and the shell find a screen by its type. */
    Class<M> modelType();

    /** Its view, made when the screen is first shown. */
    Node view(M model, ScreenContext context);

    SlideOffer slideOffer();

    /** Draws the content of the slides it offers ({@link SlideArt#NONE} where it offers none). */
    SlideArt slideArt();

    /**
     * The id of its search field, which Ctrl+F focuses while it shows; null if it has none. The
     * first screen whose {@link #searchesEverything()} is true takes Ctrl+F from screens without one.
     */
    String searchFieldId();

    /** True for the screen whose search finds any row (the Data screen). */
    boolean searchesEverything();

    /** The window-wide keys it adds (undo and redo on the Data screen); empty: none. */
    Map<KeyCombination, Runnable> keys(M model);
}

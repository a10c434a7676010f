package org.unionregions.ui.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.present.Slide;

/**
 * The view-model half of the screen contract: what the window, saved views, the deck and the warm-up
 * ask of every screen's view model. No method has a default, so a screen that forgets a part of the
 * contract does not compile. Implemented by each {@code ui/<screen>} view model; registered through
 * its {@link AppScreen}.
 */
public interface ScreenModel {

    /** Where a change to the registry came from, for {@link #reload}. */
    enum Change {
        /** Saved in this window (a form, an import, an undo). */
        HERE,
        /** Saved elsewhere: a colleague's window, another program. */
        ELSEWHERE
    }

    /** Reads what the screen shows, in the background. Called once, when the screen is first needed. */
    void load();

    /** The registry changed after {@link #load}: reads again what the screen shows. */
    void reload(Change change);

    /** True while the screen reads or writes. */
    ObservableBooleanValue busyProperty();

    /** Its failures and finished work, worded for the window's status line (an empty text: nothing new). */
    List<ObservableStringValue> statusLines();

    /** The files it writes for the user (a chart's picture, a brief), each announced with "Open folder". */
    List<ObservableValue<ChartFiles.Saved>> savedFiles();

    /** What a saved view of this screen keeps; the screen owns the format. */
    Map<String, String> capture();

    /** Shows what {@link #capture} kept (a saved view, the window rebuilt in another language). */
    void restore(Map<String, String> state);

    /**
     * What closing the window (or opening another database) would throw away, a line each, worded for
     * the user ("the agreements form: editing the row where Id is 57"); empty: nothing.
     */
    List<String> unsavedWork();

    /** The slides this screen adds to the standard deck, as it shows now; empty: none. */
    List<Slide> slides();

    /** The one slide a saved view of this screen shows in a composed deck; empty: it shows none. */
    Optional<Slide> viewSlide();

    /**
     * Follows the filter the screens share and sets it from its own choices. Called once, for the
     * window's screens only (the copies a deck or a warm-up makes follow nothing).
     */
    void follow(SharedFilter filter);
}

package org.unionregions.ui.common;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;

/**
 * A spinner for a screen's loads that appears only once a load has run for a moment. Most loads end
 * within a frame or two; a spinner flashing up for each of them cost the FX thread a frame of styling
 * the first time and a layout in every frame while it turned, for nothing the user could read.
 */
public final class BusySpinner {

    static final Duration DELAY = Duration.millis(300);

    private BusySpinner() {
    }

    public static ProgressIndicator whileBusy(ObservableBooleanValue busy) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        spinner.setVisible(false);
        PauseTransition delay = new PauseTransition(DELAY);
        delay.setOnFinished(event -> spinner.setVisible(busy.get()));
        busy.addListener((obs, was, now) -> {
            if (!now) {
                delay.stop();
                spinner.setVisible(false);
            } else if (Platform.isFxApplicationThread()) { // timers run on the FX thread only
                delay.playFromStart();
            }
        });
        if (busy.get() && Platform.isFxApplicationThread()) {
            delay.playFromStart();
        }
        return spinner;
    }
}

package org.unionregions.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The spinner shows for a load that takes a while, never for one that ends at once. */
@ExtendWith(ApplicationExtension.class)
class BusySpinnerTest {

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private ProgressIndicator spinner;

    @Start
    void start(Stage stage) {
        spinner = BusySpinner.whileBusy(busy);
        stage.setScene(new Scene(new StackPane(spinner), 200, 200));
        stage.show();
    }

    @Test
    void aQuickLoadShowsNoSpinner(FxRobot robot) {
        robot.interact(() -> {
            busy.set(true);
            busy.set(false);
        });
        assertFalse(spinner.isVisible());
        robot.interact(() -> busy.set(true));
        assertFalse(spinner.isVisible(), "not in the first moment of a load");
    }

    @Test
    void aSlowLoadShowsTheSpinnerUntilItEnds(FxRobot robot) throws Exception {
        robot.interact(() -> busy.set(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, spinner::isVisible);
        robot.interact(() -> busy.set(false));
        assertFalse(spinner.isVisible());
    }
}

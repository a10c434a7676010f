package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.Themes;

/**
 * The warm-up builds, styles and lays out every screen on a thread of its own without an error
 * (a control that insisted on the FX thread would throw here), and opens no window.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenWarmUpTest {

    @Start
    void start(Stage stage) {
        Themes.apply(false);
    }

    @Test
    void everyScreenIsBuiltAndStyledOffTheFxThread() {
        assertFalse(Platform.isFxApplicationThread());
        int windowsBefore = Window.getWindows().size();
        assertTrue(ScreenWarmUp.run(Messages.forLanguage("ru"), 1440, 900, 1));
        assertTrue(Window.getWindows().size() == windowsBefore, "the warm-up opens no window");
    }
}

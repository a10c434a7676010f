package org.unionregions.app;

import java.nio.file.Path;
import org.testfx.api.FxRobot;

/** {@link ScreenshotTest#write} for the tests of other packages (a dialog's content, say). */
public final class ScreenshotAccess {

    private ScreenshotAccess() {
    }

    public static void write(FxRobot robot, javafx.scene.Scene scene, Path file) throws Exception {
        ScreenshotTest.write(robot, scene, file);
    }
}

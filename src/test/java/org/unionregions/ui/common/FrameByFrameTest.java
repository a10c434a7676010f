package org.unionregions.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A screen's parts arrive a frame apart in a showing window, and all at once anywhere else. */
@ExtendWith(ApplicationExtension.class)
class FrameByFrameTest {

    private final StackPane window = new StackPane();
    private int frames;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(window, 400, 300);
        scene.addPostLayoutPulseListener(() -> frames++);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void inAShowingWindowEachPartComesInAFrameOfItsOwnAndInOrder(FxRobot robot) throws Exception {
        VBox screen = new VBox();
        List<Integer> framesAtEachPart = new ArrayList<>();
        List<String> added = new ArrayList<>();
        robot.interact(() -> {
            FrameByFrame.addParts(screen,
                    () -> add(screen, "table", framesAtEachPart, added),
                    () -> add(screen, "form", framesAtEachPart, added),
                    () -> add(screen, "import panel", framesAtEachPart, added));
            window.getChildren().add(screen);
            assertTrue(added.isEmpty(), "no part is added in the frame that shows the screen");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(FrameByFrame::allAdded).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("table", "form", "import panel"), added);
        assertEquals(3, screen.getChildren().size());
        assertTrue(framesAtEachPart.get(0) < framesAtEachPart.get(1)
                && framesAtEachPart.get(1) < framesAtEachPart.get(2), "frames: " + framesAtEachPart);
    }

    @Test
    void twoFillingsInOneWindowTakeTurnsAndNeverShareAFrame(FxRobot robot) throws Exception {
        VBox table = new VBox();
        VBox form = new VBox();
        List<Integer> frameOfEachPart = new ArrayList<>();
        List<String> added = new ArrayList<>();
        robot.interact(() -> {
            window.getChildren().addAll(table, form);
            FrameByFrame.addParts(table, () -> add(table, "rows 1-5", frameOfEachPart, added),
                    () -> add(table, "rows 6-10", frameOfEachPart, added),
                    () -> add(table, "rows 11-15", frameOfEachPart, added));
            FrameByFrame.addParts(form, () -> add(form, "fields 1-4", frameOfEachPart, added),
                    () -> add(form, "fields 5-8", frameOfEachPart, added));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(FrameByFrame::allAdded).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("rows 1-5", "fields 1-4", "rows 6-10", "fields 5-8", "rows 11-15"), added);
        assertEquals(5, frameOfEachPart.stream().distinct().count(), "frames: " + frameOfEachPart);
    }

    @Test
    void aNewFillingDropsThePartsStillWaitingFromTheOldOne(FxRobot robot) throws Exception {
        VBox form = new VBox();
        List<String> added = new ArrayList<>();
        robot.interact(() -> {
            window.getChildren().add(form);
            FrameByFrame.replaceParts(form, () -> add(form, "agreement fields", new ArrayList<>(), added),
                    () -> add(form, "more agreement fields", new ArrayList<>(), added));
            // the user picks another table before the first fields have come
            FrameByFrame.replaceParts(form, () -> add(form, "edition figure fields", new ArrayList<>(), added));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(FrameByFrame::allAdded).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("edition figure fields"), added);
    }

    @Test
    void aSceneThatIsNotShownGetsEveryPartAtOnce(FxRobot robot) {
        VBox screen = new VBox();
        List<String> added = new ArrayList<>();
        robot.interact(() -> {
            FrameByFrame.addParts(screen, () -> add(screen, "charts", new ArrayList<>(), added),
                    () -> add(screen, "details", new ArrayList<>(), added));
            new Scene(screen); // a picture for a slide, say: no frame will come
            assertEquals(List.of("charts", "details"), added);
        });
    }

    private void add(VBox screen, String name, List<Integer> framesAtEachPart, List<String> added) {
        framesAtEachPart.add(frames);
        added.add(name);
        screen.getChildren().add(new Label(name));
    }
}

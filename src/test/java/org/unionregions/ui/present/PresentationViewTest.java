package org.unionregions.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Themes;

/** The slides on screen: keys step and leave; every slide is rendered to PNG in ru and en to look at. */
@ExtendWith(ApplicationExtension.class)
class PresentationViewTest {

    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Themes.apply(false);
    }

    private PresentationViewModel show(FxRobot robot, String language) {
        AtomicReference<PresentationViewModel> presentation = new AtomicReference<>();
        try (DataStore store = TestData.bundled(dir.resolve(language))) {
            presentation.set(PresentationViewModelTest.loaded(store, language));
        }
        robot.interact(() -> {
            PresentationView view = new PresentationView(presentation.get(),
                    new FigureFormat(Messages.forLanguage(language)), org.unionregions.app.ScreenCatalogue.slideArt());
            Scene scene = new Scene(view, 1600, 900);
            scene.getStylesheets().add(Themes.appStylesheet());
            stage.setScene(scene);
            stage.show();
            view.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return presentation.get();
    }

    @Test
    void keysStepThroughTheSlidesAndEscLeaves(FxRobot robot) throws Exception {
        PresentationViewModel presentation = show(robot, "en");
        robot.type(KeyCode.RIGHT);
        assertEquals("Agreements signed per edition", robot.lookup("#slide-title").queryAs(Label.class).getText());
        robot.type(KeyCode.SPACE, KeyCode.PAGE_DOWN);
        assertEquals("4 / 7", robot.lookup("#slide-position").queryAs(Label.class).getText());
        robot.type(KeyCode.PAGE_UP);
        assertEquals("Contract value per edition, USD",
                robot.lookup("#slide-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#slide-source").queryAs(Label.class).getText().startsWith("Sources: "));
        robot.type(KeyCode.ESCAPE);
        assertFalse(presentation.showingProperty().get());
    }

    @Test
    void aClickStepsForwardBBlacksTheScreenAndAnyKeyBringsItBack(FxRobot robot) throws Exception {
        PresentationViewModel presentation = show(robot, "en");
        robot.clickOn("#presentation", javafx.scene.input.MouseButton.PRIMARY);
        assertEquals("2 / 7", robot.lookup("#slide-position").queryAs(Label.class).getText());
        robot.clickOn("#presentation", javafx.scene.input.MouseButton.SECONDARY);
        assertEquals("1 / 7", robot.lookup("#slide-position").queryAs(Label.class).getText());
        robot.type(KeyCode.B);
        assertTrue(presentation.blankProperty().get());
        assertFalse(shown(robot.lookup("#slide-title").query()), "nothing of the slide shows");
        robot.type(KeyCode.RIGHT);
        assertFalse(presentation.blankProperty().get());
        assertEquals("1 / 7", robot.lookup("#slide-position").queryAs(Label.class).getText(),
                "the key brought the slide back without stepping on");
        assertTrue(shown(robot.lookup("#slide-title").query()));
    }

    /** The node and every parent visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theSourceLineAndTheBarsValuesAreReadableAcrossARoom(FxRobot robot) throws Exception {
        PresentationViewModel presentation = show(robot, "ru");
        robot.interact(presentation::next);
        WaitForAsyncUtils.waitForFxEvents();
        double sourceType = robot.lookup("#slide-source").queryAs(Label.class).getFont().getSize();
        assertTrue(sourceType >= 24, "source line type " + sourceType + " px");
        robot.interact(presentation::last);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#slide-legend").query()), "the matrix slide carries its colour legend");
        assertTrue(robot.lookup("#slide-legend #legend-max").queryAs(Label.class).getText().matches("\\d+"),
                "the legend's largest value");
        robot.interact(() -> presentation.show(1));
        WaitForAsyncUtils.waitForFxEvents();
        var values = robot.lookup(".bar-value").queryAllAs(Label.class);
        assertEquals(presentation.slides().get(1).chart().barCount(), values.size(), "every bar has its value");
        assertTrue(values.stream().anyMatch(label -> label.getText().equals("20")), "II 2015: 20 agreements");
    }

    @Test
    void everySlideRendersInRussianAndEnglish(FxRobot robot) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        for (String language : new String[] {"ru", "en"}) {
            PresentationViewModel presentation = show(robot, language);
            for (int i = 0; i < presentation.slides().size(); i++) {
                AtomicReference<WritableImage> image = new AtomicReference<>();
                robot.interact(() -> image.set(stage.getScene().snapshot(null)));
                BufferedImage picture = SwingFXUtils.fromFXImage(image.get(), null);
                ImageIO.write(picture, "png",
                        Path.of("target", "screenshots", "slide-" + language + "-" + (i + 1) + ".png").toFile());
                assertEquals(1600, picture.getWidth());
                Label title = robot.lookup("#slide-title").queryAs(Label.class);
                assertTrue(title.getFont().getSize() >= 36, "title type " + title.getFont().getSize());
                robot.interact(presentation::next);
            }
        }
    }
}

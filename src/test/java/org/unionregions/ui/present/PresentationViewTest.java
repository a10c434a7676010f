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
        return show(robot, language, 1600, 900);
    }

    private PresentationViewModel show(FxRobot robot, String language, double width, double height) {
        AtomicReference<PresentationViewModel> presentation = new AtomicReference<>();
        try (DataStore store = TestData.bundled(dir.resolve(language))) {
            presentation.set(PresentationViewModelTest.loaded(store, language));
        }
        robot.interact(() -> {
            PresentationView view = new PresentationView(presentation.get(),
                    new FigureFormat(Messages.forLanguage(language)), org.unionregions.app.ScreenCatalogue.slideArt());
            Scene scene = new Scene(view, width, height);
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

    /**
     * On every slide of the standard deck, in every language, at 1920×1080: no two texts drawn over each
     * other (value labels of close bars, a legend, a subtitle) and none leaving the slide.
     */
    @Test
    void noTextOfAnySlideRunsIntoAnotherOrOffTheSlideInAnyLanguage(FxRobot robot) throws Exception {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (String language : org.unionregions.i18n.Messages.LANGUAGES) {
            PresentationViewModel presentation;
            try (DataStore store = TestData.bundled(dir.resolve("layout-" + language))) {
                presentation = PresentationViewModelTest.loaded(store, language);
            }
            // a projector's 1920×1080, drawn off screen (the headless screen is smaller)
            AtomicReference<Scene> slides = new AtomicReference<>();
            robot.interact(() -> {
                Scene scene = new Scene(new PresentationView(presentation, new FigureFormat(Messages.forLanguage(language)),
                        org.unionregions.app.ScreenCatalogue.slideArt()), 1920, 1080);
                scene.getStylesheets().add(Themes.appStylesheet());
                slides.set(scene);
            });
            for (int i = 0; i < presentation.slides().size(); i++) {
                int slide = i + 1;
                robot.interact(() -> {
                    presentation.show(slide - 1);
                    slides.get().getRoot().applyCss();
                    slides.get().getRoot().layout();
                    slides.get().getRoot().layout(); // a chart places its value labels in its second pass
                    problems.addAll(textProblems(slides.get(), language + " slide " + slide));
                    problems.addAll(smallChartText(slides.get(), language + " slide " + slide));
                });
            }
        }
        assertEquals(java.util.List.of(), problems);
    }

    /** A chart's ticks, axis name, legend and values under 24 px: too small for the back of a room. */
    static java.util.List<String> smallChartText(Scene scene, String where) {
        java.util.List<javafx.scene.text.Text> texts = new java.util.ArrayList<>();
        scene.getRoot().lookupAll(".slide-chart").forEach(chart -> collectTexts(chart, texts));
        return texts.stream().filter(text -> text.getFont().getSize() < 24 - 0.01)
                .map(text -> where + ": «" + text.getText() + "» in " + text.getFont().getSize() + " px").toList();
    }

    /** Pairs of visible texts whose boxes overlap, and texts reaching outside the scene. */
    static java.util.List<String> textProblems(Scene scene, String where) {
        java.util.List<javafx.scene.text.Text> texts = new java.util.ArrayList<>();
        collectTexts(scene.getRoot(), texts);
        java.util.List<String> problems = new java.util.ArrayList<>();
        java.util.List<javafx.geometry.Bounds> boxes = texts.stream().map(text -> text.localToScene(
                text.getBoundsInLocal())).toList();
        for (int a = 0; a < texts.size(); a++) {
            javafx.geometry.Bounds box = boxes.get(a);
            if (box.getMinX() < -1 || box.getMinY() < -1 || box.getMaxX() > scene.getWidth() + 1
                    || box.getMaxY() > scene.getHeight() + 1) {
                problems.add(where + ": «" + texts.get(a).getText() + "» leaves the slide");
            }
            for (int b = a + 1; b < texts.size(); b++) {
                javafx.geometry.Bounds other = boxes.get(b);
                double width = Math.min(box.getMaxX(), other.getMaxX()) - Math.max(box.getMinX(), other.getMinX());
                double height = Math.min(box.getMaxY(), other.getMaxY()) - Math.max(box.getMinY(), other.getMinY());
                if (width > 1 && height > 1) {
                    problems.add(where + ": «" + texts.get(a).getText() + "» over «" + texts.get(b).getText() + "»");
                }
            }
        }
        return problems;
    }

    private static void collectTexts(javafx.scene.Node node, java.util.List<javafx.scene.text.Text> texts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof javafx.scene.text.Text text && text.getText() != null && !text.getText().isBlank()) {
            texts.add(text);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, texts));
        }
    }
}

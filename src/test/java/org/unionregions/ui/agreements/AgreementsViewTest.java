package org.unionregions.ui.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
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
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Themes;
import org.unionregions.ui.present.SlideArt;

/** The agreements screen on the bundled data: a bar clicked shows its document; every language and theme drawn to PNG. */
@ExtendWith(ApplicationExtension.class)
class AgreementsViewTest {

    @TempDir
    Path dir;
    private Stage stage;
    private DataStore store;
    private AgreementsViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        Themes.apply(false);
    }

    private void show(FxRobot robot, String language, boolean dark) throws Exception {
        if (store == null) {
            store = TestData.bundled(dir);
        }
        Messages messages = Messages.forLanguage(language);
        viewModel = new AgreementsViewModel(store, AsyncRunner.direct(), messages, new FigureFormat(messages));
        viewModel.dayProperty().set(LocalDate.of(2026, 12, 8));
        robot.interact(() -> {
            Themes.apply(dark);
            Scene scene = new Scene(new AgreementsView(viewModel, messages), 1440, 900);
            scene.getStylesheets().add(Themes.appStylesheet());
            stage.setScene(scene);
            stage.show();
            viewModel.load();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBarClickedShowsItsDocumentWithItsSourcesAndSelectsItsRow(FxRobot robot) throws Exception {
        show(robot, "en", false);
        robot.interact(() -> viewModel.regionProperty().set("BY-VI"));
        WaitForAsyncUtils.waitForFxEvents();
        TermChart chart = robot.lookup("#agreements-chart").queryAs(TermChart.class);
        // the first line's middle, right of the labels
        Bounds bounds = chart.localToScreen(chart.getLayoutBounds());
        robot.clickOn(bounds.getMinX() + 150, bounds.getMinY() + 26 + 11);
        WaitForAsyncUtils.waitForFxEvents();
        long first = viewModel.barsProperty().get().bars().get(0).document();
        assertEquals(first, viewModel.chosenProperty().get(), "the first bar's document");
        TableView<?> table = robot.lookup("#agreements-table").queryAs(TableView.class);
        assertEquals(first, ((AgreementsViewModel.Row) table.getSelectionModel().getSelectedItem()).document());
        String details = robot.lookup("#agreements-details").queryAs(TextArea.class).getText();
        assertTrue(details.startsWith(((AgreementsViewModel.Row) table.getSelectionModel().getSelectedItem()).kind()),
                details);
        assertTrue(details.contains("Statements ("), details);
        assertTrue(robot.lookup("#agreements-summary").queryAs(Label.class).getText().contains("documents these filters find"));
    }

    @Test
    void everyLanguageAndThemeIsDrawnWithItsOwnWordsAndNoControlRunsIntoAnother(FxRobot robot) throws Exception {
        for (String language : Messages.LANGUAGES) {
            for (boolean dark : new boolean[] {false, true}) {
                show(robot, language, dark);
                Messages messages = Messages.forLanguage(language);
                assertEquals(messages.get("agreements.heading"),
                        robot.lookup("#agreements-heading").queryAs(Label.class).getText());
                assertNoControlsOverlap(robot);
                write(robot, "agreements-" + language + (dark ? "-dark" : "") + ".png");
                robot.interact(() -> robot.lookup("#agreements-tabs").queryAs(javafx.scene.control.TabPane.class)
                        .getSelectionModel().select(1));
                WaitForAsyncUtils.waitForFxEvents();
                write(robot, "agreements-announced-" + language + (dark ? "-dark" : "") + ".png");
            }
        }
    }

    @Test
    void theSlideDrawsAsManyLinesAsFitAtAProjectorsSizeAndCountsTheRest(FxRobot robot) throws Exception {
        show(robot, "ru", false);
        TermBars bars = viewModel.barsProperty().get();
        assertTrue(bars.bars().size() > 20, "more documents than a slide holds: " + bars.bars().size());
        AtomicReference<WritableImage> image = new AtomicReference<>();
        AtomicReference<Double> slideType = new AtomicReference<>(0.0);
        robot.interact(() -> {
            Node art = new AgreementsScreen().slideArt().draw(bars, new SlideArt.Frame(1920, 1080, () -> Color.BLACK,
                    new FigureFormat(Messages.forLanguage("ru"))));
            javafx.scene.layout.StackPane page = new javafx.scene.layout.StackPane(art);
            page.setStyle("-fx-background-color: white");
            Scene scene = new Scene(page, 1824, 820);
            image.set(scene.snapshot(null));
            slideType.set(((TermChart) art.lookup("#slide-terms")).fontSize());
        });
        BufferedImage picture = SwingFXUtils.fromFXImage(image.get(), null);
        Path file = Path.of("target", "screenshots", "agreements-slide.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
        assertTrue(countColour(picture, TermChart.IN_FORCE) > 500, "bars in force are drawn");
        assertTrue(slideType.get() >= 24, "a slide's words at 24 px or more, read across a room: " + slideType.get());
    }

    private static int countColour(BufferedImage picture, Color colour) {
        int wanted = (int) (colour.getRed() * 255) << 16 | (int) (colour.getGreen() * 255) << 8
                | (int) (colour.getBlue() * 255);
        int count = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if ((picture.getRGB(x, y) & 0xFFFFFF) == wanted) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The filters' labels and fields, the summary, the legend: none drawn over another. */
    private static void assertNoControlsOverlap(FxRobot robot) {
        java.util.List<Node> boxes = new java.util.ArrayList<>();
        javafx.scene.Parent tools = robot.lookup("#agreements-region").query().getParent().getParent();
        boxes.addAll(tools.getChildrenUnmodifiable());
        boxes.add(robot.lookup("#agreements-summary").query());
        boxes.add(robot.lookup("#agreements-legend").query());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Bounds a = boxes.get(i).localToScene(boxes.get(i).getLayoutBounds());
                Bounds b = boxes.get(j).localToScene(boxes.get(j).getLayoutBounds());
                boolean overlap = a.getMinX() + 1 < b.getMaxX() && b.getMinX() + 1 < a.getMaxX()
                        && a.getMinY() + 1 < b.getMaxY() && b.getMinY() + 1 < a.getMaxY();
                assertFalse(overlap, boxes.get(i) + " runs over " + boxes.get(j));
            }
        }
    }

    private void write(FxRobot robot, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile());
    }
}

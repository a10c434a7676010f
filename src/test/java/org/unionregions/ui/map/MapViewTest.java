package org.unionregions.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
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
import org.unionregions.model.RegionShapes;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.MapCanvas;
import org.unionregions.ui.common.Themes;
import org.unionregions.ui.present.MapContent;
import org.unionregions.ui.present.SlideArt;

/** The map screen on the bundled data: a click, a double-click, the keys, the zoom, and its slide. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    @TempDir
    Path dir;
    private Stage stage;
    private DataStore store;
    private MapViewModel viewModel;
    private final List<String> profilesOpened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Themes.apply(false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private MapView show(FxRobot robot) throws Exception {
        store = TestData.bundled(dir);
        Messages messages = Messages.forLanguage("en");
        viewModel = new MapViewModel(store, AsyncRunner.direct(), messages, new FigureFormat(messages));
        viewModel.openProfilesWith(profilesOpened::add);
        MapView[] view = new MapView[1];
        robot.interact(() -> {
            view[0] = new MapView(viewModel, messages);
            Scene scene = new Scene(view[0], 1280, 860);
            scene.getStylesheets().add(Themes.appStylesheet());
            stage.setScene(scene);
            stage.show();
            viewModel.load();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#map-canvas").tryQuery().isPresent());
        // laid out and fitted (names are written then): a point computed before would be stale
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !canvas(robot).names().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    private static MapCanvas canvas(FxRobot robot) {
        return robot.lookup("#map-canvas").queryAs(MapCanvas.class);
    }

    /** Where on the screen a region's own label point is (inside it, never under a city drawn over it). */
    private static Point2D pointOf(FxRobot robot, String code) {
        MapCanvas canvas = canvas(robot);
        RegionShapes.Shape shape = canvas.picture().shapes().shape(code);
        return canvas.localToScreen(canvas.onCanvas(shape.labelX(), shape.labelY()));
    }

    @Test
    void aClickChoosesARegionAndShowsItsPartnersNamedAndJoinedByLines(FxRobot robot) throws Exception {
        show(robot);
        assertTrue(robot.lookup("#map-clear").queryAs(Button.class).isDisabled());
        robot.clickOn(pointOf(robot, "BY-HR"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("BY-HR", viewModel.chosenProperty().get());
        assertEquals("Documents signed (count) with Grodno Oblast",
                robot.lookup("#map-heading").queryAs(Label.class).getText());
        Label name = robot.lookup("#map-name-BY-HR").queryAs(Label.class);
        assertTrue(name.getStyleClass().contains("map-name-chosen"));
        assertFalse(robot.lookup(".map-link").queryAll().isEmpty(), "a line to each partner");
        assertEquals(viewModel.mapProperty().get().links().size(), robot.lookup(".map-link").queryAll().size());
        assertFalse(robot.lookup("#map-clear").queryAs(Button.class).isDisabled());
        Node penza = robot.lookup("#map-RU-PNZ").query();
        Tooltip tip = (Tooltip) penza.getUserData();
        assertTrue(tip.getText().startsWith("Penza Oblast with Grodno Oblast: "), tip.getText());
        assertTrue(robot.lookup("#map-legend").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .anyMatch(node -> node instanceof Label label && label.getText().startsWith("Lines:")));

        robot.clickOn("#map-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(viewModel.chosenProperty().get());
        assertTrue(robot.lookup(".map-link").queryAll().isEmpty());
    }

    @Test
    void aDoubleClickOrCtrlEnterOpensTheProfileAndEnterChooses(FxRobot robot) throws Exception {
        show(robot);
        robot.doubleClickOn(pointOf(robot, "BY-VI"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("BY-VI"), profilesOpened);
        assertEquals("BY-VI", viewModel.chosenProperty().get(), "its first click chose it");
        robot.clickOn("#map-clear");

        Node mogilev = robot.lookup("#map-BY-MA").query();
        assertTrue(mogilev.isFocusTraversable(), "a region with data is reached with Tab");
        assertFalse(robot.lookup("#map-RU-TVE").query().isFocusTraversable() && viewModel.mapProperty().get()
                .area("RU-TVE").orElseThrow().fill() == null, "a region without data is skipped");
        robot.interact(mogilev::requestFocus);
        robot.type(KeyCode.ENTER);
        assertEquals("BY-MA", viewModel.chosenProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertEquals(List.of("BY-VI", "BY-MA"), profilesOpened);
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup(".map-area").queryAll().stream().anyMatch(Node::isFocused), "Tab: the next region");
        assertFalse(mogilev.isFocused());
    }

    @Test
    void theWheelAndTheKeysZoomAndTheButtonsFitTheWholeMapOrTheWest(FxRobot robot) throws Exception {
        show(robot);
        MapCanvas canvas = canvas(robot);
        double west = canvas.scale();
        Point2D minsk = canvas.screenToLocal(pointOf(robot, "BY-MI"));
        // the wheel turned away from the user, as JavaFX reports it (the robots disagree on its sign)
        Point2D inScene = canvas.localToScene(minsk); // an event's x and y are the scene's
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, inScene.getX(),
                inScene.getY(), 0, 0, false, false, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                null)));
        Point2D minskAfter = canvas.screenToLocal(pointOf(robot, "BY-MI"));
        assertEquals(minsk.getX(), minskAfter.getX(), 0.5, "the point under the mouse stays under it");
        assertTrue(canvas.scale() > west * 1.1, "one notch zooms in: " + canvas.scale() + " from " + west);
        robot.clickOn("#map-fit-all");
        double whole = canvas.scale();
        assertTrue(whole < west * 0.8, "the whole of Russia drawn smaller: " + whole + " from " + west);
        robot.interact(canvas::requestFocus);
        robot.type(KeyCode.DIGIT0);
        assertEquals(west, canvas.scale(), 1e-9);
        robot.type(KeyCode.MINUS);
        assertTrue(canvas.scale() < west);
        Point2D before = canvas.onCanvas(0, 0);
        robot.type(KeyCode.LEFT);
        assertTrue(canvas.onCanvas(0, 0).getX() > before.getX(), "the left arrow shows what lies west");
    }

    @Test
    void aSlideOfTheMapDrawsTheRegionsItsNamesAndItsLegend(FxRobot robot) throws Exception {
        show(robot);
        robot.interact(() -> viewModel.choose("BY-MA"));
        MapContent content = (MapContent) viewModel.viewSlide().orElseThrow().content();
                SlideArt art = new MapScreen().slideArt();
        Path file = Path.of("target", "screenshots", "map-slide.png");
        robot.interact(() -> {
            Node drawn = art.draw(content, new SlideArt.Frame(1600, 900, () -> Color.BLACK,
                    new FigureFormat(Messages.forLanguage("en"))));
            StackPane slide = new StackPane(drawn);
            Scene scene = new Scene(slide, 1600, 900);
            scene.getStylesheets().add(Themes.appStylesheet());
            stage.setScene(scene);
            slide.applyCss();
            slide.layout();
            try {
                Files.createDirectories(file.getParent());
                BufferedImage picture = SwingFXUtils.fromFXImage(slide.snapshot(null, null), null);
                ImageIO.write(picture, "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(file) > 20_000, "a drawn map, not an empty slide");
        assertTrue(robot.lookup("#map-name-BY-MA").tryQuery().isPresent(), "the chosen region named on the slide");
        assertTrue(robot.lookup("#slide-legend").tryQuery().isPresent());
        assertEquals(0, art.draw(new org.unionregions.ui.present.ChartContent(null),
                new SlideArt.Frame(1600, 900, () -> Color.BLACK, new FigureFormat(Messages.forLanguage("en"))))
                == null ? 0 : 1, "another screen's content is not the map's to draw");
    }
}

package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
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
import org.unionregions.ui.data.DataScreen;
import org.unionregions.ui.data.DataViewModel;
import org.unionregions.ui.editions.EditionsScreen;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.map.MapScreen;
import org.unionregions.ui.map.MapViewModel;
import org.unionregions.ui.matrix.MatrixScreen;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.OverviewScreen;
import org.unionregions.ui.profile.ProfileScreen;
import org.unionregions.ui.profile.ProfileViewModel;

/**
 * Renders each screen to target/screenshots so a person can look at them (and the README's picture
 * comes from here). Asserts the pictures have the window's size and real content.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    private TestWindow testWindow;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        testWindow = new TestWindow(stage, dir, "shots.db");
        window = testWindow.window;
        stage.setWidth(1440);
        stage.setHeight(900);
        window.show();
    }

    @AfterEach
    void closeStore() throws Exception {
        testWindow.close();
    }

    private void waitUntilLoaded() throws Exception {
        testWindow.waitUntilLoaded();
    }

    private Path render(FxRobot robot, String name) throws Exception {
        // a screen shown for the first time gets its parts a frame apart: the picture is of all of them
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(org.unionregions.ui.common.FrameByFrame::allAdded).get());
        WaitForAsyncUtils.waitForFxEvents();
        Path file = OUT.resolve(name + ".png");
        BufferedImage picture = write(robot, window.scene(), file);
        assertEquals((int) window.scene().getWidth(), picture.getWidth());
        assertTrue(distinctColours(picture) > 50, name + " looks blank");
        return file;
    }

    /** The scene as it is on screen, written to {@code file} as PNG (its folder made); the picture. */
    static BufferedImage write(FxRobot robot, javafx.scene.Scene scene, Path file) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        Files.createDirectories(file.getParent());
        BufferedImage picture = SwingFXUtils.fromFXImage(image.get(), null);
        ImageIO.write(picture, "png", file.toFile());
        return picture;
    }

    /** A problem under a field, two lines long, pushes the next field down instead of running over it. */
    private static void assertFormRowsDoNotOverlap(FxRobot robot) {
        javafx.scene.Parent grid = robot.lookup("#form-unit").query().getParent();
        List<javafx.scene.Node> shown = grid.getChildrenUnmodifiable().stream().filter(javafx.scene.Node::isVisible)
                .toList();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                javafx.geometry.Bounds a = shown.get(i).getBoundsInParent();
                javafx.geometry.Bounds b = shown.get(j).getBoundsInParent();
                boolean overlap = a.getMinX() + 1 < b.getMaxX() && b.getMinX() + 1 < a.getMaxX()
                        && a.getMinY() + 1 < b.getMaxY() && b.getMinY() + 1 < a.getMaxY();
                assertTrue(!overlap, shown.get(i).getId() + " runs over " + shown.get(j).getId());
            }
        }
    }

    /** Where each field of the form stands (its top in the scene), by its id. */
    private static java.util.Map<String, Double> fieldPlaces(FxRobot robot) {
        java.util.Map<String, Double> places = new java.util.TreeMap<>();
        javafx.scene.Parent grid = robot.lookup("#form-unit").query().getParent();
        for (javafx.scene.Node field : grid.getChildrenUnmodifiable()) {
            if (field.getId() != null) {
                places.put(field.getId(), field.localToScene(field.getLayoutBounds()).getMinY());
            }
        }
        return places;
    }

    /** Pixels of a full cell's colour (viridis yellow, even a faint edge) from the totals row down past the canvas. */
    private int cellColouredPixelsBelowTheGrid(FxRobot robot, BufferedImage picture) {
        org.unionregions.ui.matrix.MatrixCanvas grid = robot.lookup("#matrix-grid")
                .queryAs(org.unionregions.ui.matrix.MatrixCanvas.class);
        AtomicReference<javafx.geometry.Bounds> bounds = new AtomicReference<>();
        AtomicReference<javafx.geometry.Bounds> viewport = new AtomicReference<>();
        robot.interact(() -> {
            bounds.set(grid.localToScene(grid.getLayoutBounds()));
            javafx.scene.Node scroll = robot.lookup("#matrix-scroll").query();
            viewport.set(scroll.localToScene(scroll.getLayoutBounds())); // the legend's ramp lies below it
        });
        int rows = grid.model().rows().size();
        double totalsTop = grid.cellCentre(rows, 0).getY() - 17; // half a cell above the totals row's centre
        int count = 0;
        double bottom = Math.min(bounds.get().getMaxY() + 12, viewport.get().getMaxY());
        for (int y = (int) (bounds.get().getMinY() + totalsTop); y < Math.min(bottom, picture.getHeight()); y++) {
            for (int x = (int) bounds.get().getMinX(); x < Math.min(bounds.get().getMaxX(), picture.getWidth()); x++) {
                int rgb = picture.getRGB(x, y);
                int red = rgb >> 16 & 0xFF;
                int green = rgb >> 8 & 0xFF;
                int blue = rgb & 0xFF;
                if (red > 230 && green > 200 && red - blue > 40) { // #fde725, or its anti-aliased edge
                    count++;
                }
            }
        }
        return count;
    }

    /** How many of the matrix's rows lie whole inside its scroll pane's viewport. */
    private static int visibleMatrixRows(FxRobot robot) {
        org.unionregions.ui.matrix.MatrixCanvas grid = robot.lookup("#matrix-grid")
                .queryAs(org.unionregions.ui.matrix.MatrixCanvas.class);
        javafx.scene.Node scroll = robot.lookup("#matrix-scroll").query();
        AtomicReference<Integer> shown = new AtomicReference<>(0);
        robot.interact(() -> {
            javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            int count = 0;
            for (int row = 0; row < grid.model().rows().size(); row++) {
                double bottom = grid.localToScene(grid.cellCentre(row, 0)).getY()
                        + 17; // half a cell
                if (bottom <= viewport.getMaxY()) {
                    count++;
                }
            }
            shown.set(count);
        });
        return shown.get();
    }

    private static int distinctColours(BufferedImage picture) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.getHeight(); y += 3) {
            for (int x = 0; x < picture.getWidth(); x += 3) {
                colours.add(picture.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void everyScreenInLightAndDarkAndInRussian(FxRobot robot) throws Exception {
        waitUntilLoaded();
        assertTrue(Files.size(render(robot, "overview-light")) > 10_000);
        robot.interact(() -> window.viewModel().open(EditionsScreen.ID, java.util.Map.of("edition", String.valueOf(10))));
        render(robot, "editions-light");
        robot.interact(() -> window.viewModel().darkThemeProperty().set(true));
        render(robot, "editions-dark");
        robot.interact(() -> window.viewModel().screenProperty().set(MatrixScreen.ID));
        var matrix = window.viewModel().screen(MatrixViewModel.class).matrixProperty().get();
        int minsk = matrix.rows().stream().map(h -> h.code()).toList().indexOf("BY-MI");
        int smolensk = matrix.columns().stream().map(h -> h.code()).toList().indexOf("RU-SMO");
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).select(minsk, smolensk));
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).openSelected());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().screen(MatrixViewModel.class).facts().isEmpty());
        render(robot, "matrix-dark");
        robot.interact(() -> window.viewModel().darkThemeProperty().set(false));
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).onlyWithDataProperty().set(false));
        render(robot, "matrix-all-regions-light");
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).onlyWithDataProperty().set(true));
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).openRegion("BY-MI"));
        Path fewer = render(robot, "matrix-region-light");
        assertEquals("BY-MI", robot.lookup("#matrix-grid").queryAs(org.unionregions.ui.matrix.MatrixCanvas.class)
                .highlighted(), "the region clicked is marked in the headings");
        assertEquals(0, cellColouredPixelsBelowTheGrid(robot, ImageIO.read(fewer.toFile())),
                "cells of the all-regions drawing left under the totals after going back to regions with data");
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).metricProperty().set(window.viewModel().screen(MatrixViewModel.class).metrics()
                .stream().filter(m -> m.metric() == org.unionregions.model.PairMetric.TRADE).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(MatrixViewModel.class).matrixProperty().get()
                .cells().values().stream().anyMatch(cell -> cell.value() > 1_000_000)); // money, not a count
        render(robot, "matrix-trade-light");
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).metricProperty().set(window.viewModel().screen(MatrixViewModel.class).metrics()
                .get(0)));
        robot.interact(() -> window.viewModel().open(ProfileScreen.ID, java.util.Map.of("region", "BY-MA")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(ProfileViewModel.class).profileProperty().get()
                != null && window.viewModel().screen(ProfileViewModel.class).profileProperty().get().region().code().equals("BY-MA"));
        render(robot, "profile-light");
        robot.interact(() -> window.viewModel().screenProperty().set(MapScreen.ID));
        MapViewModel map = window.viewModel().screen(MapViewModel.class);
        robot.interact(() -> map.choose(null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map.mapProperty().get().areas().stream()
                .anyMatch(area -> area.fill() != null) && map.chosenProperty().get() == null);
        render(robot, "map-light");
        robot.interact(() -> map.choose("BY-HR"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !map.mapProperty().get().links().isEmpty());
        render(robot, "map-region-light");
        robot.interact(() -> window.viewModel().darkThemeProperty().set(true));
        render(robot, "map-region-dark");
        robot.interact(() -> window.viewModel().darkThemeProperty().set(false));
        robot.interact(() -> window.viewModel().darkThemeProperty().set(true));
        robot.interact(() -> window.viewModel().screenProperty().set(OverviewScreen.ID));
        render(robot, "overview-dark");
        robot.interact(() -> window.viewModel().darkThemeProperty().set(false));
        Path bad = dir.resolve("from-a-colleague.csv");
        Files.writeString(bad, "by_region;ru_region;year;kind;value;unit;source\nVitebsk;Smolensk Oblast;2024;"
                + "agreement;;;S54\nMinsk Oblast;Tula Oblast;2023;trade;12,5;;R1\nBrest Oblast;Tver Oblast;2024;"
                + "agreement;;;R3\n");
        robot.interact(() -> window.viewModel().screenProperty().set(DataScreen.ID));
        robot.interact(() -> window.viewModel().screen(DataViewModel.class).previewImport(bad));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().screen(DataViewModel.class).importProblems().isEmpty());
        render(robot, "data-import-preview");
        robot.interact(() -> {
            window.viewModel().screen(DataViewModel.class).discardPreview();
            window.viewModel().screen(DataViewModel.class).tableProperty().set("edition_figure");
            window.viewModel().screen(DataViewModel.class).rowForm().values().put("edition", "14");
            window.viewModel().screen(DataViewModel.class).rowForm().values().put("metric", "contract_value");
            window.viewModel().screen(DataViewModel.class).rowForm().values().put("unit", "count");
            window.viewModel().screen(DataViewModel.class).rowForm().values().put("value", "1,2 млрд");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(org.unionregions.ui.common.FrameByFrame::allAdded).get());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, Double> placesBefore = fieldPlaces(robot);
        robot.interact(() -> window.viewModel().screen(DataViewModel.class).saveForm());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.viewModel().screen(DataViewModel.class).rowForm().errors().isEmpty());
        render(robot, "data-figure-form");
        assertFormRowsDoNotOverlap(robot);
        assertEquals(placesBefore, fieldPlaces(robot), "the fields moved when the problems appeared");
        assertEquals(window.viewModel().screen(DataViewModel.class).rowForm().errors().get("value"),
                robot.lookup("#form-error-value").queryAs(javafx.scene.control.Label.class).getText(),
                "the problem with the value is listed beside Save");
        robot.interact(() -> window.viewModel().screen(DataViewModel.class).tableProperty().set("region_fact"));
        robot.interact(() -> window.viewModel().languageProperty().set("ru"));
        waitUntilLoaded();
        render(robot, "data-ru");
        robot.interact(() -> window.viewModel().screenProperty().set(OverviewScreen.ID));
        render(robot, "overview-ru");
        robot.interact(() -> window.viewModel().open(EditionsScreen.ID, java.util.Map.of("edition", String.valueOf(11))));
        render(robot, "editions-ru");
        robot.interact(() -> window.viewModel().screenProperty().set(MatrixScreen.ID));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty());
        render(robot, "matrix-ru");
        assertTrue(visibleMatrixRows(robot) >= 6, visibleMatrixRows(robot) + " of 7 rows shown in Russian at 1440×900"
                + " (3 when the column headings were one long line each)");
        robot.interact(() -> window.viewModel().open(ProfileScreen.ID, java.util.Map.of("region", "BY-VI")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(ProfileViewModel.class).profileProperty().get()
                != null && window.viewModel().screen(ProfileViewModel.class).profileProperty().get().region().code().equals("BY-VI"));
        render(robot, "profile-ru");
        robot.interact(() -> window.viewModel().open(MapScreen.ID, java.util.Map.of("region", "")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(MapViewModel.class).mapProperty()
                .get().title().startsWith("Подписанные документы (число) по регионам"));
        render(robot, "map-ru");
        robot.interact(() -> window.viewModel().languageProperty().set("be"));
        waitUntilLoaded();
        robot.interact(() -> {
            window.viewModel().screenProperty().set(DataScreen.ID);
            window.viewModel().screen(DataViewModel.class).tableProperty().set("trade_figure");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).pageProperty().get() != null
                && "trade_figure".equals(window.viewModel().screen(DataViewModel.class).pageProperty().get().table()));
        render(robot, "data-be");
        robot.interact(() -> window.viewModel().open(ProfileScreen.ID, java.util.Map.of("region", "RU-ORL")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(ProfileViewModel.class).profileProperty().get()
                != null && window.viewModel().screen(ProfileViewModel.class).profileProperty().get().region().code().equals("RU-ORL"));
        render(robot, "profile-be");
    }

    /** Every screen, in both themes and the three languages: 30 pictures a person looks through. */
    @Test
    void everyScreenInEveryThemeAndLanguage(FxRobot robot) throws Exception {
        waitUntilLoaded();
        for (String language : List.of("ru", "be", "en")) {
            robot.interact(() -> window.viewModel().languageProperty().set(language));
            waitUntilLoaded();
            for (boolean dark : new boolean[] {false, true}) {
                robot.interact(() -> window.viewModel().darkThemeProperty().set(dark));
                String suffix = "-" + language + (dark ? "-dark" : "-light");
                robot.interact(() -> window.viewModel().screenProperty().set(OverviewScreen.ID));
                render(robot, "all/overview" + suffix);
                robot.interact(() -> window.viewModel().open(EditionsScreen.ID, java.util.Map.of("edition", String.valueOf(12))));
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                        () -> window.viewModel().screen(EditionsViewModel.class).detailsProperty().get() != null);
                render(robot, "all/editions" + suffix);
                robot.interact(() -> window.viewModel().screenProperty().set(MatrixScreen.ID));
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(MatrixViewModel.class).matrixProperty()
                        .get() != null && !window.viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty());
                var matrix = window.viewModel().screen(MatrixViewModel.class).matrixProperty().get();
                int minsk = matrix.rows().stream().map(h -> h.code()).toList().indexOf("BY-MI");
                int oryol = matrix.columns().stream().map(h -> h.code()).toList().indexOf("RU-ORL");
                robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).select(minsk, oryol));
                robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).openSelected());
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().screen(MatrixViewModel.class).facts().isEmpty());
                render(robot, "all/matrix" + suffix);
                robot.interact(() -> window.viewModel().open(ProfileScreen.ID, java.util.Map.of("region", "BY-VI")));
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(ProfileViewModel.class).profileProperty()
                        .get() != null && window.viewModel().screen(ProfileViewModel.class).profileProperty().get().region().code()
                        .equals("BY-VI"));
                render(robot, "all/profile" + suffix);
                robot.interact(() -> window.viewModel().screenProperty().set(DataScreen.ID));
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                        () -> window.viewModel().screen(DataViewModel.class).pageProperty().get() != null);
                render(robot, "all/data" + suffix);
            }
        }
        robot.interact(() -> window.viewModel().darkThemeProperty().set(false)); // the theme is the JVM's: leave it light
        try (var shots = Files.list(OUT.resolve("all"))) {
            assertEquals(30, shots.filter(f -> f.toString().endsWith(".png")).count());
        }
    }
}

package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.SourcedBarChart;
import org.unionregions.ui.data.DataViewModel;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.matrix.MatrixScreen;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.profile.ProfileScreen;
import org.unionregions.ui.profile.ProfileViewModel;

/** The real main window, headless, on a fresh database with the bundled data: what a user sees. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private TestWindow testWindow;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        testWindow = new TestWindow(stage, dir, "window.db");
        window = testWindow.window;
        window.show();
    }

    @AfterEach
    void closeStore() throws Exception {
        testWindow.close();
    }

    private void waitUntilLoaded() throws Exception {
        testWindow.waitUntilLoaded();
    }

    /** Clicks a navigation button and waits, as a user would see, until the screen has all its parts. */
    private static void openScreen(FxRobot robot, String button) throws Exception {
        robot.clickOn(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(org.unionregions.ui.common.FrameByFrame::allAdded).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String tileText(FxRobot robot, String id) {
        Node tile = robot.lookup("#tile-" + id).query();
        return robot.from(tile).lookup(".label").queryAll().stream()
                .map(node -> ((Label) node).getText()).collect(Collectors.joining(" | ")).replace('\u00a0', ' ');
    }

    @Test
    void overviewTilesShowTheHeadlineFiguresWithTheirSources(FxRobot robot) throws Exception {
        waitUntilLoaded();
        String editions = tileText(robot, "editions");
        assertTrue(editions.contains("| 13 |"), editions);
        assertTrue(editions.contains("I 2014 – XIII 2026"), editions);
        String agreements = tileText(robot, "agreements");
        assertTrue(agreements.contains("about 250"), agreements);
        assertTrue(agreements.contains("XI Forum, 2024"), agreements);
        assertTrue(agreements.contains("news-pravda.com"), agreements);
        String usd = tileText(robot, "contract-USD");
        assertTrue(usd.contains("about $1.2 bn") && usd.contains("TASS") && usd.contains("X Forum, 2023"), usd);
        String rub = tileText(robot, "contract-RUB");
        // XII's "750 mn" does not say its currency, so XI's figures are the latest in roubles: the lowest shown
        assertTrue(rub.contains("| ₽24 bn |") && rub.contains("XI Forum, 2024") && !rub.contains("750"), rub);
        String byn = tileText(robot, "contract-BYN");
        assertTrue(byn.contains("900 mn") && byn.contains("XII Forum, 2025"), byn);
        String trade = tileText(robot, "trade");
        // the latest whole year (January–November 2025 is a part of it)
        assertTrue(trade.contains("almost $55 bn") && trade.contains("2025") && trade.contains("news.by"), trade);
    }

    @Test
    void agreementsChartShowsReportedAndExpectedBarsAndMarksEditionsWithoutData(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-editions");
        WaitForAsyncUtils.waitForFxEvents();
        SourcedBarChart chart = robot.lookup("#agreements-chart").queryAs(SourcedBarChart.class);
        assertEquals(9, robot.from(chart).lookup(".chart-bar.reported").queryAll().size());
        assertEquals(7, robot.from(chart).lookup(".chart-bar.expected").queryAll().size()); // XII's since the third collection
        List<String> categories = ((CategoryAxis) chart.getXAxis()).getCategories();
        assertEquals(13, categories.size());
        assertEquals("I\n2014", categories.get(0));
        List<String> markedNoData = robot.from(chart).lookup(".no-data-mark").queryAll().stream()
                .map(node -> (String) node.getUserData()).toList();
        assertEquals(List.of("I\n2014", "VIII\n2021", "XIII\n2026"), markedNoData);
        assertTrue(robot.from(chart).lookup(".no-data-mark").queryAll().stream()
                .allMatch(node -> "no data".equals(((Label) node).getText()) && node.isVisible()));
        assertTrue(robot.lookup("#contracts-chart-USD").tryQuery().isPresent());
        assertTrue(robot.lookup("#contracts-chart-RUB").tryQuery().isPresent());
    }

    @Test
    void theRightClickMenuShowsTheFiguresBehindAChartWithTheirSources(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-editions");
        WaitForAsyncUtils.waitForFxEvents();
        SourcedBarChart chart = robot.lookup("#agreements-chart").queryAs(SourcedBarChart.class);
        // Monocle's robot makes no context-menu event from a right click: the one a right click makes
        javafx.geometry.Point2D centre = chart.localToScreen(chart.getWidth() / 2, chart.getHeight() / 2);
        robot.interact(() -> chart.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, chart.getWidth() / 2, chart.getHeight() / 2,
                centre.getX(), centre.getY(), false, null)));
        robot.clickOn("Show the data behind it…");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = robot.lookup("#chart-data").queryTableView();
        assertEquals(chart.model().data().size(), table.getItems().size());
        assertTrue(table.getItems().size() > chart.model().barCount(), "every variant, more than the bars");
        assertTrue(table.getItems().stream().anyMatch(row -> row.toString().contains("TASS [S45]")), "sources listed");
        ScreenshotTest.write(robot, table.getScene(), ScreenshotTest.OUT.resolve("chart-data.png"));
        robot.interact(() -> ((javafx.stage.Stage) table.getScene().getWindow()).close());
    }

    @Test
    void clickingABarOpensThatEditionsDetails(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-editions");
        WaitForAsyncUtils.waitForFxEvents();
        SourcedBarChart chart = robot.lookup("#agreements-chart").queryAs(SourcedBarChart.class);
        Node barOfEditionX = chart.getData().get(0).getData().stream()
                .filter(item -> ((BarChartModel.Bar) item.getExtraValue()).editionNumber() == 10)
                .map(XYChart.Data::getNode).findFirst().orElseThrow();
        robot.clickOn(barOfEditionX);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("X Forum of Regions, 2023", robot.lookup("#details-title").queryAs(Label.class).getText());
        assertEquals("Ufa, Republic of Bashkortostan", robot.lookup("#details-host").queryAs(Label.class).getText());
        String pane = robot.lookup("#details-pane").lookup(".label").queryAll().stream()
                .map(node -> ((Labeled) node).getText()).collect(Collectors.joining("\n")).replace('\u00a0', ' ');
        assertTrue(pane.contains("₽110 bn") && pane.contains("about $1.2 bn") && pane.contains("TASS [S45]"), pane);
        assertTrue(pane.contains("$1.5 bn") && pane.contains("news.by [S48]"), pane);

        // the click filters the screens to edition X: a chip says so, the other bars are dimmed
        assertEquals("Forums: X 2023", robot.lookup("#filter-chip-editions").queryButton().getText());
        assertEquals(10, window.viewModel().screen(MatrixViewModel.class).fromEditionProperty().get().number());
        long dimmed = chart.getData().stream().flatMap(series -> series.getData().stream())
                .filter(item -> item.getNode().getPseudoClassStates().stream()
                        .anyMatch(state -> state.getPseudoClassName().equals("dimmed"))).count();
        assertEquals(chart.model().barCount() - chart.getData().stream().flatMap(series -> series.getData().stream())
                .filter(item -> ((BarChartModel.Bar) item.getExtraValue()).editionNumber() == 10).count(), dimmed);
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).openRegion("BY-VI"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().screen(EditionsViewModel.class).regionChartProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#region-chart").query().isVisible(), "the region's documents per edition");
        assertEquals("BY-VI", window.viewModel().screen(MatrixViewModel.class).highlightedRegionProperty().get(),
                "the region marked in the matrix's headings");
        ScreenshotTest.write(robot, window.scene(), ScreenshotTest.OUT.resolve("editions-filtered.png"));
        robot.clickOn("#filter-chip-editions");
        assertEquals(1, window.viewModel().screen(MatrixViewModel.class).fromEditionProperty().get().number(), "every edition again");
        robot.clickOn("#filter-clear");
        assertTrue(robot.lookup("#filter-none").query().isVisible(), "no filter: the bar says how to filter");
        assertTrue(robot.lookup("#filter-chip-region").tryQuery().isEmpty());
    }

    @Test
    void theMatrixListsTheFactsBehindAClickedCellAndMovesWithTheKeyboard(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-matrix");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var model = window.viewModel().screen(MatrixViewModel.class).matrixProperty().get();
        int minsk = model.rows().stream().map(h -> h.code()).toList().indexOf("BY-MI");
        int smolensk = model.columns().stream().map(h -> h.code()).toList().indexOf("RU-SMO");
        org.unionregions.ui.matrix.MatrixCanvas canvas = robot.lookup("#matrix-grid").queryAs(
                org.unionregions.ui.matrix.MatrixCanvas.class);
        robot.clickOn(canvas.localToScreen(canvas.cellCentre(minsk, smolensk)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Minsk Oblast — Smolensk Oblast",
                robot.lookup("#matrix-details-title").queryAs(Label.class).getText());
        javafx.scene.control.ListView<?> facts = robot.lookup("#matrix-facts").queryListView();
        assertEquals(2, facts.getItems().size(), "the agreement of the first collection and of the second");
        assertTrue(facts.getItems().stream().anyMatch(fact -> fact.toString().contains(
                "Smolensk Region administration [R1]")), facts.getItems().toString());

        var before = window.viewModel().screen(MatrixViewModel.class).selectedProperty().get();
        robot.type(javafx.scene.input.KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        var after = window.viewModel().screen(MatrixViewModel.class).selectedProperty().get();
        assertEquals(before.row() + 1, after.row());
        assertEquals(before.column(), after.column());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String title = robot.lookup("#matrix-details-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("Mogilev Oblast — Smolensk Oblast"), title);
    }

    @Test
    void everyLineOfAFactCardLiesInsideItsCellWhenItsQuoteWraps(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-matrix");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty());
        var model = window.viewModel().screen(MatrixViewModel.class).matrixProperty().get();
        int minsk = model.rows().stream().map(h -> h.code()).toList().indexOf("BY-MI");
        int oryol = model.columns().stream().map(h -> h.code()).toList().indexOf("RU-ORL");
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).select(minsk, oryol));
        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).openSelected());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().screen(MatrixViewModel.class).facts().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var cells = robot.lookup("#matrix-facts .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(cell -> cell.getGraphic() != null).toList();
        assertFalse(cells.isEmpty(), "the facts of Minsk Oblast and Oryol Oblast are listed");
        for (javafx.scene.control.ListCell<?> cell : cells) {
            javafx.scene.Parent card = (javafx.scene.Parent) cell.getGraphic();
            for (javafx.scene.Node line : card.getChildrenUnmodifiable()) {
                if (!line.isVisible()) {
                    continue;
                }
                javafx.geometry.Bounds inCell = cell.sceneToLocal(line.localToScene(line.getLayoutBounds()));
                String text = ((Label) line).getText();
                assertTrue(inCell.getMinY() >= -0.5, "cut at the top: " + text + " " + inCell);
                assertTrue(inCell.getMaxY() <= cell.getHeight() + 0.5, "cut at the bottom: " + text + " " + inCell);
            }
        }
    }

    @Test
    void aDoubleClickOnARegionInTheMatrixOpensItsProfileAndThePickerFindsARegionInAnyLanguage(FxRobot robot)
            throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-matrix");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var model = window.viewModel().screen(MatrixViewModel.class).matrixProperty().get();
        int brest = model.rows().stream().map(h -> h.code()).toList().indexOf("BY-BR"); // the first row, in sight
        org.unionregions.ui.matrix.MatrixCanvas canvas = robot.lookup("#matrix-grid").queryAs(
                org.unionregions.ui.matrix.MatrixCanvas.class);
        javafx.geometry.Point2D heading = new javafx.geometry.Point2D(12, canvas.cellCentre(brest, 0).getY());
        robot.doubleClickOn(canvas.localToScreen(heading));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Brest Oblast (BY-BR)".equals(profileTitle(robot)));
        assertEquals(ProfileScreen.ID, window.viewModel().screenProperty().get());
        assertTrue(robot.lookup("#profile-subtitle").queryAs(Label.class).getText().startsWith("Belarus · partners:"));

        robot.clickOn("#profile-region");
        robot.write("Гомельская");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Gomel Oblast (BY-HO)".equals(profileTitle(robot)));
        javafx.scene.control.ComboBox<?> picker = robot.lookup("#profile-region").queryComboBox();
        assertEquals("Gomel Oblast (BY-HO)", picker.getButtonCell().getText(), "the name shown, not the search text");
    }

    private static String profileTitle(FxRobot robot) {
        return robot.lookup("#profile-title").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    @Test
    void anAgreementAddedThroughTheFormAppearsInTheMatrix(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-data");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).pageProperty().get() != null);
        typeInField(robot, "#form-by_region", "Gomel Oblast");
        typeInField(robot, "#form-ru_region", "Tula");
        chooseIn(robot, "#form-kind", "agreement", "agreement");
        typeInField(robot, "#form-source", "R1");
        robot.clickOn("#form-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().screen(DataViewModel.class).rowForm().errors().containsKey("ru_region"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("ru_region"), window.viewModel().screen(DataViewModel.class).rowForm().errors().keySet(), "only the region");
        String error = robot.lookup("#form-error-ru_region").queryAs(Label.class).getText();
        assertEquals("unknown region; did you mean Tula Oblast (RU-TUL) or Tuva Republic (RU-TY)?", error);

        focusField(robot, "#form-ru_region");
        robot.doubleClickOn("#form-ru_region").eraseText(4).write("Tula Oblast");
        robot.clickOn("#form-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().containsKey("BY-HO|RU-TUL"));
        openScreen(robot, "#nav-matrix");
        WaitForAsyncUtils.waitForFxEvents();
        org.unionregions.ui.matrix.MatrixCanvas canvas = robot.lookup("#matrix-grid").queryAs(
                org.unionregions.ui.matrix.MatrixCanvas.class);
        assertTrue(canvas.model().cells().containsKey("BY-HO|RU-TUL"), "the new pair is drawn");
    }

    /** Reaches a field as Tab does (the form scrolls to it), then clicks it and types. */
    /**
     * Closing the window with typing not saved asks first, naming what would be lost; Cancel keeps the
     * window and the typing; Quit in the menu (Ctrl+Q) asks the same, and "Close without saving" closes
     * (#28.6: the typing was thrown away without a word).
     */
    @Test
    void closingWithTypingNotSavedAsksFirstAndCancelKeepsIt(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-data");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).pageProperty().get() != null);
        typeInField(robot, "#form-by_region", "Gomel Oblast");
        javafx.stage.Window stage = window.scene().getWindow();
        // the question waits for an answer: asked from a later FX event, not from this thread's interact
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-work").tryQuery().isPresent());
        String asked = robot.lookup("#unsaved-work").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(asked.contains("Agreement: a new row typed, not saved"), asked);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Cancel keeps the window");
        assertEquals("Gomel Oblast", window.viewModel().screen(DataViewModel.class).rowForm().values().get("by_region"));

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Q)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-work").tryQuery().isPresent());
        robot.clickOn("Close without saving");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    private static void typeInField(FxRobot robot, String query, String text) {
        focusField(robot, query);
        robot.clickOn(query).write(text);
    }

    private static void focusField(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEditionFigureAddedThroughItsFormFillsTheGapInTheChart(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-data");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).pageProperty().get() != null);
        robot.interact(() -> robot.lookup("#data-tables").queryListView().getSelectionModel()
                .select("edition_figure"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#form-metric").tryQuery().isPresent());
        assertEquals("Edition figure", robot.lookup("#form-heading").queryAs(Label.class).getText());
        typeInField(robot, "#form-edition", "13");
        chooseIn(robot, "#form-metric", "Agreements", "agreements");
        typeInField(robot, "#form-value", "25");
        chooseIn(robot, "#form-unit", "count", "count");
        chooseIn(robot, "#form-status", "Expected (announced)", "expected");
        typeInField(robot, "#form-source", "S63");
        robot.clickOn("#form-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).statusProperty().get()
                .startsWith("Row added."));

        openScreen(robot, "#nav-editions");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().screen(EditionsViewModel.class).busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        SourcedBarChart chart = robot.lookup("#agreements-chart").queryAs(SourcedBarChart.class);
        assertEquals(7 + 1, robot.from(chart).lookup(".chart-bar.expected").queryAll().size());
        List<String> markedNoData = robot.from(chart).lookup(".no-data-mark").queryAll().stream()
                .filter(Node::isVisible).map(node -> (String) node.getUserData()).toList();
        assertEquals(List.of("I\n2014", "VIII\n2021"), markedNoData);
    }

    @Test
    void clickingAColumnHeadingSortsTheWholeTableInTheDatabase(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-data");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).pageProperty().get() != null);
        robot.clickOn(robot.lookup(".column-header .label").match((Node node) -> node instanceof Label label
                && label.getText().equals("Year")).<Node>query());
        robot.clickOn(robot.lookup(".column-header .label").match((Node node) -> node instanceof Label label
                && label.getText().equals("Year")).<Node>query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().screen(DataViewModel.class).orderProperty().get().descending() && !window.viewModel().screen(DataViewModel.class)
                        .busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new org.unionregions.store.TableBrowser.Order("year", true),
                window.viewModel().screen(DataViewModel.class).orderProperty().get());
        javafx.scene.control.TableView<?> table = robot.lookup("#data-table").queryTableView();
        // the latest year of the bundled facts: Minsk Oblast and Tatarstan's plan for 2026
        assertTrue(table.getItems().get(0).toString().contains(", 2026,"), table.getItems().get(0).toString());
    }

    @Test
    void deleteRemovesTheRowChosenInTheTableOnScreenNotOneChosenBeforeASwitch(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-data");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).pageProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(firstRow(robot));
        assertFalse(robot.lookup("#data-delete").queryButton().isDisabled(), "a chosen agreement can be deleted");

        robot.interact(() -> robot.lookup("#data-tables").queryListView().getSelectionModel().select("trade_figure"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).pageProperty().get()
                .columns().contains("basis") && WaitForAsyncUtils.asyncFx(
                        org.unionregions.ui.common.FrameByFrame::allAdded).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#data-delete").queryButton().isDisabled(),
                "the agreement chosen before the switch is not deleted from trade figures");
        javafx.scene.control.TableView<?> trade = robot.lookup("#data-table").queryTableView();
        int before = trade.getItems().size();
        Object chosen = trade.getItems().get(0);
        robot.clickOn(firstRow(robot));
        robot.clickOn("#data-delete");
        String question = answerDelete(robot, "Keep it");
        assertTrue(question.startsWith("Delete row 1 of Trade turnover?"), question);
        assertEquals(before, robot.lookup("#data-table").queryTableView().getItems().size(), "kept");

        robot.clickOn("#data-delete");
        answerDelete(robot, "Delete");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).statusProperty().get()
                .startsWith("Row ") && !window.viewModel().screen(DataViewModel.class).busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> after = robot.lookup("#data-table").queryTableView();
        assertEquals(before - 1, after.getItems().size());
        assertFalse(after.getItems().contains(chosen), chosen + " is still shown");

        robot.clickOn("#data-tables"); // away from any text field: Ctrl+Z is the window's
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).statusProperty().get()
                .startsWith("Undone: the deletion of row 1 of Trade turnover.")
                && !window.viewModel().screen(DataViewModel.class).busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, robot.lookup("#data-table").queryTableView().getItems().size(), "back after Ctrl+Z");
        assertFalse(robot.lookup("#data-redo").queryButton().isDisabled(), "and it can be done again");
    }

    /** Answers the delete question with the button named; returns the question asked. */
    private static String answerDelete(FxRobot robot, String answer) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane dialog = robot.lookup("#delete-confirmation")
                .queryAs(javafx.scene.control.DialogPane.class);
        String question = dialog.getContentText();
        robot.clickOn(robot.from(dialog).lookup(".button").match((Node node) -> node instanceof
                javafx.scene.control.Button button && answer.equals(button.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        return question;
    }

    private static Node firstRow(FxRobot robot) {
        return robot.lookup("#data-table .table-row-cell").match((Node node) -> node instanceof
                javafx.scene.control.TableRow<?> row && row.getIndex() == 0 && !row.isEmpty()).query();
    }

    /** Picks a value in a choice box the way a user does: open it, click the item it shows. */
    private static void chooseIn(FxRobot robot, String query, String item, String value) {
        focusField(robot, query);
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".list-cell").match((Node node) -> node instanceof javafx.scene.control.ListCell<?> c
                && item.equals(c.getText()) && c.isVisible()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(value, robot.lookup(query).queryComboBox().getValue());
    }

    @Test
    void theThemeSwitchesToDarkAndIsRemembered(FxRobot robot) throws Exception {
        waitUntilLoaded();
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"),
                Application.getUserAgentStylesheet());
        assertTrue(Files.readString(dir.resolve("settings.properties")).contains("theme=dark"));
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
    }

    @Test
    void theMatrixLabelsTakeTheNewThemesColourAtOnceAndMoneyFitsItsCells(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-matrix");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty());
        org.unionregions.ui.matrix.MatrixCanvas canvas = robot.lookup("#matrix-grid").queryAs(
                org.unionregions.ui.matrix.MatrixCanvas.class);
        Label heading = robot.lookup(".screen-title").queryAs(Label.class);
        javafx.scene.paint.Paint light = canvas.drawnWith();
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(heading.getTextFill(), canvas.drawnWith(), "the labels drawn in the dark theme's text colour");
        assertTrue(!light.equals(canvas.drawnWith()), "not the light theme's");
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(light, canvas.drawnWith());

        robot.interact(() -> window.viewModel().screen(MatrixViewModel.class).metricProperty().set(window.viewModel().screen(MatrixViewModel.class).metrics()
                .stream().filter(m -> m.metric() == org.unionregions.model.PairMetric.TRADE && "USD".equals(
                        m.currency())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas.model().cells().values().stream()
                .anyMatch(cell -> cell.value() > 1_000_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.model().cells().values().stream().allMatch(cell -> canvas.printsInCell(cell.text())),
                "every trade value printed in its cell: " + canvas.model().cells().values().stream()
                        .map(cell -> cell.text()).toList() + " in cells " + canvas.cellWidth() + " wide");
    }

    @Test
    void anotherLanguageKeepsTheScreenAndTheMatrixChoices(FxRobot robot) throws Exception {
        waitUntilLoaded();
        openScreen(robot, "#nav-matrix");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty());
        robot.interact(() -> {
            window.viewModel().screen(MatrixViewModel.class).scaleProperty().set(org.unionregions.ui.common.ColourScale.LOGARITHMIC);
            window.viewModel().screen(MatrixViewModel.class).rowOrderProperty().set(org.unionregions.ui.matrix.MatrixViewModel.Order.TOTAL);
            window.viewModel().screen(MatrixViewModel.class).fromEditionProperty().set(window.viewModel().screen(MatrixViewModel.class).editions().get(4));
        });
        javafx.scene.control.ChoiceBox<?> language = robot.lookup("#language")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> ((javafx.scene.control.ChoiceBox<String>) language).setValue("be"));
        waitUntilLoaded();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().screen(MatrixViewModel.class).fromEditionProperty().get() != null);
        assertEquals(MatrixScreen.ID, window.viewModel().screenProperty().get());
        assertEquals("Пары рэгіёнаў", robot.lookup("#nav-matrix").queryAs(Labeled.class).getText());
        assertEquals(org.unionregions.ui.common.ColourScale.LOGARITHMIC,
                window.viewModel().screen(MatrixViewModel.class).scaleProperty().get());
        assertEquals(org.unionregions.ui.matrix.MatrixViewModel.Order.TOTAL,
                window.viewModel().screen(MatrixViewModel.class).rowOrderProperty().get());
        assertEquals(5, window.viewModel().screen(MatrixViewModel.class).fromEditionProperty().get().number());
        assertEquals("V 2018 – XIII 2026", robot.lookup("#matrix-edition-range").queryAs(Label.class).getText());
    }

    @Test
    void aDeckIsExportedWithProgressAndANoticeNamingTheFileWithAWayToItsFolder(FxRobot robot) throws Exception {
        waitUntilLoaded();
        Path file = dir.resolve("deck.pdf");
        var deck = window.viewModel().presentation();
        robot.interact(() -> deck.exportDeck(org.unionregions.ui.present.PresentationViewModel.DeckFormat.PDF, file,
                org.unionregions.ui.present.SlideRenderer.drawer(deck, new org.unionregions.ui.common.FigureFormat(
                        org.unionregions.i18n.Messages.forLanguage("en")), Application.getUserAgentStylesheet(), false,
                        ScreenCatalogue.slideArt())));
        assertTrue(robot.lookup("#export-progress").query().isVisible(), "the progress shows while it works");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> file.equals(deck.savedFileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(file) > 10_000);
        assertFalse(robot.lookup("#export-progress").query().isVisible());
        Node notice = robot.lookup(".notification-bar").query();
        String texts = robot.from(notice).lookup(".label").queryAll().stream().map(node -> ((Label) node).getText())
                .collect(Collectors.joining(" | "));
        assertTrue(texts.contains("Slides saved to " + file), texts);
        assertTrue(robot.from(notice).lookup(".button").queryAll().stream().anyMatch(node ->
                "Open folder".equals(((javafx.scene.control.Button) node).getText())), "with a way to the folder");
    }

    @Test
    void aDialogInTheRussianWindowNamesItsButtonsInRussian(FxRobot robot) throws Exception {
        waitUntilLoaded();
        javafx.scene.control.ChoiceBox<?> language = robot.lookup("#language")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> ((javafx.scene.control.ChoiceBox<String>) language).setValue("ru"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane help = robot.lookup("#help-dialog").queryAs(javafx.scene.control.DialogPane.class);
        String button = ((javafx.scene.control.Button) help.lookupButton(javafx.scene.control.ButtonType.CLOSE)).getText();
        robot.interact(() -> ((javafx.stage.Stage) help.getScene().getWindow()).close());
        assertEquals("Закрыть", button, "not JavaFX's English 'Close'");
    }

    @Test
    void theKeyboardsPlaceInTheToolBarIsDrawnAroundTheButton(FxRobot robot) throws Exception {
        waitUntilLoaded();
        javafx.scene.control.ToggleButton overview = robot.lookup("#nav-overview").queryAs(
                javafx.scene.control.ToggleButton.class);
        javafx.scene.control.ToggleButton editions = robot.lookup("#nav-editions").queryAs(
                javafx.scene.control.ToggleButton.class);
        java.awt.image.BufferedImage before = around(robot, editions);
        robot.interact(overview::requestFocus);
        robot.type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editions.isFocused(), "Tab moved to the next screen's button");
        java.awt.image.BufferedImage focused = around(robot, editions);
        javax.imageio.ImageIO.write(focused, "png", java.nio.file.Path.of("target", "screenshots", "toolbar-focused.png")
                .toFile());
        int changed = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (before.getRGB(x, y) != focused.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        // a ring 2 px wide all round (the theme's own 1 px line changed about 300 of these pixels)
        assertTrue(changed > 3 * (before.getWidth() + before.getHeight()), changed + " pixels mark the focus");
    }

    /** The button and 4 px around it, as drawn. */
    private java.awt.image.BufferedImage around(FxRobot robot, javafx.scene.Node node) {
        java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage> picture =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
            javafx.scene.image.WritableImage whole = window.scene().snapshot(null);
            java.awt.image.BufferedImage image = javafx.embed.swing.SwingFXUtils.fromFXImage(whole, null);
            picture.set(image.getSubimage((int) bounds.getMinX() - 4, (int) Math.max(0, bounds.getMinY() - 4),
                    (int) bounds.getWidth() + 8, (int) bounds.getHeight() + 8));
        });
        return picture.get();
    }

    @Test
    void f1ListsTheKeysAndAboutNamesTheDatabaseOpen(FxRobot robot) throws Exception {
        waitUntilLoaded();
        robot.clickOn("#nav-overview");
        robot.type(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane help = robot.lookup("#help-dialog").queryAs(javafx.scene.control.DialogPane.class);
        String keys = ((javafx.scene.control.TextArea) help.getContent()).getText();
        assertTrue(keys.contains("Ctrl+Z") && keys.contains("F5") && keys.contains("Ctrl+1"), keys);
        robot.interact(() -> ((javafx.stage.Stage) help.getScene().getWindow()).close());
        robot.clickOn("#main-menu").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane about = robot.lookup("#about-dialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        String text = ((javafx.scene.control.TextArea) about.getContent()).getText();
        assertTrue(text.contains(dir.resolve("window.db").toAbsolutePath().toString()), text);
        assertTrue(text.contains("Apache License 2.0"), text);
        robot.interact(() -> ((javafx.stage.Stage) about.getScene().getWindow()).close());
        assertEquals(dir.resolve("window.db").toAbsolutePath().toString(),
                window.viewModel().recentDatabases().get(0), "the database open is the first of the recent ones");
    }

    @Test
    void aViewSavedFromTheMenuIsListedThereAndOpensItsScreenAsSaved(FxRobot robot) throws Exception {
        waitUntilLoaded();
        robot.interact(() -> window.viewModel().open(ProfileScreen.ID, java.util.Map.of("region", "BY-VI")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(ProfileViewModel.class).profileProperty().get()
                != null);
        robot.clickOn("#main-menu").clickOn("#menu-save-view");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#view-name-dialog .text-field").queryAs(javafx.scene.control.TextField.class));
        robot.write("Vitebsk for the meeting").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().views().views().isEmpty());
        assertEquals("Vitebsk for the meeting", window.viewModel().views().views().get(0).name());
        assertEquals("View “Vitebsk for the meeting” saved.",
                robot.lookup("#status-message").queryAs(Label.class).getText());

        openScreen(robot, "#nav-data");
        robot.clickOn("#main-menu").clickOn("#menu-views").clickOn("Vitebsk for the meeting");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> ProfileScreen.ID.equals(window.viewModel().screenProperty().get()));
        assertEquals("BY-VI", window.viewModel().screen(ProfileViewModel.class).profileProperty().get().region().code());
    }

    @Test
    void aDeckComposedOfSavedViewsIsSavedAndPresentedInItsOrder(FxRobot robot) throws Exception {
        waitUntilLoaded();
        robot.interact(() -> window.viewModel().open(ProfileScreen.ID, java.util.Map.of("region", "BY-VI")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().screen(ProfileViewModel.class).profileProperty().get()
                != null);
        robot.interact(() -> window.viewModel().views().saveCurrent("Vitebsk", false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().views().views().size() == 1);
        robot.clickOn(robot.lookup("#present .arrow-button").queryAs(javafx.scene.Node.class));
        robot.clickOn("#present-compose");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> choices = robot.lookup("#deck-choices").queryListView();
        assertEquals(2, choices.getItems().size(), "the standard slides and the saved view");
        robot.interact(() -> choices.getSelectionModel().select(1));
        robot.clickOn("#deck-add");
        robot.interact(() -> choices.getSelectionModel().select(0));
        robot.clickOn("#deck-add");
        robot.clickOn(robot.lookup("#deck-name").queryAs(javafx.scene.control.ComboBox.class).getEditor())
                .write("Meeting");
        robot.clickOn("#deck-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().decks().decks().contains("Meeting"));
        assertEquals(List.of("view:Vitebsk", "standard"), window.viewModel().decks().entries().stream()
                .map(org.unionregions.store.DeckRepository.Entry::content).toList());
        // what Present shows (its full-screen window is left out: on Monocle it leaves the screen unusable)
        java.util.concurrent.atomic.AtomicReference<List<org.unionregions.ui.present.Slide>> composed =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> window.viewModel().decks().compose(composed::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> composed.get() != null);
        assertEquals(8, composed.get().size(), "the view's slide, then the seven");
        assertTrue(composed.get().get(0).title().contains("Vitebsk"), composed.get().get(0).title());
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w instanceof javafx.stage.Stage stage
                && stage.getScene().getRoot().lookup("#deck-dialog") != null).findFirst()
                .ifPresent(javafx.stage.Window::hide));
    }

    @Test
    void choosingRussianRebuildsTheWindowInRussian(FxRobot robot) throws Exception {
        waitUntilLoaded();
        javafx.scene.control.ChoiceBox<?> language = robot.lookup("#language")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> ((javafx.scene.control.ChoiceBox<String>) language).setValue("ru"));
        waitUntilLoaded();
        assertEquals("Обзор", robot.lookup("#nav-overview").queryAs(Labeled.class).getText());
        String agreements = tileText(robot, "agreements");
        assertTrue(agreements.contains("около 250"), agreements);
        assertTrue(Files.readString(dir.resolve("settings.properties")).contains("language=ru"));
    }
}

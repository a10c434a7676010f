package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.unionregions.TeamDatabase;
import org.unionregions.TestData;
import org.unionregions.model.Tables;
import org.unionregions.store.ChangeHistory;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.ServerAddress;
import org.unionregions.ui.data.DataScreen;
import org.unionregions.ui.data.DataViewModel;

/** The window on a team database: what an editor and a viewer see, and a colleague's change arriving. */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {

    @TempDir
    Path dir;
    private TestWindow testWindow;

    @AfterEach
    void close() throws Exception {
        if (testWindow != null) {
            testWindow.close();
        }
    }

    private MainWindow open(FxRobot robot, ServerAddress user) throws Exception {
        robot.interact(() -> {
            testWindow = new TestWindow(new Stage(), dir, new DataStore(user, null, Database.Mode.WRITE));
            testWindow.window.show();
        });
        testWindow.waitUntilLoaded();
        return testWindow.window;
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-database").queryAs(Label.class).getText();
    }

    @Test
    void tryingAgainAfterTheServerCouldNotBeReachedTakesTheKeyringsPasswordFirst(FxRobot robot) throws Exception {
        int closedPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            closedPort = free.getLocalPort(); // nothing listens there once it is closed
        }
        ServerAddress away = ServerAddress.parse("postgresql://anna@localhost:" + closedPort + "/registry?sslmode=disable");
        AtomicInteger asked = new AtomicInteger();
        PasswordKeyring counting = new PasswordKeyring() {
            @Override
            public Optional<char[]> find(ServerAddress server) {
                asked.incrementAndGet();
                return Optional.empty();
            }

            @Override
            public boolean save(ServerAddress server, char[] password) {
                return false;
            }
        };
        robot.interact(() -> {
            testWindow = new TestWindow(new Stage(), dir, new DataStore(away, null, Database.Mode.WRITE));
            testWindow.window.useKeyring(counting);
            testWindow.window.show();
        });
        String tryAgain = testWindow.window.messages().get("connect.retry");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(tryAgain).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // the long "cannot be reached" beside it in the status bar does not cut the database's name
        Label database = robot.lookup("#status-database").queryAs(Label.class);
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().contains("cannot be reached"));
        assertEquals(database.getText(), ((Text) database.lookup(".text")).getText());
        assertEquals(0, asked.get());
        robot.clickOn(tryAgain);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> asked.get() == 1); // not straight to no password
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(tryAgain).tryQuery().isPresent());
        robot.interact(() -> ((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(ButtonType.CLOSE)).fire());
    }

    @Test
    void aChangeAColleagueCommitsShowsInTheWindowWithItsHistoryEntry(FxRobot robot) throws Exception {
        TeamDatabase team = TeamDatabase.setUp("window");
        MainWindow window = open(robot, team.editor());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).contains("you may edit"));
        assertTrue(status(robot).contains(team.name()), status(robot));
        robot.interact(() -> window.viewModel().screenProperty().set(DataScreen.ID));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().screen(DataViewModel.class).pageProperty().get() != null);
        int before = window.viewModel().screen(DataViewModel.class).pageProperty().get().matching();

        ServerAddress colleague = team.editor();
        try (DataStore theirs = new DataStore(colleague, null, Database.Mode.WRITE)) {
            theirs.history().insert(Tables.REGION_FACT, TestData.fact("BY-VI", "RU-SMO", 2026, "agreement",
                    "signed by a colleague", null, null, "S54"));
            long committed = System.nanoTime();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> window.viewModel().screen(DataViewModel.class).pageProperty().get().matching() == before + 1);
            long shownMillis = (System.nanoTime() - committed) / 1_000_000;
            assertTrue(shownMillis < 5_000, shownMillis + " ms");
            ChangeHistory.Change latest = testWindow.store.changes().changes(ChangeHistory.Filter.ALL).get(0);
            assertEquals(colleague.user(), latest.madeBy());
            assertEquals("insert", latest.action());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Updated: a colleague saved a change",
                robot.lookup("#status-message").queryAs(Label.class).getText());

        // the History panel lists it first, with who and the row's values
        robot.clickOn("#data-history");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().screen(DataViewModel.class).history().changes().isEmpty());
        robot.interact(() -> robot.lookup("#history-changes").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().screen(DataViewModel.class).history().rows().isEmpty());
        HistoryLine first = new HistoryLine(window.viewModel().screen(DataViewModel.class).history().rows().get(0));
        assertEquals(colleague.user(), first.line.who());
        assertTrue(first.line.columns().contains("Title: signed by a colleague"), first.line.columns().toString());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Scene panel = robot.lookup("#history-panel").query().getScene();
        ScreenshotTest.write(robot, panel, dir.getParent().resolve("team-history.png"));
    }

    private record HistoryLine(org.unionregions.ui.data.HistoryViewModel.RowLine line) {
    }

    @Test
    void aViewerSeesTheDataWithEditingAndImportTurnedOffAndWhy(FxRobot robot) throws Exception {
        TeamDatabase team = TeamDatabase.setUp("viewerwindow");
        MainWindow window = open(robot, team.viewer());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).contains("read only (viewer)"));
        robot.interact(() -> window.viewModel().screenProperty().set(DataScreen.ID));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#data-import").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#data-import").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#form-save").queryAs(Button.class).isDisabled());
        Label why = robot.lookup("#data-read-only").queryAs(Label.class);
        assertTrue(why.isVisible());
        assertTrue(why.getText().contains("viewer") && why.getText().contains("union_regions_editor"), why.getText());
        ScreenshotTest.write(robot, window.scene(), dir.getParent().resolve("team-viewer-data.png"));
    }
}

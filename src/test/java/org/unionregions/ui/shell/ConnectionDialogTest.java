package org.unionregions.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unionregions.PostgresServer;
import org.unionregions.TeamDatabase;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.AsyncRunner;

/** "Connect to a team database…": the fields make an address, Test connection says what it found. */
@ExtendWith(ApplicationExtension.class)
class ConnectionDialogTest {

    @TempDir
    Path dir;
    private ConnectionViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        viewModel = new ConnectionViewModel(new AsyncRunner(Executors.newSingleThreadExecutor(), Platform::runLater),
                Messages.forLanguage("en"));
        scene = new Scene(ConnectionDialog.content(stage, Messages.forLanguage("en"), viewModel,
                List.of("postgresql://anna@registry.example.by/union_regions")), 640, 620);
        scene.getStylesheets().add(org.unionregions.ui.common.Themes.appStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFieldsMakeAVerifiedAddressAndTestConnectionSaysTheRoleAndSchema(FxRobot robot) throws Exception {
        TeamDatabase team = TeamDatabase.setUp("dialog");
        String user = team.editor().user();
        robot.clickOn("#connect-host").write("localhost");
        robot.interact(() -> robot.lookup("#connect-port").queryAs(TextField.class).setText(String.valueOf(PostgresServer.port())));
        robot.clickOn("#connect-database").write(team.name());
        robot.interact(() -> robot.lookup("#connect-user").queryAs(TextField.class).setText(user));
        assertEquals("verify-full", viewModel.address().sslMode(), "TLS is verified unless the user says otherwise");
        robot.clickOn("#connect-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.testingProperty().get());
        String refused = robot.lookup("#connect-result").queryAs(Label.class).getText();
        assertTrue(refused.contains("certificate") || refused.contains("TLS") || refused.contains("SSL"),
                "the test server has no TLS: verify-full refuses it: " + refused);

        robot.interact(() -> viewModel.tlsModeProperty().set("disable"));
        robot.clickOn("#connect-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.succeededProperty().get());
        String found = robot.lookup("#connect-result").queryAs(Label.class).getText();
        assertTrue(found.startsWith("Connected: PostgreSQL 17"), found);
        assertTrue(found.contains("your role: union_regions_editor; schema version " + org.unionregions.store.Database.LATEST_SCHEMA_VERSION), found);
        org.unionregions.app.ScreenshotAccess.write(robot, scene, dir.getParent().resolve("connect-dialog.png"));
    }

    @Test
    void aPastedAddressWithAPasswordIsRefusedSayingWhy(FxRobot robot) {
        robot.interact(() -> viewModel.urlProperty().set("postgresql://anna:secret@registry.example.by/union_regions"));
        robot.clickOn("#connect-test");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#connect-result").queryAs(Label.class).getText().contains("password"));
        assertTrue(robot.lookup("#connect-host").queryAs(TextField.class).isDisabled(), "the parts give way to the pasted address");
    }
}

package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unionregions.TempStore;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Tables;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.Themes;
import org.unionregions.ui.data.HistoryViewModel;
import org.unionregions.ui.shell.ConnectionViewModel;

/** The connection dialog and the History panel in Russian, Belarusian and English: no label cut short. */
@ExtendWith(ApplicationExtension.class)
class TeamScreensInEveryLanguageTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 980, 720));
        stage.getScene().getStylesheets().add(Themes.appStylesheet());
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        Themes.apply(false);
    }

    /** Every label whose text is shown shortened ("…") though its whole text is different. */
    private static List<String> cutLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".label, .button, .check-box")) {
            if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                    && !labeled.getText().isEmpty()) {
                for (Node text : labeled.lookupAll(".text")) {
                    if (text instanceof javafx.scene.text.Text shown && !shown.getText().equals(labeled.getText())
                            && shown.getText().endsWith("…")) {
                        cut.add(labeled.getText());
                    }
                }
            }
        }
        return cut;
    }

    @Test
    void theConnectionDialogAndTheHistoryPanelFitInEveryLanguage(FxRobot robot) throws Exception {
        temp.store().history().insert(Tables.SOURCE, new HashMap<>(Map.of("id", "L1", "publisher", "Минский облисполком")));
        temp.store().history().update(Tables.SOURCE, "L1",
                new HashMap<>(Map.of("id", "L1", "publisher", "Минский горисполком")), 1);
        for (String theme : List.of("light", "dark")) {
            robot.interact(() -> Themes.apply(theme.equals("dark")));
            for (String language : List.of("ru", "be", "en")) {
                Messages messages = Messages.forLanguage(language);
                ConnectionViewModel connection = new ConnectionViewModel(AsyncRunner.direct(), messages);
                robot.interact(() -> stage.getScene().setRoot(new StackPane(
                        org.unionregions.ui.shell.ConnectionDialogAccess.content(stage, messages, connection))));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> stage.getScene().getRoot().applyCss());
                assertEquals(List.of(), cutLabels(stage.getScene().getRoot()), language);
                ScreenshotTest.write(robot, stage.getScene(),
                        ScreenshotTest.OUT.resolve("team/connect-" + language + "-" + theme + ".png"));

                HistoryViewModel history = new HistoryViewModel(temp.store(), AsyncRunner.direct(), messages);
                history.load();
                history.showChange(history.changes().get(0));
                robot.interact(() -> stage.getScene().setRoot(new StackPane(
                        org.unionregions.ui.data.HistoryViewAccess.content(messages, history))));
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !history.rows().isEmpty());
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(List.of(), cutLabels(stage.getScene().getRoot()), language);
                ScreenshotTest.write(robot, stage.getScene(),
                        ScreenshotTest.OUT.resolve("team/history-" + language + "-" + theme + ".png"));
            }
        }
    }
}

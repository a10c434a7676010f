package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every control a user can reach on every screen (and every node a click acts on: a chart's bar, a
 * chip) has a name a screen reader says: its own text, an accessible text, a label that names it, or a
 * prompt. An icon-only button or an unlabelled field is a control a blind official cannot find.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {

    @TempDir
    Path dir;
    private TestWindow testWindow;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "language=ru\n");
        testWindow = new TestWindow(stage, dir, "names.db");
        stage.setWidth(1440);
        stage.setHeight(900);
        testWindow.window.show();
    }

    @AfterEach
    void close() throws Exception {
        testWindow.close();
    }

    @Test
    void everyControlOfEveryScreenHasANameAScreenReaderSays(FxRobot robot) throws Exception {
        List<String> unnamed = new ArrayList<>();
        testWindow.showEachScreen(robot, screen -> {
            Parent root = testWindow.window.scene().getRoot();
            Set<Node> labelled = new HashSet<>();
            root.lookupAll(".label").forEach(node -> {
                if (node instanceof javafx.scene.control.Label label && label.getLabelFor() != null) {
                    labelled.add(label.getLabelFor());
                }
            });
            collect(root, labelled, screen.id(), unnamed);
        });
        Files.write(Path.of("target", "unnamed-controls.txt"), unnamed);
        assertEquals(List.of(), unnamed);
    }

    private static void collect(Node node, Set<Node> labelled, String screen, List<String> unnamed) {
        if (!node.isVisible()) {
            return;
        }
        if (interactive(node) && !named(node, labelled)) {
            unnamed.add(screen + ": " + node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId())
                    + " " + node.getStyleClass());
        }
        if (node instanceof Parent parent && !(node instanceof TableView<?>) && !(node instanceof ListView<?>)
                && !(node instanceof ComboBoxBase<?>) && !(node instanceof Spinner<?>)) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, labelled, screen, unnamed));
        }
    }

    private static boolean interactive(Node node) {
        return node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof TextInputControl || node instanceof ListView<?> || node instanceof TableView<?>
                || node instanceof Slider || node instanceof Spinner<?>
                || node.getOnMouseClicked() != null // a chart's bar, a chip, a tile that opens something
                || node.isFocusTraversable() && !(node instanceof javafx.scene.control.ScrollPane)
                && !(node instanceof javafx.scene.control.SplitPane) && !(node instanceof javafx.scene.control.TabPane);
    }

    private static boolean named(Node node, Set<Node> labelled) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return true;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return true;
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null && !input.getPromptText().isBlank()) {
            return true;
        }
        for (Node up = node; up != null; up = up.getParent()) {
            if (labelled.contains(up)) {
                return true;
            }
        }
        return false;
    }
}

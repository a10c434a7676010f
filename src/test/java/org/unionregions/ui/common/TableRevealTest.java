package org.unionregions.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A table's rows are made a few a frame, it ends filling its room, and what is below never moves. */
@ExtendWith(ApplicationExtension.class)
class TableRevealTest {

    private static final int COLUMNS = 12;

    private VBox window;
    private Label below;
    private TableReveal reveal;
    private final List<Integer> cellsEachFrame = new ArrayList<>();
    private final List<Double> belowEachFrame = new ArrayList<>();

    @Start
    void start(Stage stage) {
        window = new VBox();
        below = new Label("status line below the table");
        reveal = new TableReveal();
        VBox.setVgrow(reveal.room(), Priority.ALWAYS);
        window.getChildren().addAll(reveal.room(), below);
        Scene scene = new Scene(window, 900, 700);
        scene.addPostLayoutPulseListener(() -> {
            cellsEachFrame.add(window.lookupAll(".table-cell").size());
            belowEachFrame.add(below.getLayoutY());
        });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aTableOfManyColumnsMakesItsCellsAFewRowsAFrameAndEndsFillingItsRoom(FxRobot robot) throws Exception {
        TableView<List<String>> table = WaitForAsyncUtils.asyncFx(() -> table()).get();
        robot.interact(() -> reveal.show(table)); // empty: only its placeholder
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            cellsEachFrame.clear();
            belowEachFrame.clear();
            table.getItems().setAll(rows(200));
            reveal.reveal();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(FrameByFrame::allAdded).get());
        WaitForAsyncUtils.waitForFxEvents();

        int rowsFilled = (int) (reveal.room().getHeight() / table.getFixedCellSize()) - 1;
        int most = 0;
        for (int i = 1; i < cellsEachFrame.size(); i++) {
            most = Math.max(most, cellsEachFrame.get(i) - cellsEachFrame.get(i - 1));
        }
        assertTrue(cellsEachFrame.get(0) <= TableReveal.CELLS_PER_FRAME + COLUMNS && most <= TableReveal.CELLS_PER_FRAME
                + COLUMNS, "cells made in one frame: " + cellsEachFrame);
        assertTrue(cellsEachFrame.get(cellsEachFrame.size() - 1) >= rowsFilled * COLUMNS,
                "the table fills its room in the end: " + cellsEachFrame);
        assertEquals(reveal.room().getHeight(), table.getHeight(), 0.5);
        assertEquals(1, belowEachFrame.stream().distinct().count(), "the line below moved: " + belowEachFrame);
    }

    @Test
    void aTableInASceneNotShownIsWholeAtOnce(FxRobot robot) {
        robot.interact(() -> {
            TableReveal unseen = new TableReveal();
            TableView<List<String>> table = table();
            table.getItems().setAll(rows(200));
            new Scene(unseen.room(), 900, 700); // a picture for a slide, say: no frame will come
            unseen.show(table);
            unseen.reveal();
            assertEquals(Double.MAX_VALUE, table.getMaxHeight());
        });
    }

    private static TableView<List<String>> table() {
        TableView<List<String>> table = new TableView<>();
        table.setFixedCellSize(30);
        for (int c = 0; c < COLUMNS; c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>("column " + c);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(index)));
            table.getColumns().add(column);
        }
        return table;
    }

    private static List<List<String>> rows(int count) {
        return IntStream.range(0, count)
                .mapToObj(r -> IntStream.range(0, COLUMNS).mapToObj(c -> r + "/" + c).toList()).toList();
    }
}

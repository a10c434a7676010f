package org.unionregions.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import java.util.function.Function;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.BarChartModel.DataRow;

/**
 * "Show the data behind it": every figure a chart stands on, each variant with the source's words
 * and the source, the one drawn marked; exportable as CSV for a spreadsheet.
 */
public final class ChartDataDialog {

    private ChartDataDialog() {
    }

    public static Dialog<Void> of(Window owner, BarChartModel chart, Messages messages, Consumer<Path> export) {
        TableView<DataRow> table = new TableView<>();
        table.setId("chart-data");
        table.getItems().setAll(chart.data());
        table.getColumns().add(column(messages.get("chart.data.where"), DataRow::category, 110));
        table.getColumns().add(column(messages.get("chart.data.series"), DataRow::series, 150));
        table.getColumns().add(column(messages.get("chart.data.worded"), DataRow::worded, 170));
        table.getColumns().add(column(messages.get("chart.data.asStated"), DataRow::asStated, 300));
        table.getColumns().add(column(messages.get("chart.data.source"), DataRow::source, 280));
        table.getColumns().add(column(messages.get("chart.data.drawn"),
                row -> row.drawn() ? messages.get("chart.data.yes") : "", 90));
        table.setPrefSize(1120, 460);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label(messages.get("chart.data.note"));
        note.setWrapText(true);
        note.getStyleClass().add("screen-note");
        Button exportButton = new Button(messages.get("chart.data.export"));
        exportButton.setId("chart-data-export");
        exportButton.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("chart.data.export"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            chooser.setInitialFileName(chart.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".csv");
            File file = chooser.showSaveDialog(exportButton.getScene().getWindow());
            if (file != null) {
                export.accept(file.toPath());
            }
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.format("chart.data.title", chart.title()));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(10, note, table, exportButton));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("chart-data-dialog");
        dialog.getDialogPane().setPrefSize(1160, 640); // the source's words and the source need the room
        Dialogs.fitToContentWhenShown(dialog);
        return dialog;
    }

    private static TableColumn<DataRow, String> column(String heading, Function<DataRow, String> text, double width) {
        TableColumn<DataRow, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

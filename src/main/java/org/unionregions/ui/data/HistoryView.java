package org.unionregions.ui.data;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.unionregions.i18n.Messages;
import org.unionregions.store.ChangeHistory;

/** The History panel ({@link HistoryViewModel}): the changes above, the rows of the one chosen below. */
public final class HistoryView {

    private HistoryView() {
    }

    /** Opens the panel beside the window (not modal: the data stays usable). */
    public static Dialog<Void> show(Window owner, Messages messages, HistoryViewModel viewModel) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.get("history.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content(messages, viewModel));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(980, 720);
        org.unionregions.ui.common.Dialogs.fitToContentWhenShown(dialog);
        dialog.show();
        return dialog;
    }

    static VBox content(Messages messages, HistoryViewModel viewModel) {
        ChoiceBox<String> table = new ChoiceBox<>();
        table.setId("history-table");
        table.getItems().setAll(viewModel.tables());
        table.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return viewModel.tableChoiceLabel(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        table.valueProperty().bindBidirectional(viewModel.tableProperty());
        ComboBox<String> person = new ComboBox<>(viewModel.people());
        person.setId("history-person");
        person.setEditable(true);
        person.setPromptText(messages.get("history.anyone"));
        person.valueProperty().bindBidirectional(viewModel.personProperty());
        DatePicker from = new DatePicker();
        from.setId("history-from");
        from.setPromptText(messages.get("history.from"));
        from.valueProperty().bindBidirectional(viewModel.fromDayProperty());
        DatePicker to = new DatePicker();
        to.setId("history-to");
        to.setPromptText(messages.get("history.to"));
        to.valueProperty().bindBidirectional(viewModel.toDayProperty());
        Label show = new Label(messages.get("history.filter"));
        show.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox filters = new HBox(8, show, table, person, from, to);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<ChangeHistory.Change> changes = new TableView<>(viewModel.changes());
        changes.setId("history-changes");
        changes.setPlaceholder(new Label(messages.get("history.none")));
        changes.getColumns().add(column(messages.get("history.when"), 170,
                change -> HistoryViewModel.when(change.madeAt())));
        changes.getColumns().add(column(messages.get("history.who"), 150, ChangeHistory.Change::madeBy));
        TableColumn<ChangeHistory.Change, String> what = column(messages.get("history.what"), 600, viewModel::describe);
        changes.getColumns().add(what);
        changes.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.showChange(now));
        VBox.setVgrow(changes, Priority.ALWAYS);

        Label rowsHeading = new Label();
        rowsHeading.setId("history-rows-heading");
        rowsHeading.setWrapText(true);
        rowsHeading.textProperty().bind(viewModel.rowsHeadingProperty());
        ListView<HistoryViewModel.RowLine> rows = new ListView<>(viewModel.rows());
        rows.setId("history-rows");
        rows.getStyleClass().add("history-rows"); // cells as tall as their lines (app.css)
        rows.setPrefHeight(240);
        rows.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryViewModel.RowLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                } else {
                    setText(line.when() + "  " + line.who() + "  " + line.action() + " · " + line.table() + " "
                            + line.key() + (line.columns().isEmpty() ? "" : "\n    " + String.join("\n    ",
                            line.columns())));
                }
            }
        });
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(8, filters, changes, rowsHeading, rows, error);
        box.setPadding(new Insets(4));
        box.setId("history-panel");
        return box;
    }

    private static <S> TableColumn<S, String> column(String title, double width,
                                                     java.util.function.Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}

package org.unionregions.ui.data;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.unionregions.store.TableBrowser;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.TableReveal;

/**
 * The Data screen's table: one page of a database table's rows. Each set of columns gets a table of
 * its own. A table given new columns makes new cells at once for every row it has made, in sight or
 * kept for reuse (several frames on a switch from agreements to trade figures); a new table has no rows
 * yet, so it can be grown a few rows a frame ({@link TableReveal}).
 */
final class PageTable {

    private final DataViewModel viewModel;
    private final Messages messages;
    private final TableReveal reveal = new TableReveal();
    private final ReadOnlyObjectWrapper<List<String>> selectedRow = new ReadOnlyObjectWrapper<>();
    private TableView<List<String>> table;

    PageTable(DataViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        show(List.of());
    }

    /** Where the table goes on the screen. */
    Region node() {
        return reveal.room();
    }

    /** The row the user selected in the table shown, or null. */
    ReadOnlyObjectProperty<List<String>> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** The page's column headings, in a new table unless the table shown has these columns. */
    void showColumns(TableBrowser.Page page) {
        List<String> columns = page == null ? List.of() : page.columns();
        if (!columns.equals(table.getUserData())) {
            show(columns);
        }
    }

    /** The page's rows; an empty page shows the placeholder. */
    void showPage(TableBrowser.Page page) {
        showColumns(page);
        List<List<String>> rows = page == null ? List.of() : page.rows();
        // an empty table has made no rows, only its placeholder: it makes them all now
        boolean rowsToMake = table.getItems().isEmpty() && !rows.isEmpty();
        table.getItems().setAll(rows);
        if (rowsToMake) {
            reveal.reveal();
        }
    }

    private void show(List<String> columns) {
        table = newTable(columns);
        selectedRow.set(null);
        reveal.show(table);
    }

    private TableView<List<String>> newTable(List<String> columns) {
        TableView<List<String>> shown = new TableView<>();
        shown.setId("data-table");
        shown.setAccessibleText(messages.get("data.table.accessible"));
        shown.setUserData(columns);
        shown.setPlaceholder(new Label(messages.get("data.empty")));
        shown.setRowFactory(view -> {
            TableRow<List<String>> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.editRow(row.getItem());
                }
            });
            return row;
        });
        // a click on a heading asks the database for the rows in that order: sorting only the first
        // thousand rows on screen would pass them off as the table's first in that order
        shown.setSortPolicy(view -> {
            TableColumn<List<String>, ?> first = view.getSortOrder().isEmpty() ? null : view.getSortOrder().get(0);
            viewModel.orderProperty().set(first == null ? TableBrowser.Order.AS_STORED : new TableBrowser.Order(
                    (String) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING));
            return true;
        });
        shown.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (shown == table) {
                selectedRow.set(row);
            }
        });
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            String name = columns.get(i);
            TableColumn<List<String>, String> column = new TableColumn<>(
                    messages.find("data.column." + name).orElse(name));
            // shown by name or label; the stored value (a region's code) in the cell's tooltip
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.cellText(name,
                    cell.getValue().get(index))));
            column.setCellFactory(view -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    List<String> row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    String stored = row == null ? null : row.get(index);
                    setTooltip(stored == null || stored.isEmpty() || stored.equals(text) ? null
                            : new javafx.scene.control.Tooltip(stored));
                }
            });
            column.setUserData(name); // the database column behind the heading, for sorting
            column.setPrefWidth(widthOf(name));
            org.unionregions.ui.common.ColumnWidths.fitHeading(column);
            shown.getColumns().add(column);
        }
        return shown;
    }

    /** Room for what a column holds: a region's name ("Могилёвская область") or a title, a short number. */
    private static double widthOf(String column) {
        return switch (column) {
            case "by_region", "ru_region", "host_region", "name_en", "name_ru", "name_be" -> 180;
            case "title", "as_stated", "note", "location", "publisher", "theme" -> 220;
            case "id", "number", "year", "edition" -> 80;
            default -> 130;
        };
    }
}

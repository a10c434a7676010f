package org.unionregions.ui.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Tables;
import org.unionregions.store.ChangeHistory;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;

/**
 * The History panel: who changed what and when, filtered by table, person and days; the rows a change
 * wrote, or the changes of one row, each as "column: before → after".
 */
public final class HistoryViewModel {

    /** One line of the lower list: a row's change, told column by column. */
    public record RowLine(String when, String who, String table, String key, String action, List<String> columns) {
    }

    private final DataStore store;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StringProperty table = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>();
    private final ObservableList<ChangeHistory.Change> changes = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<RowLine> rows = FXCollections.observableArrayList();
    private final StringProperty rowsHeading = new SimpleStringProperty("");

    public HistoryViewModel(DataStore store, AsyncRunner runner, Messages messages) {
        this.store = store;
        this.tasks = new BackgroundTasks(runner, messages);
        this.messages = messages;
        table.addListener((obs, old, now) -> load());
        person.addListener((obs, old, now) -> load());
        fromDay.addListener((obs, old, now) -> load());
        toDay.addListener((obs, old, now) -> load());
    }

    /** Reads the changes the filter lets through, newest first, and the people for its choices. */
    public void load() {
        ChangeHistory.Filter filter = new ChangeHistory.Filter(table.get(), person.get(),
                fromDay.get() == null ? null : fromDay.get().toString(), toDay.get() == null ? null : toDay.get().toString());
        tasks.latest("history", () -> new Listed(store.changes().changes(filter), store.changes().people()), found -> {
            changes.setAll(found.changes());
            if (!people.equals(found.people())) {
                people.setAll(found.people());
            }
        });
    }

    /** What one reading of the panel's upper list brings back. */
    private record Listed(List<ChangeHistory.Change> changes, List<String> people) {
    }

    /** The rows one change wrote (an import says it is one entry: its file and row count). */
    public void showChange(ChangeHistory.Change change) {
        if (change == null) {
            rows.clear();
            rowsHeading.set("");
            return;
        }
        tasks.latest("history-rows", () -> store.changes().ofChange(change.id()), found -> {
            rows.setAll(found.stream().map(this::line).toList());
            rowsHeading.set(found.isEmpty() ? messages.format("history.noRows", describe(change))
                    : messages.format("history.rowsOf", describe(change)));
        });
    }

    /** Every change of one row (from the Data screen: "History of this row"). */
    public void showRow(String tableName, String key) {
        tasks.latest("history-rows", () -> store.changes().ofRow(tableName, key), found -> {
            rows.setAll(found.stream().map(this::line).toList());
            rowsHeading.set(messages.format("history.ofRow", tableLabel(tableName), key, found.size()));
        });
    }

    /** "import: region_fact from facts.csv (3 rows)", in the interface language where it has words. */
    public String describe(ChangeHistory.Change change) {
        String action = actionLabel(change.action());
        String detail = "";
        if ("migrate".equals(change.action()) && change.detail() != null && change.detail().startsWith("schema version ")) {
            detail = " · " + messages.format("history.toVersion", change.detail().substring("schema version ".length()));
        } else if (change.detail() != null) {
            String[] parts = change.detail().split(" ", 2); // "source H9", "region_fact from facts.csv"
            detail = " · " + (Tables.named(parts[0]).isPresent() ? tableLabel(parts[0]) + (parts.length > 1
                    ? " " + parts[1] : "") : change.detail());
        }
        String count = change.rows() == null ? "" : " (" + messages.format("history.rows", change.rows()) + ")";
        return action + detail + count;
    }

    /** A stored instant as people read it: "2026-12-02 03:15:49" (UTC). */
    public static String when(String instant) {
        return instant == null ? "" : instant.replace('T', ' ').replaceFirst("(\\.\\d+)?Z?$", "");
    }

    private RowLine line(ChangeHistory.RowChange change) {
        Map<String, String> before = ChangeHistory.values(change.oldValues());
        Map<String, String> after = ChangeHistory.values(change.newValues());
        List<String> columns = new ArrayList<>();
        List<String> names = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(name -> !names.contains(name)).forEach(names::add);
        for (String name : names) {
            if ("version".equals(name) || !"update".equals(change.action()) && Tables.named(change.table())
                    .map(table -> table.key().equals(name)).orElse(false)) {
                continue; // the key is in the line's heading
            }
            String old = before.get(name);
            String now = after.get(name);
            if (change.action().equals("update") && Objects.equals(old, now)
                    || !change.action().equals("update") && shown(change.action().equals("insert") ? now : old).equals("—")) {
                continue; // what did not change, and the empty columns of a row added or deleted
            }
            String label = columnLabel(name);
            columns.add(switch (change.action()) {
                case "insert" -> label + ": " + shown(now);
                case "delete" -> label + ": " + shown(old);
                default -> label + ": " + shown(old) + " → " + shown(now);
            });
        }
        return new RowLine(when(change.madeAt()), change.madeBy(), tableLabel(change.table()), change.key(),
                actionLabel(change.action()), columns);
    }

    private String actionLabel(String action) {
        return messages.find("history.action." + action).orElse(action);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }

    private String tableLabel(String name) {
        return messages.find("data.table." + name).orElse(name);
    }

    private String columnLabel(String column) {
        return messages.find("data.column." + column).orElse(column);
    }

    /** The tables a change may be filtered by ("" for all). */
    public List<String> tables() {
        List<String> names = new ArrayList<>(List.of(""));
        names.addAll(Tables.names());
        return names;
    }

    public String tableChoiceLabel(String name) {
        return name == null || name.isEmpty() ? messages.get("history.allTables") : tableLabel(name);
    }

    public StringProperty tableProperty() {
        return table;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public ObservableList<ChangeHistory.Change> changes() {
        return changes;
    }

    public ObservableList<String> people() {
        return people;
    }

    public ObservableList<RowLine> rows() {
        return rows;
    }

    public ReadOnlyStringProperty rowsHeadingProperty() {
        return rowsHeading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
    }
}

package org.unionregions.ui.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.unionregions.io.AgreementImporter;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.ImportProblem;
import org.unionregions.io.RecordChecker;
import org.unionregions.io.RecordImporter;
import org.unionregions.io.TableRules;
import org.unionregions.store.DataStore;
import org.unionregions.store.RecordWriter;
import org.unionregions.store.RegionFactWriter;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.i18n.Messages;

/**
 * The add-and-edit form beside the Data table, for whichever table is shown: agreements with the
 * importer's rules (region names, suggestions), every other table with its {@link TableRules}. The
 * problems come back per field, so the view shows each next to its field.
 */
public final class RowFormViewModel {

    static final List<String> AGREEMENT_FIELDS = List.of("by_region", "ru_region", "year", "edition", "signed_on",
            "kind", "title", "value", "unit", "as_stated", "source");
    /** The key of a problem with the whole row rather than one field. */
    public static final String WHOLE_ROW = "form";

    private final DataStore store;
    private final AsyncRunner runner;
    private final Messages messages;

    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final ObservableMap<String, String> values = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");
    private String table = DataViewModel.FACT_TABLE;
    private Long editing;

    public RowFormViewModel(DataStore store, AsyncRunner runner, Messages messages) {
        this.store = store;
        this.runner = runner;
        this.messages = messages;
        showTable(DataViewModel.FACT_TABLE);
    }

    /** The field keys of the current table, in the order the form shows them. */
    public ObservableList<String> fields() {
        return fields;
    }

    /** Field key to the text typed in it. */
    public ObservableMap<String, String> values() {
        return values;
    }

    /** Field key (or {@link #WHOLE_ROW}) to what is wrong with it. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String label(String field) {
        return messages.find(isAgreements() ? "data.field." + field : "data.column." + field).orElse(field);
    }

    /** The values a field takes, for a choice box; empty for free text. */
    public List<String> choices(String field) {
        return TableRules.of(table).filter(rules -> rules.columns().contains(field))
                .map(rules -> rules.field(field))
                .filter(f -> f.type() == TableRules.Type.CHOICE)
                .map(TableRules.Field::choices).orElse(List.of());
    }

    /** A choice as the user reads it ("Ожидалось (объявлено)" for expected); the value stored stays the key. */
    public String choiceLabel(String field, String value) {
        if (value == null || value.isEmpty()) {
            return field.equals("qualifier") ? messages.get("choice.qualifier.exact") : "";
        }
        String key = switch (field) {
            case "metric" -> "metric." + value;
            case "status" -> "status." + value;
            case "country", "host_country" -> "country." + value;
            case "qualifier" -> "choice.qualifier." + value;
            case "unit" -> "choice.unit." + value;
            default -> null;
        };
        return key == null ? value : messages.find(key).orElse(value);
    }

    /** Switches the form to a table; tables without rules (none today) show no form. */
    void showTable(String newTable) {
        table = newTable;
        List<String> columns = isAgreements() ? AGREEMENT_FIELDS
                : TableRules.of(newTable).map(TableRules::columns).orElse(List.of());
        values.clear();
        fields.setAll(columns);
        heading.set(messages.get(isAgreements() ? "data.form.heading" : "data.form.heading." + newTable));
        hint.set(messages.get(isAgreements() ? "data.form.hint" : "data.form.hint.record"));
        clear();
    }

    public void clear() {
        editing = null;
        errors.clear();
        for (String field : fields) {
            values.put(field, "");
        }
    }

    /** Fills the form from a row of the table shown: its column names, then its cells (row id first). */
    void edit(List<String> columns, List<String> row) {
        clear();
        editing = Long.parseLong(row.get(0));
        for (int i = 0; i < columns.size(); i++) {
            if (values.containsKey(columns.get(i))) {
                values.put(columns.get(i), row.get(i));
            }
        }
    }

    private record Outcome(Map<String, String> errors, boolean added) {
    }

    /**
     * Checks the form in the background and saves it when every field is right; {@code saved} gets
     * the message to show, {@code failed} a failure of the store itself.
     */
    void save(Consumer<String> saved, Consumer<String> invalid, Consumer<Throwable> failed) {
        Map<String, String> typed = Map.copyOf(values);
        Long id = editing;
        String target = table;
        runner.run(() -> isAgreements(target) ? saveAgreement(typed, id) : saveRecord(target, typed, id), outcome -> {
            errors.clear();
            errors.putAll(outcome.errors());
            String kind = isAgreements(target) ? "" : ".record";
            if (outcome.errors().isEmpty()) {
                clear();
                saved.accept(messages.get((outcome.added() ? "data.form.added" : "data.form.updated") + kind));
            } else {
                invalid.accept(messages.get("data.form.invalid" + kind));
            }
        }, failed::accept);
    }

    private Outcome saveAgreement(Map<String, String> typed, Long id) {
        ImportPreview checked = new AgreementImporter(store, messages).checkForm(typed);
        Map<String, String> problems = new LinkedHashMap<>();
        for (ImportProblem problem : checked.problems()) {
            boolean itself = id != null && problem.alreadyStored();
            if (!itself) { // an edited row may equal itself
                problems.merge(problem.column().isEmpty() ? WHOLE_ROW : problem.column(), problem.message(),
                        (a, b) -> a + "; " + b);
            }
        }
        if (problems.isEmpty()) {
            RegionFactWriter writer = new RegionFactWriter(store.database());
            if (id == null) {
                writer.insert(checked.rows().get(0));
            } else if (!checked.rows().isEmpty()) {
                writer.update(id, checked.rows().get(0));
            }
        }
        return new Outcome(problems, id == null);
    }

    private Outcome saveRecord(String target, Map<String, String> typed, Long id) {
        TableRules rules = TableRules.of(target).orElseThrow();
        RecordChecker.Checked checked = new RecordImporter(store, messages).checker(rules).check(typed::get);
        Map<String, String> problems = new LinkedHashMap<>(checked.problems());
        RecordWriter writer = new RecordWriter(store.database());
        if (problems.isEmpty()) {
            List<Long> same = writer.matching(target, rules.duplicateKey(), checked.values());
            if (same.stream().anyMatch(other -> !other.equals(id))) {
                String field = rules.duplicateKey().size() == 1 ? rules.duplicateKey().get(0) : WHOLE_ROW;
                problems.put(field, messages.get(field.equals(WHOLE_ROW) ? "record.alreadyStored" : "record.taken"));
            }
        }
        if (problems.isEmpty()) {
            try {
                if (id == null) {
                    writer.insert(target, checked.values());
                } else {
                    writer.update(target, id, checked.values());
                }
            } catch (StoreException e) {
                problems.putAll(constraintProblem(e, rules));
                if (problems.isEmpty()) {
                    throw e;
                }
            }
        }
        return new Outcome(problems, id == null);
    }

    /** What the database refused, put next to the field it concerns where it says which. */
    private Map<String, String> constraintProblem(StoreException e, TableRules rules) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("FOREIGN KEY")) {
            return Map.of(WHOLE_ROW, messages.get("data.form.referenced"));
        }
        int unique = text.indexOf("UNIQUE constraint failed: " + rules.table() + ".");
        if (unique >= 0) {
            String rest = text.substring(unique + ("UNIQUE constraint failed: " + rules.table() + ".").length());
            String column = rest.split("[^a-z_]", 2)[0];
            return Map.of(rules.columns().contains(column) ? column : WHOLE_ROW, messages.get("record.taken"));
        }
        return Map.of();
    }

    private boolean isAgreements() {
        return isAgreements(table);
    }

    private static boolean isAgreements(String table) {
        return DataViewModel.FACT_TABLE.equals(table);
    }
}

package org.unionregions.ui.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.unionregions.io.AgreementImporter;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.ImportProblem;
import org.unionregions.io.TableExporter;
import org.unionregions.io.TableReader;
import org.unionregions.store.DataStore;
import org.unionregions.store.RegionFactWriter;
import org.unionregions.store.TableBrowser;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.Messages;

/**
 * The Data screen: browse and search every table, import agreements with a preview, export any
 * table, and add, edit or delete an agreement through a validated form. Every change tells the
 * other screens to reload ({@code onDataChanged}).
 */
public final class DataViewModel {

    public static final int PAGE_SIZE = 1000;
    public static final String FACT_TABLE = "region_fact";

    private final DataStore store;
    private final AsyncRunner runner;
    private final Messages messages;
    private final Runnable onDataChanged;

    private final ObjectProperty<String> table = new SimpleObjectProperty<>(FACT_TABLE);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TableBrowser.Page> page = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();
    private final DoubleProperty importProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancelRequested = new AtomicBoolean(false);

    /** The agreement form: field key (import column key) to text, and the error shown beside each field. */
    private final ObservableMap<String, String> form = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> formErrors = FXCollections.observableHashMap();
    private Long editing;
    private long generation;

    public DataViewModel(DataStore store, AsyncRunner runner, Messages messages, Runnable onDataChanged) {
        this.store = store;
        this.runner = runner;
        this.messages = messages;
        this.onDataChanged = onDataChanged;
        table.addListener((obs, old, now) -> load());
        search.addListener((obs, old, now) -> load());
        clearForm();
    }

    public List<String> tables() {
        return TableExporter.TABLES;
    }

    public String tableName(String key) {
        return messages.get("data.table." + key);
    }

    public ObjectProperty<String> tableProperty() {
        return table;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<TableBrowser.Page> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObservableList<String> importProblems() {
        return importProblems;
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    public ObservableMap<String, String> form() {
        return form;
    }

    public ObservableMap<String, String> formErrors() {
        return formErrors;
    }

    public boolean isEditing() {
        return editing != null;
    }

    // ---- browsing -------------------------------------------------------------------------------

    public void load() {
        load("");
    }

    /** Loads the page; {@code message} (what was just done) stays in front of the row count. */
    private void load(String message) {
        String shown = table.get();
        String text = search.get();
        long asked = ++generation;
        busy.set(true);
        runner.run(() -> store.tables().page(shown, text, PAGE_SIZE), result -> {
            if (asked != generation) {
                return;
            }
            page.set(result);
            status.set(message + (result.matching() > result.rows().size()
                    ? messages.format("data.status.partial", result.rows().size(), result.matching())
                    : messages.format("data.status.rows", result.matching())));
            busy.set(false);
        }, this::fail);
    }

    public void deleteRow(long rowid) {
        String shown = table.get();
        busy.set(true);
        runner.run(() -> {
            store.tables().delete(shown, rowid);
            return rowid;
        }, deleted -> {
            busy.set(false);
            changed(messages.format("data.status.deleted", deleted));
        }, this::fail);
    }

    // ---- import ---------------------------------------------------------------------------------

    /** Reads and checks a file; nothing is written. */
    public void previewImport(Path file) {
        preview.set(null);
        importProblems.clear();
        busy.set(true);
        runner.run(() -> {
            try {
                return new AgreementImporter(store, messages).preview(file);
            } catch (TableReader.UnreadableFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, result -> {
            preview.set(result);
            importProblems.setAll(result.problems().stream().map(problem -> problem.describe(messages)).toList());
            status.set(messages.format("data.import.previewed", result.file().fileName(), result.rows().size(),
                    result.problems().size()));
            busy.set(false);
        }, failure -> {
            importProblems.setAll(List.of(failure.getMessage()));
            fail(failure);
        });
    }

    /** Writes the previewed rows in one transaction; cancel rolls it back. */
    public void commitImport() {
        ImportPreview shown = preview.get();
        if (shown == null || !shown.canCommit() || importing.get()) {
            return;
        }
        cancelRequested.set(false);
        importing.set(true);
        importProgress.set(0);
        int total = shown.rows().size();
        runner.run(() -> new AgreementImporter(store, messages).commit(shown, cancelRequested::get,
                        written -> runnerProgress(written / (double) total)),
                written -> {
                    importing.set(false);
                    importProgress.set(1);
                    preview.set(null);
                    changed(messages.format("data.import.done", written, shown.file().fileName()));
                },
                failure -> {
                    importing.set(false);
                    preview.set(null);
                    status.set(failure instanceof RegionFactWriter.CancelledException
                            ? messages.get("data.import.cancelled") : failure.getMessage());
                });
    }

    private void runnerProgress(double fraction) {
        runner.publish(() -> importProgress.set(fraction)); // reported from the store thread
    }

    public void cancelImport() {
        cancelRequested.set(true);
    }

    public void discardPreview() {
        preview.set(null);
        importProblems.clear();
    }

    // ---- export ---------------------------------------------------------------------------------

    public void export(TableExporter.Format format, Path file) {
        String shown = table.get();
        busy.set(true);
        runner.run(() -> {
            try {
                return new TableExporter(store.database()).export(shown, format, file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(messages.format("data.export.failed", file, e.getMessage()), e);
            }
        }, rows -> {
            busy.set(false);
            status.set(messages.format("data.export.done", rows, tableName(shown), file));
        }, this::fail);
    }

    // ---- the agreement form ---------------------------------------------------------------------

    public void clearForm() {
        editing = null;
        formErrors.clear();
        for (String key : List.of("by_region", "ru_region", "year", "edition", "signed_on", "kind", "title", "value",
                "unit", "as_stated", "source")) {
            form.put(key, "");
        }
    }

    /** Fills the form from a row of the facts table (the page's column order). */
    public void editFact(List<String> row) {
        TableBrowser.Page shown = page.get();
        if (shown == null || !FACT_TABLE.equals(shown.table())) {
            return;
        }
        clearForm();
        editing = Long.parseLong(row.get(0));
        for (int i = 0; i < shown.columns().size(); i++) {
            String column = shown.columns().get(i);
            if (form.containsKey(column)) {
                form.put(column, row.get(i));
            }
        }
    }

    /** What saving the form came to: the problems per field, or the saved fact. */
    private record FormResult(Map<String, String> errors, boolean added) {
    }

    /** Checks the form like an imported row (in the background) and saves it when every field is right. */
    public void saveForm() {
        Map<String, String> fields = Map.copyOf(form);
        Long id = editing;
        busy.set(true);
        runner.run(() -> {
            ImportPreview checked = new AgreementImporter(store, messages).checkForm(fields);
            Map<String, String> errors = new LinkedHashMap<>();
            for (ImportProblem problem : checked.problems()) {
                boolean itself = id != null && problem.alreadyStored();
                if (!itself) { // an edited row may equal itself
                    errors.merge(problem.column().isEmpty() ? "form" : problem.column(), problem.message(),
                            (a, b) -> a + "; " + b);
                }
            }
            if (errors.isEmpty()) {
                RegionFactWriter writer = new RegionFactWriter(store.database());
                if (id == null) {
                    writer.insert(checked.rows().get(0));
                } else if (!checked.rows().isEmpty()) {
                    writer.update(id, checked.rows().get(0));
                }
            }
            return new FormResult(errors, id == null);
        }, result -> {
            busy.set(false);
            formErrors.clear();
            formErrors.putAll(result.errors());
            if (result.errors().isEmpty()) {
                clearForm();
                changed(messages.get(result.added() ? "data.form.added" : "data.form.updated"));
            } else {
                status.set(messages.get("data.form.invalid"));
            }
        }, this::fail);
    }

    private void changed(String message) {
        load(message + " ");
        onDataChanged.run();
    }

    private void fail(Throwable failure) {
        busy.set(false);
        status.set(org.unionregions.ui.common.ErrorText.of(failure, messages));
    }
}

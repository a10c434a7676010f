package org.unionregions.ui.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.io.ImportConflictException;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.Importer;
import org.unionregions.io.TableExporter;
import org.unionregions.io.TableReader;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.ColumnType;
import org.unionregions.model.Region;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;
import org.unionregions.store.CancelledException;
import org.unionregions.store.DataStore;
import org.unionregions.store.EditHistory;
import org.unionregions.store.TableBrowser;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.common.ErrorText;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.shell.ScreenModel;
import org.unionregions.ui.shell.SharedFilter;

/**
 * The Data screen: browse and search every table, import a file into it with a preview, export it,
 * save its import template, and add, edit or delete a row through a validated form. Every change
 * counts up {@link #changesProperty()}, so the other screens reload.
 */
public final class DataViewModel implements ScreenModel {

    public static final int PAGE_SIZE = 1000;
    public static final String FACT_TABLE = Tables.REGION_FACT.name();
    private static final String PAGE = "page";

    private final DataStore store;
    private final Messages messages;
    private final BackgroundTasks tasks;

    private final ObjectProperty<String> table = new SimpleObjectProperty<>(FACT_TABLE);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TableBrowser.Order> order = new SimpleObjectProperty<>(TableBrowser.Order.AS_STORED);
    private final ObjectProperty<TableBrowser.Page> page = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty changes = new SimpleIntegerProperty(0);
    private final StringProperty undoText = new SimpleStringProperty("");
    private Map<String, Region> regionsByCode = Map.of();
    private final StringProperty redoText = new SimpleStringProperty("");

    private final ObservableList<String> importProblems = FXCollections.observableArrayList();
    private final ObservableList<String> importParsed = FXCollections.observableArrayList();
    private final DoubleProperty importProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancelRequested = new AtomicBoolean(false);
    private final BooleanProperty joinDocuments = new SimpleBooleanProperty(true);

    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final RowFormViewModel rowForm;
    private final HistoryViewModel history;

    public DataViewModel(DataStore store, AsyncRunner runner, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.tasks = new BackgroundTasks(runner, messages, status::set);
        this.rowForm = new RowFormViewModel(store, tasks, messages);
        this.history = new HistoryViewModel(store, runner, messages);
        table.addListener((obs, old, now) -> {
            rowForm.showTable(now);
            discardPreview(); // a preview belongs to the table it was made for
            order.set(TableBrowser.Order.AS_STORED);
            load();
        });
        search.addListener((obs, old, now) -> load());
        order.addListener((obs, old, now) -> load());
    }

    public List<String> tables() {
        return Tables.names();
    }

    private static TableDef definition(String key) {
        return Tables.named(key).orElseThrow(() -> new IllegalArgumentException("no table " + key));
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

    /** The column the rows are sorted by (a click on its heading); the database sorts every matching row. */
    public ObjectProperty<TableBrowser.Order> orderProperty() {
        return order;
    }

    public ReadOnlyObjectProperty<TableBrowser.Page> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    @Override
    public BooleanBinding busyProperty() {
        return tasks.busyProperty();
    }

    /** The last failure of this screen's work, worded; empty once later work succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
    }

    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final StringProperty readOnlyReason = new SimpleStringProperty("");

    /**
     * Whether this person may change the data (false for a viewer of a team database, or a file opened
     * read only): the screen then shows the data with its edit and import controls off, saying why.
     */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    /** Why the data cannot be changed here, in the interface language; empty when it can. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason;
    }

    /** The History panel's view model: who changed what and when. */
    public HistoryViewModel history() {
        return history;
    }

    /** Opens the history of a row of the table shown (the panel then lists that row's changes). */
    public void showHistoryOf(List<String> row) {
        TableBrowser.Page shown = page.get();
        if (shown != null && row != null) {
            history.load();
            history.showRow(shown.table(), shown.keyOf(row));
        }
    }

    /** Set by the window once it knows the role: {@code reason} says why not, or is empty. */
    public void allowEditing(boolean allowed, String reason) {
        editable.set(allowed);
        readOnlyReason.set(allowed ? "" : reason);
    }

    /** Counts the changes saved from this screen: the other screens reload on each. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObservableList<String> importProblems() {
        return importProblems;
    }

    /** The preview's first rows as they will be stored, a line each: how the file's values were read. */
    public ObservableList<String> importParsed() {
        return importParsed;
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    /** The add-and-edit form for the table shown. */
    public RowFormViewModel rowForm() {
        return rowForm;
    }

    /** The file name offered for a table's import template, without extension, if it has one. */
    public Optional<String> templateFor(String key) {
        return definition(key).templateName().map(base -> messages.language().equals("en") ? base
                : base + "-" + messages.language());
    }

    /**
     * Saves the shown table's import template as {@code target} (CSV or XLSX by its extension): its
     * column headings in the user's language, which the importer reads back.
     */
    public void saveTemplate(Path target) {
        TableDef shown = definition(table.get());
        if (shown.templateName().isEmpty()) {
            return;
        }
        TableExporter.Format format = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".xlsx") ? TableExporter.Format.XLSX : TableExporter.Format.CSV;
        tasks.run(() -> {
            try {
                new TableExporter(store.tables()).template(shown, format, target, messages);
                return target;
            } catch (IOException e) {
                throw new IllegalStateException(messages.format("data.export.failed", target, e.getMessage()), e);
            }
        }, saved -> status.set(messages.format("data.template.saved", saved)));
    }

    // ---- browsing -------------------------------------------------------------------------------

    @Override
    public void load() {
        load("");
    }

    // ---- the screen contract ---------------------------------------------------------------------

    /** A change made here is shown by the work that made it; a colleague's is read again. */
    @Override
    public void reload(Change change) {
        if (change == Change.ELSEWHERE) {
            load();
        }
    }

    @Override
    public List<ObservableStringValue> statusLines() {
        return List.of(errorProperty());
    }

    @Override
    public List<ObservableValue<ChartFiles.Saved>> savedFiles() {
        return List.of();
    }

    /** A saved view keeps the table shown and its search. */
    @Override
    public Map<String, String> capture() {
        return Map.of("table", table.get(), "search", search.get() == null ? "" : search.get());
    }

    @Override
    public void restore(Map<String, String> state) {
        String shown = state.getOrDefault("table", table.get());
        table.set(tables().contains(shown) ? shown : table.get());
        search.set(state.getOrDefault("search", ""));
    }

    /** The form's typing not saved, and an import previewed but not imported. */
    @Override
    public List<String> unsavedWork() {
        List<String> unsaved = new ArrayList<>(rowForm.unsavedWork());
        ImportPreview shown = preview.get();
        if (shown != null) {
            unsaved.add(messages.format("unsaved.preview", shown.file().fileName()));
        }
        return unsaved;
    }

    /** A table is no slide. */
    @Override
    public List<Slide> slides() {
        return List.of();
    }

    @Override
    public Optional<Slide> viewSlide() {
        return Optional.empty();
    }

    /** The tables show every row whatever the other screens are filtered to: an editor sees what is stored. */
    @Override
    public void follow(SharedFilter filter) {
        // nothing to follow
    }

    /** Loads the page; {@code message} (what was just done) stays in front of the row count. */
    private void load(String message) {
        String shown = table.get();
        String text = search.get();
        TableBrowser.Order sorted = order.get();
        tasks.latest(PAGE, () -> new Shown(store.tables().page(definition(shown), text, PAGE_SIZE, sorted),
                store.regions().regions()), shownNow -> {
            regionsByCode = shownNow.regions().stream().collect(java.util.stream.Collectors.toMap(Region::code,
                    region -> region));
            TableBrowser.Page result = shownNow.page();
            page.set(result);
            status.set(message + (result.matching() > result.rows().size()
                    ? messages.format("data.status.partial", result.rows().size(), result.matching())
                    : messages.format("data.status.rows", result.matching())));
        });
    }

    /** A page with the regions, to show region codes by their names. */
    private record Shown(TableBrowser.Page page, List<Region> regions) {
    }

    /**
     * A stored value as the table shows it: a region by its name in the interface language, a fixed
     * choice (status, metric, kind, level…) by its label; anything else as stored.
     */
    public String cellText(String column, String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        ColumnDef definition = definition(table.get()).column(column).orElse(null);
        if (definition == null) {
            return stored;
        }
        if (definition.type() == ColumnType.REGION) {
            Region region = regionsByCode.get(stored);
            return region == null ? stored : region.name(messages.language());
        }
        if (definition.type() == ColumnType.CHOICE || definition.type() == ColumnType.VOCABULARY) {
            return rowForm.choiceLabel(column, stored);
        }
        return stored;
    }

    /** Deletes the row with this key from the table shown. */
    /** Whether imported statements that match a stored document become its statements (checked by default). */
    public BooleanProperty joinDocumentsProperty() {
        return joinDocuments;
    }

    /** True while the table shown holds statements of documents (merge, split and matching apply). */
    public boolean showsStatements() {
        return FACT_TABLE.equals(table.get());
    }

    /**
     * The documents of the row's pair it could be a statement of (every other document of the pair),
     * for "Same document as…"; {@code then} gets them on the FX thread.
     */
    public void documentChoices(List<String> row, java.util.function.Consumer<List<DocumentChoice>> then) {
        TableBrowser.Page shown = page.get();
        if (shown == null || row == null || !showsStatements()) {
            return;
        }
        long statement = Long.parseLong(shown.keyOf(row));
        tasks.run(() -> store.documents().othersOfPair(statement).stream()
                .map(document -> new DocumentChoice(document.id(), describe(document))).toList(), then);
    }

    /** A document to choose, as the chooser lists it. */
    public record DocumentChoice(long document, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private String describe(org.unionregions.model.Document document) {
        var reading = document.reading();
        return "#" + document.id() + " · " + (reading.year() == null ? messages.get("matrix.undated") : reading.year())
                + " · " + messages.find("kind." + reading.kind()).orElse(reading.kind()) + " · "
                + messages.get(reading.level() == null ? "level.none" : "level." + reading.level()) + " · "
                + document.sources().stream().map(org.unionregions.model.Source::id)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Makes the row (with the other statements of its document) statements of {@code document}. */
    public void mergeInto(List<String> row, long document) {
        TableBrowser.Page shown = page.get();
        if (shown == null || row == null) {
            return;
        }
        String key = shown.keyOf(row);
        tasks.run(() -> {
            store.documents().merge(Long.parseLong(key), document);
            return key;
        }, merged -> changed(messages.format("data.status.merged", merged, document)));
    }

    /** Makes the row a document of its own. */
    public void splitOff(List<String> row) {
        TableBrowser.Page shown = page.get();
        if (shown == null || row == null) {
            return;
        }
        String key = shown.keyOf(row);
        tasks.run(() -> {
            store.documents().split(Long.parseLong(key));
            return key;
        }, split -> changed(messages.format("data.status.split", split)));
    }

    public void deleteRow(String key) {
        String shown = table.get();
        tasks.run(() -> {
            store.history().delete(definition(shown), key);
            return key;
        }, deleted -> changed(messages.format("data.status.deleted", deleted)));
    }

    /** The question before a delete, naming the row: its table, key and first values. */
    public String deleteQuestion(List<String> row) {
        TableBrowser.Page shown = page.get();
        String key = shown.keyOf(row);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (i != shown.keyIndex() && row.get(i) != null && !row.get(i).isBlank()) {
                texts.add(cellText(shown.columns().get(i), row.get(i)));
            }
        }
        String values = String.join(" · ", texts.stream().limit(5)
                .map(value -> value.length() > 60 ? value.substring(0, 59) + "…" : value).toList());
        return messages.format("data.delete.question", tableName(table.get()), key, values);
    }

    // ---- undo and redo --------------------------------------------------------------------------

    /** What Ctrl+Z would undo, worded ("" when nothing). */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    /** What Ctrl+Shift+Z would do again, worded ("" when nothing). */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    /** Undoes the last change made in this window: an added, edited or deleted row, or an import. */
    public void undo() {
        tasks.run(() -> store.history().undo().map(step -> step instanceof EditHistory.Imported imported
                // its rows are not kept to be written again: redo is importing the file again, and it says so
                ? messages.format("data.undone.import", describe(step), imported.fileName())
                : messages.format("data.undone", describe(step))).orElse(null), undone -> {
            if (undone != null) {
                changed(undone);
            }
        }, failure -> showHistory());
    }

    public void redo() {
        tasks.run(() -> store.history().redo().map(this::describe).orElse(null), redone -> {
            if (redone != null) {
                changed(messages.format("data.redone", redone));
            }
        }, failure -> showHistory());
    }

    private void showHistory() {
        tasks.run(() -> List.of(store.history().nextUndo().map(this::describe).orElse(""),
                store.history().nextRedo().map(this::describe).orElse("")), texts -> {
            undoText.set(texts.get(0));
            redoText.set(texts.get(1));
        });
    }

    /** A step in the user's words: "the row 233 added to Agreements and facts". */
    private String describe(EditHistory.Step step) {
        String name = tableName(step.table().name());
        if (step instanceof EditHistory.Added added) {
            return messages.format("data.step.added", added.key(), name);
        } else if (step instanceof EditHistory.Edited edited) {
            return messages.format("data.step.edited", edited.key(), name);
        } else if (step instanceof EditHistory.Deleted deleted) {
            return messages.format("data.step.deleted", deleted.key(), name);
        } else if (step instanceof EditHistory.Regrouped regrouped) {
            return messages.format("data.step.regrouped", regrouped.edits().size(), name);
        }
        EditHistory.Imported imported = (EditHistory.Imported) step;
        return messages.format("data.step.imported", imported.rows(), imported.fileName(), name);
    }

    // ---- import ---------------------------------------------------------------------------------

    /** Reads and checks a file for the table shown; nothing is written. */
    public void previewImport(Path file) {
        String target = table.get();
        discardPreview();
        tasks.run(() -> {
            try {
                String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                return new Importer(store, definition(target), messages).onProgress(rows -> tasks.publish(
                        () -> status.set(messages.format("data.import.reading", name, rows)))).preview(file);
            } catch (TableReader.UnreadableFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, result -> {
            preview.set(result);
            List<String> shown = new ArrayList<>(result.problems().stream()
                    .map(problem -> problem.describe(messages)).toList());
            if (result.problemCount() > shown.size()) {
                shown.add(messages.format("data.import.moreProblems", result.problemCount() - shown.size()));
            }
            importProblems.setAll(shown);
            importParsed.setAll(result.firstRows().stream().map(row -> parsedLine(result.table(), row)).toList());
            status.set(messages.format("data.import.previewed", result.file().fileName(), result.rowCount(),
                    result.problemCount()));
        }, failure -> importProblems.setAll(List.of(ErrorText.of(failure, messages))));
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
        long total = shown.rowCount();
        IntConsumer progress = written -> tasks.publish(() -> importProgress.set(written / (double) total));
        boolean join = joinDocuments.get();
        tasks.run(() -> {
                    EditHistory.Imported step = new Importer(store, shown.table(), messages).joinDocuments(join)
                            .commitUndoably(shown, cancelRequested::get, progress);
                    store.history().imported(step);
                    return step;
                },
                step -> {
                    importing.set(false);
                    importProgress.set(1);
                    preview.set(null);
                    changed(messages.format("data.import.done", step.rows(), shown.file().fileName())
                            + (step.joinedDocuments() == 0 ? "" : " " + messages.format("data.import.joined",
                            step.joinedDocuments())));
                },
                failure -> {
                    importing.set(false);
                    preview.set(null);
                    if (failure instanceof ImportConflictException conflict) {
                        importProblems.setAll(conflict.problems().stream().map(p -> p.describe(messages)).toList());
                        status.set(conflict.getMessage());
                    } else if (failure instanceof CancelledException) {
                        status.set(messages.get("data.import.cancelled"));
                    }
                });
    }

    public void cancelImport() {
        cancelRequested.set(true);
    }

    /**
     * One staged row as stored: "Line 2 — Value: 1500000.5; Forum: 12". Numbers in plain digits, so
     * the user sees how "1 500 000,50" or "XII" was read before anything is written.
     */
    private String parsedLine(TableDef target, Map<String, Object> row) {
        List<String> cells = new ArrayList<>();
        for (ColumnDef column : target.columns()) {
            Object value = row.get(column.name());
            if (value != null && !value.toString().isEmpty()) {
                cells.add(messages.find("data.column." + column.name()).orElse(column.name()) + ": "
                        + worded(column.name(), plain(value)));
            }
        }
        return messages.format("data.import.parsedRow", String.valueOf(row.get("line")), String.join("; ", cells));
    }

    /**
     * A stored key in the window's language ("agreement" is "соглашение", "reported" "по итогам"), as the
     * table and the form show it; a value with no word of its own (a number, a name) as read.
     */
    private String worded(String column, String value) {
        String key = switch (column) {
            case "kind" -> "kind." + value;
            case "level" -> "level." + value;
            case "status" -> "status." + value;
            case "country", "host_country" -> "country." + value;
            case "metric" -> "metric." + value;
            default -> "choice." + column + "." + value;
        };
        return messages.find(key).orElse(value);
    }

    private static String plain(Object value) {
        if (value instanceof Double number && !number.isInfinite() && !number.isNaN()) {
            return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /**
     * Writes every problem of the preview (all of them, not only those shown) to a UTF-8 text file,
     * a line each, for the colleague who sent the file.
     */
    public void saveProblems(Path file) {
        ImportPreview shown = preview.get();
        List<String> listed = List.copyOf(importProblems);
        tasks.run(() -> {
            long[] count = {0};
            try {
                org.unionregions.io.OutputFile.write(file, temporary -> {
                    try (var out = Files.newBufferedWriter(temporary, java.nio.charset.StandardCharsets.UTF_8)) {
                        if (shown != null && shown.problemCount() > 0) {
                            shown.forEachProblem(problem -> {
                                writeLine(out, problem.describe(messages));
                                count[0]++;
                            });
                        } else {
                            for (String line : listed) {
                                writeLine(out, line);
                                count[0]++;
                            }
                        }
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException(messages.format("data.export.failed", file, e.getMessage()), e);
            }
            return count[0];
        }, written -> status.set(messages.format("data.import.problemsSaved", written, file)));
    }

    private static void writeLine(java.io.Writer out, String line) {
        try {
            out.write(line);
            out.write(System.lineSeparator());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Drops the preview and its staging file. */
    public void discardPreview() {
        ImportPreview dropped = preview.get();
        preview.set(null);
        importProblems.clear();
        importParsed.clear();
        if (dropped != null && !importing.get()) {
            tasks.run(() -> {
                dropped.close();
                return dropped;
            }, closed -> { });
        }
    }

    // ---- export ---------------------------------------------------------------------------------

    public void export(TableExporter.Format format, Path file) {
        String shown = table.get();
        tasks.run(() -> {
            try {
                return new TableExporter(store.tables()).export(definition(shown), format, file);
            } catch (IOException e) {
                throw new IllegalStateException(messages.format("data.export.failed", file, e.getMessage()), e);
            }
        }, rows -> status.set(messages.format("data.export.done", rows, tableName(shown), file)));
    }

    // ---- the form -------------------------------------------------------------------------------

    /** Double-click on a row: the form takes its values. */
    public void editRow(List<String> row) {
        TableBrowser.Page shown = page.get();
        if (shown != null && shown.table().equals(table.get())) {
            rowForm.edit(shown.columns(), row, shown.keyOf(row), shown.versionOf(row));
        }
    }

    /** The team database answers again: a save that failed for want of it is made now. */
    public void connectionBack() {
        rowForm.saveIfPending(this::changed, status::set);
    }

    /** Saves the form; a saved row shows at once in the table, the charts and the matrix. */
    public void saveForm() {
        rowForm.save(this::changed, status::set);
    }

    /** Saves the new row as a statement of the document the form offered. */
    public void saveAsStatementOfOffered() {
        rowForm.joinOffered(this::changed, status::set);
    }

    /** Saves the new row as a document of its own, though it matched a stored one. */
    public void saveAsSeparateDocument() {
        rowForm.keepSeparate(this::changed, status::set);
    }

    private void changed(String message) {
        load(message + " ");
        changes.set(changes.get() + 1);
        showHistory();
    }
}

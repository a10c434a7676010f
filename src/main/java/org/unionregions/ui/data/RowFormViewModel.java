package org.unionregions.ui.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.unionregions.i18n.Messages;
import org.unionregions.io.Importer;
import org.unionregions.io.RowChecker;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;
import org.unionregions.store.DataStore;
import org.unionregions.store.RowConflictException;
import org.unionregions.store.StoreException;
import org.unionregions.store.TableWriter;
import org.unionregions.ui.common.BackgroundTasks;

/**
 * The add-and-edit form beside the Data table, for whichever table is shown: each field checked by
 * the table's own rules ({@link RowChecker}), the same as an import of that table. The problems come
 * back per field, so the view shows each next to its field.
 */
public final class RowFormViewModel {

    /** The key of a problem with the whole row rather than one field. */
    public static final String WHOLE_ROW = "form";

    private final DataStore store;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final ObservableMap<String, String> values = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty mode = new SimpleStringProperty("");
    private TableDef table = Tables.REGION_FACT;
    private String editing;
    /** The version of the row being edited as it was read; a save checks the row is still at it. */
    private Integer editingVersion;
    /** True after a save failed because the team database could not be reached: it is tried again when it can. */
    private final BooleanProperty savePending = new SimpleBooleanProperty(false);
    /** A stored document the new statement matches, offered before it is saved (empty: none offered). */
    private final StringProperty documentOffer = new SimpleStringProperty("");
    private Long offeredDocument;
    /** The user kept the statement apart from the document offered: the next Save adds it as it is. */
    private boolean keepSeparate;

    /** {@code tasks}: the screen's background work, which reports the store's own failures. */
    /** The values as cleared or as read from the row edited: what "unsaved" is measured against. */
    private Map<String, String> loaded = Map.of();

    public RowFormViewModel(DataStore store, BackgroundTasks tasks, Messages messages) {
        this.store = store;
        this.tasks = tasks;
        this.messages = messages;
        showTable(Tables.REGION_FACT.name());
        // a change to what is typed asks again whether it matches a document
        values.addListener((javafx.collections.MapChangeListener<String, String>) change -> {
            if (!"document".equals(change.getKey())) {
                forgetOffer();
            }
        });
    }

    /**
     * A new statement of a signing that matches a stored document ({@code DocumentRules}), said before
     * it is saved: "Save it as a statement of document #57 (agreement, 2024; sources R7, P71)?". Empty
     * while nothing is offered.
     */
    public ReadOnlyStringProperty documentOfferProperty() {
        return documentOffer;
    }

    /** The user confirms the offer: Save adds the statement to the document offered. */
    void joinOffered(Consumer<String> saved, Consumer<String> invalid) {
        if (offeredDocument != null) {
            values.put("document", String.valueOf(offeredDocument));
        }
        documentOffer.set("");
        save(saved, invalid);
    }

    /** The user keeps it apart: Save adds it as a document of its own. */
    void keepSeparate(Consumer<String> saved, Consumer<String> invalid) {
        keepSeparate = true;
        documentOffer.set("");
        save(saved, invalid);
    }

    private void forgetOffer() {
        offeredDocument = null;
        keepSeparate = false;
        documentOffer.set("");
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

    /** Whether Save adds a row or changes one, and which: "Editing the row where id is 57". */
    public ReadOnlyStringProperty modeProperty() {
        return mode;
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The field's label: the agreements form's own wording where it has one, else the column's heading. */
    public String label(String field) {
        return (isAgreements() ? messages.find("data.field." + field) : java.util.Optional.<String>empty())
                .or(() -> messages.find("data.column." + field)).orElse(field);
    }

    /** The values a field takes, for a choice box; empty for free text. */
    public List<String> choices(String field) {
        return table.column(field).map(column -> switch (column.type()) {
            case CHOICE -> column.choices();
            case VOCABULARY -> column.required() ? column.choices() : withEmpty(column.choices());
            default -> List.<String>of();
        }).orElse(List.of());
    }

    private static List<String> withEmpty(List<String> choices) {
        List<String> all = new java.util.ArrayList<>();
        all.add("");
        all.addAll(choices);
        return all;
    }

    /** A choice as the user reads it ("Ожидалось (объявлено)" for expected); the value stored stays the key. */
    public String choiceLabel(String field, String value) {
        if (value == null || value.isEmpty()) {
            // an empty choice is stored as the column's default ("reported"); say which
            String stored = table.column(field).map(column -> column.whenEmpty()).orElse(null);
            if (field.equals("qualifier")) {
                return messages.get("choice.qualifier.exact");
            }
            return stored == null || stored.isEmpty() ? "" : choiceLabel(field, stored);
        }
        String key = switch (field) {
            case "metric" -> "metric." + value;
            case "status" -> "status." + value;
            case "country", "host_country" -> "country." + value;
            case "qualifier" -> "choice.qualifier." + value;
            case "unit" -> "choice.unit." + value;
            case "kind" -> "kind." + value;
            case "level" -> "level." + value;
            default -> null;
        };
        return key == null ? value : messages.find(key).orElse(value);
    }

    /** Switches the form to a table. */
    void showTable(String newTable) {
        table = Tables.named(newTable).orElseThrow();
        values.clear();
        fields.setAll(table.columnNames());
        heading.set(messages.get(isAgreements() ? "data.form.heading" : "data.form.heading." + newTable));
        hint.set(messages.get(isAgreements() ? "data.form.hint" : "data.form.hint.record"));
        clear();
    }

    public void clear() {
        savePending.set(false);
        forgetOffer();
        editing = null;
        editingVersion = null;
        mode.set(messages.get("data.form.new"));
        errors.clear();
        for (String field : fields) {
            values.put(field, "");
        }
        loaded = Map.copyOf(values);
    }

    /** Fills the form from a row of the table shown: its column names, its cells and its key. */
    void edit(List<String> columns, List<String> row, String key, Integer version) {
        clear();
        editing = key;
        editingVersion = version;
        mode.set(messages.format("data.form.editing", label(table.key()), key));
        for (int i = 0; i < columns.size(); i++) {
            if (values.containsKey(columns.get(i))) {
                values.put(columns.get(i), row.get(i));
            }
        }
        loaded = new java.util.HashMap<>(values);
    }

    /**
     * What the form holds that is not saved: typing since it was cleared or filled from a row, or a save
     * still waiting for the team database; a line naming the form and the row.
     */
    public List<String> unsavedWork() {
        boolean typed = !new java.util.HashMap<>(values).equals(loaded);
        if (!typed && !savePending.get()) {
            return List.of();
        }
        return List.of(editing == null ? messages.format("unsaved.form.new", heading.get())
                : messages.format("unsaved.form.edit", heading.get(), label(table.key()), editing));
    }

    /** {@code theirVersion}: after a conflict, the version the next save replaces knowingly (null: none). */
    private record Outcome(Map<String, String> errors, boolean added, Integer theirVersion, boolean theyDeleted,
                           org.unionregions.model.Document offer) {
        Outcome(Map<String, String> errors, boolean added) {
            this(errors, added, null, false, null);
        }

        Outcome(Map<String, String> errors, boolean added, Integer theirVersion, boolean theyDeleted) {
            this(errors, added, theirVersion, theyDeleted, null);
        }
    }

    /**
     * Checks the form in the background and saves it when every field is right; {@code saved} gets
     * the message to show, {@code invalid} the message for a row with problems (each beside its field).
     */
    void save(Consumer<String> saved, Consumer<String> invalid) {
        Map<String, String> typed = Map.copyOf(values);
        String key = editing;
        Integer version = editingVersion;
        TableDef target = table;
        boolean separate = keepSeparate;
        tasks.run(() -> saveRow(target, typed, key, version, separate), outcome -> {
            errors.clear();
            errors.putAll(outcome.errors());
            if (outcome.offer() != null) { // asked first: a statement of that document, or one of its own?
                offeredDocument = outcome.offer().id();
                documentOffer.set(messages.format("data.form.documentOffer", outcome.offer().id(),
                        describe(outcome.offer())));
                invalid.accept(documentOffer.get());
                return;
            }
            if (outcome.theyDeleted()) { // what is typed stays; a save now adds it as a new row
                editing = null;
                editingVersion = null;
                mode.set(messages.get("data.form.new"));
            } else if (outcome.theirVersion() != null) {
                editingVersion = outcome.theirVersion(); // a second Save replaces theirs, knowingly
            }
            String kind = target == Tables.REGION_FACT ? "" : ".record";
            if (outcome.errors().isEmpty()) {
                clear();
                saved.accept(messages.get((outcome.added() ? "data.form.added" : "data.form.updated") + kind));
            } else if (outcome.theirVersion() != null || outcome.theyDeleted()) {
                invalid.accept(outcome.errors().get(WHOLE_ROW));
            } else {
                invalid.accept(messages.get("data.form.invalid" + kind));
            }
        }, failure -> {
            if (failure instanceof StoreException problem && problem.reason() == StoreException.Reason.OFFLINE) {
                savePending.set(true); // the values stay in the form, and are saved once the server answers again
                invalid.accept(messages.get("data.form.pendingOffline"));
            }
        });
    }

    /** Whether a save is waiting for the team database to be reachable again. */
    public boolean isSavePending() {
        return savePending.get();
    }

    /** True while a save waits for the team database: the window asks to hear when it answers again. */
    public ReadOnlyBooleanProperty savePendingProperty() {
        return savePending;
    }

    /**
     * The team database answers again: a save that failed because it could not be reached is made now,
     * with the values the form holds (the row's version still guards against a colleague's change).
     */
    void saveIfPending(Consumer<String> saved, Consumer<String> invalid) {
        if (savePending.get()) {
            savePending.set(false);
            save(saved, invalid);
        }
    }

    private String describe(org.unionregions.model.Document document) {
        var reading = document.reading();
        return (reading.year() == null ? messages.get("matrix.undated") : String.valueOf(reading.year())) + ", "
                + messages.find("kind." + reading.kind()).orElse(reading.kind()) + ", "
                + document.sources().stream().map(source -> org.unionregions.i18n.SourceNames.worded(source.publisher(), messages) + " [" + source.id() + "]")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private Outcome saveRow(TableDef target, Map<String, String> typed, String key, Integer version,
                            boolean separate) {
        RowChecker checker = new Importer(store, target, messages).checker();
        RowChecker.Checked checked = checker.check(typed::get);
        Map<String, String> problems = new LinkedHashMap<>(checked.problems());
        checked.ambiguous().forEach((field, reading) -> problems.putIfAbsent(field,
                checker.ambiguousNumber(typed.get(field), reading)));
        TableWriter writer = store.writer(target);
        if (problems.isEmpty()) {
            List<String> same = writer.matching(checked.values());
            if (same.stream().anyMatch(other -> !other.equals(key))) { // an edited row may equal itself
                String field = target.duplicateKey().size() == 1 ? target.duplicateKey().get(0) : WHOLE_ROW;
                problems.put(field, field.equals(WHOLE_ROW) ? alreadyStored(target) : messages.get("record.taken"));
            }
        }
        if (problems.isEmpty() && key == null && !separate && target == Tables.REGION_FACT
                && checked.values().get("document") == null) {
            var values = checked.values();
            var offer = store.documents().matching(new org.unionregions.model.DocumentRules.Reading(
                    (String) values.get("by_region"), (String) values.get("ru_region"), (String) values.get("kind"),
                    (String) values.get("level"), (Integer) values.get("year"), (String) values.get("signed_on"),
                    (Integer) values.get("edition")));
            if (offer.isPresent()) {
                return new Outcome(problems, false, null, false, offer.get());
            }
        }
        if (problems.isEmpty()) {
            try {
                if (key == null) {
                    store.history().insert(target, checked.values());
                } else {
                    store.history().update(target, key, checked.values(), version);
                }
            } catch (RowConflictException conflict) {
                return conflicted(conflict, typed);
            } catch (StoreException e) {
                problems.putAll(constraintProblem(e, target));
                if (problems.isEmpty()) {
                    throw e;
                }
            }
        }
        return new Outcome(problems, key == null);
    }

    /**
     * Someone else saved (or deleted) the row meanwhile: each field where their value differs from what
     * is typed says theirs beside it; the row-wide message says who, when, and what Save does now.
     */
    private Outcome conflicted(RowConflictException conflict, Map<String, String> typed) {
        Map<String, String> problems = new LinkedHashMap<>();
        String who = conflict.changedBy() == null ? messages.get("data.form.conflict.someone") : conflict.changedBy();
        String when = HistoryViewModel.when(conflict.changedAt());
        if (conflict.deleted()) {
            problems.put(WHOLE_ROW, messages.format("data.form.conflict.deleted", who, when));
            return new Outcome(problems, false, null, true);
        }
        for (String field : fields) {
            Object theirs = conflict.theirs().get(field);
            String theirText = theirs == null ? "" : org.unionregions.store.TableBrowser.plain(theirs);
            if (!theirText.equals(typed.getOrDefault(field, "").strip())) {
                problems.put(field, messages.format("data.form.conflict.theirs", theirText.isEmpty() ? "—" : theirText));
            }
        }
        problems.put(WHOLE_ROW, messages.format("data.form.conflict", who, when));
        return new Outcome(problems, false, conflict.version(), false);
    }

    private String alreadyStored(TableDef target) {
        return messages.find("import.alreadyStored." + target.name()).orElse(messages.get("record.alreadyStored"));
    }

    /** What the database refused, put next to the field it concerns where the store says which. */
    private Map<String, String> constraintProblem(StoreException e, TableDef target) {
        return switch (e.reason()) {
            case FOREIGN_KEY -> Map.of(WHOLE_ROW, messages.get("data.form.referenced"));
            case UNIQUE -> Map.of(e.column() != null && target.columnNames().contains(e.column()) ? e.column()
                    : WHOLE_ROW, messages.get("record.taken"));
            default -> Map.of();
        };
    }

    private boolean isAgreements() {
        return table == Tables.REGION_FACT;
    }
}

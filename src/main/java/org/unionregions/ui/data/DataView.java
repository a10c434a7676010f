package org.unionregions.ui.data;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.unionregions.i18n.Messages;
import org.unionregions.io.TableExporter;
import org.unionregions.ui.common.FrameByFrame;
import org.unionregions.ui.common.UncachedScrollPane;

/** Tables to browse and search, the import preview, export, and the agreement form. */
public final class DataView extends BorderPane {

    private static final int FIELDS_PER_FRAME = 4;
    private static final double FORM_WIDTH = 380;
    private UncachedScrollPane formScroll;

    private final DataViewModel viewModel;
    private final Messages messages;
    private final PageTable table;

    public DataView(DataViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.table = new PageTable(viewModel, messages);
        getStyleClass().add("data-screen");

        ListView<String> tables = new ListView<>();
        tables.setId("data-tables");
        tables.getItems().setAll(viewModel.tables());
        tables.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                setText(empty || key == null ? null : viewModel.tableName(key));
                setWrapText(true);
                setPrefWidth(0); // long names ("Соглашения и факты по регионам") wrap instead of being cut
            }
        });
        tables.getSelectionModel().select(viewModel.tableProperty().get());
        viewModel.tableProperty().addListener((obs, old, key) -> tables.getSelectionModel().select(key));
        tables.getSelectionModel().selectedItemProperty().addListener((obs, old, key) -> {
            if (key != null) {
                viewModel.tableProperty().set(key);
            }
        });
        tables.setPrefWidth(240);
        setLeft(tables);

        VBox.setVgrow(table.node(), Priority.ALWAYS);
        // an invalidation listener: a change listener would compare a thousand rows with the last page
        viewModel.pageProperty().addListener(obs -> table.showPage(viewModel.pageProperty().get()));

        Label status = new Label();
        status.setId("data-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());

        VBox centre = new VBox(10, toolbar(), table.node(), status);
        centre.setPadding(new Insets(16));
        setCenter(centre);
        setRight(FrameByFrame.roomFor(FORM_WIDTH, FORM_WIDTH));
        // the column headings, the rows (a few more each frame as they are made), the form and the
        // import panel come a frame apart
        FrameByFrame.addParts(this,
                () -> table.showColumns(viewModel.pageProperty().get()), // the first page may have arrived already
                () -> table.showPage(viewModel.pageProperty().get()),
                () -> setRight(form()),
                () -> centre.getChildren().add(1, importPanel()));
    }

    private VBox toolbar() {
        TextField search = new TextField();
        search.setId("data-search");
        search.setPromptText(messages.get("data.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button importButton = new Button(messages.get("data.import"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("data-import");
        importButton.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                DataViewModel.FACT_TABLE.equals(viewModel.tableProperty().get()) ? "data.import" : "data.import.rows"),
                viewModel.tableProperty()));
        importButton.disableProperty().bind(viewModel.editableProperty().not());
        importButton.setOnAction(event -> {
            FileChooser chooser = chooser("data.import.choose");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV, XLSX", "*.csv", "*.xlsx"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.previewImport(file.toPath());
            }
        });
        Button template = new Button(messages.get("data.template"));
        template.setId("data-template");
        template.setOnAction(event -> saveTemplate());
        template.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.templateFor(viewModel.tableProperty().get()).isEmpty(), viewModel.tableProperty()));
        Button exportCsv = new Button(messages.get("data.exportCsv"), new FontIcon(Material2AL.CLOUD_DOWNLOAD));
        exportCsv.setOnAction(event -> export(TableExporter.Format.CSV, "csv"));
        Button exportXlsx = new Button(messages.get("data.exportXlsx"), new FontIcon(Material2AL.CLOUD_DOWNLOAD));
        exportXlsx.setOnAction(event -> export(TableExporter.Format.XLSX, "xlsx"));
        Button delete = new Button(messages.get("data.delete"), new FontIcon(Material2AL.DELETE));
        delete.setId("data-delete");
        delete.disableProperty().bind(table.selectedRowProperty().isNull().or(viewModel.editableProperty().not()));
        delete.setOnAction(event -> {
            List<String> row = table.selectedRowProperty().get();
            if (row != null && confirmDelete(viewModel.deleteQuestion(row))) {
                viewModel.deleteRow(viewModel.pageProperty().get().keyOf(row));
            }
        });
        Button undo = historyButton("data-undo", "data.undo", Material2MZ.UNDO, viewModel.undoTextProperty(),
                "data.undo.tooltip", viewModel::undo);
        Button redo = historyButton("data-redo", "data.redo", Material2MZ.REDO, viewModel.redoTextProperty(),
                "data.redo.tooltip", viewModel::redo);
        Button historyButton = new Button(messages.get("history.open"), new FontIcon(Material2MZ.RESTORE));
        historyButton.setId("data-history");
        historyButton.setOnAction(event -> {
            viewModel.history().load();
            HistoryView.show(getScene().getWindow(), messages, viewModel.history());
        });
        Button rowHistory = new Button(messages.get("history.ofThisRow"));
        rowHistory.setId("data-row-history");
        rowHistory.disableProperty().bind(table.selectedRowProperty().isNull());
        rowHistory.setOnAction(event -> {
            viewModel.showHistoryOf(table.selectedRowProperty().get());
            HistoryView.show(getScene().getWindow(), messages, viewModel.history());
        });
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, importButton, template,
                exportCsv, exportXlsx, delete, undo, redo, historyButton, rowHistory);
        Label readOnly = new Label();
        readOnly.setId("data-read-only");
        readOnly.setWrapText(true);
        readOnly.setGraphic(new FontIcon(Material2AL.LOCK));
        readOnly.getStyleClass().add("read-only-note");
        readOnly.textProperty().bind(viewModel.readOnlyReasonProperty());
        readOnly.visibleProperty().bind(viewModel.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        return new VBox(8, search, buttons, readOnly);
    }

    /** Undo or redo: disabled with nothing to do, its tooltip naming what it would do. */
    private Button historyButton(String id, String labelKey, Material2MZ icon,
                                 ObservableStringValue what, String tooltipKey, Runnable action) {
        Button button = new Button(messages.get(labelKey), new FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> what.get().isEmpty()
                || !viewModel.editableProperty().get(), what, viewModel.editableProperty()));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> messages.format(tooltipKey, what.get()), what));
        button.setTooltip(tooltip);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Asks before a delete, naming the row; Keep is the default button. */
    private boolean confirmDelete(String question) {
        ButtonType remove = new ButtonType(messages.get("data.delete.confirm"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("data.delete.keep"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                question, remove, keep);
        alert.setTitle(messages.get("data.delete.confirmTitle"));
        alert.setHeaderText(null);
        alert.initOwner(getScene().getWindow());
        ((Button) alert.getDialogPane().lookupButton(remove)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        alert.getDialogPane().setId("delete-confirmation");
        return alert.showAndWait().filter(remove::equals).isPresent();
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        return chooser;
    }

    private void export(TableExporter.Format format, String extension) {
        FileChooser chooser = chooser("data.export.choose");
        chooser.setInitialFileName(viewModel.tableProperty().get() + "." + extension);
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.export(format, file.toPath());
        }
    }

    private void saveTemplate() {
        String base = viewModel.templateFor(viewModel.tableProperty().get()).orElse(null);
        if (base == null) {
            return;
        }
        FileChooser chooser = chooser("data.template");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("XLSX", "*.xlsx"));
        chooser.setInitialFileName(base + ".csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.saveTemplate(file.toPath());
        }
    }

    private VBox importPanel() {
        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            var preview = viewModel.previewProperty().get();
            return preview == null ? "" : messages.format("data.import.summary", preview.file().fileName(),
                    preview.file().encoding(), String.valueOf(preview.file().separator()), preview.rowCount(),
                    preview.problemCount());
        }, viewModel.previewProperty()));
        Label sample = new Label();
        sample.setId("import-sample");
        sample.setWrapText(true);
        sample.getStyleClass().add("screen-note");
        sample.textProperty().bind(Bindings.createStringBinding(() -> {
            var preview = viewModel.previewProperty().get();
            return preview == null || preview.file().sample().isEmpty() ? ""
                    : messages.format("data.import.sample", preview.file().encoding(), preview.file().sample());
        }, viewModel.previewProperty()));
        sample.managedProperty().bind(sample.textProperty().isNotEmpty());
        ListView<String> problems = wrappingList(viewModel.importProblems(), "import-problems", 140);
        problems.visibleProperty().bind(Bindings.isNotEmpty(viewModel.importProblems()));
        problems.managedProperty().bind(problems.visibleProperty());
        Button commit = new Button(messages.get("data.import.commit"));
        commit.setId("import-commit");
        commit.getStyleClass().add("accent");
        commit.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.previewProperty().get() == null
                        || !viewModel.previewProperty().get().canCommit() || viewModel.importingProperty().get(),
                viewModel.previewProperty(), viewModel.importingProperty()));
        commit.setOnAction(event -> viewModel.commitImport());
        Button cancel = new Button(messages.get("data.import.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(event -> {
            if (viewModel.importingProperty().get()) {
                viewModel.cancelImport();
            } else {
                viewModel.discardPreview();
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.importProgressProperty());
        progress.visibleProperty().bind(viewModel.importingProperty());
        progress.setPrefWidth(240);
        Button saveProblems = new Button(messages.get("data.import.saveProblems"));
        saveProblems.setId("import-save-problems");
        saveProblems.visibleProperty().bind(problems.visibleProperty());
        saveProblems.managedProperty().bind(saveProblems.visibleProperty());
        saveProblems.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("data.import.saveProblems"));
            chooser.setInitialFileName("problems.txt");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                viewModel.saveProblems(file.toPath());
            }
        });
        Label parsedTitle = new Label(messages.get("data.import.parsedTitle"));
        parsedTitle.getStyleClass().add("screen-note");
        ListView<String> parsed = wrappingList(viewModel.importParsed(), "import-parsed", 96);
        parsed.visibleProperty().bind(Bindings.isNotEmpty(viewModel.importParsed()));
        parsed.managedProperty().bind(parsed.visibleProperty());
        parsedTitle.visibleProperty().bind(parsed.visibleProperty());
        parsedTitle.managedProperty().bind(parsed.visibleProperty());
        HBox buttons = new HBox(8, commit, cancel, saveProblems, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(8, summary, sample, parsedTitle, parsed, problems, buttons);
        panel.getStyleClass().add("import-panel");
        panel.setPadding(new Insets(12));
        panel.visibleProperty().bind(viewModel.previewProperty().isNotNull().or(viewModel.importingProperty())
                .or(Bindings.isNotEmpty(viewModel.importProblems())));
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    /** A list of lines that wrap to its width instead of scrolling sideways. */
    private static ListView<String> wrappingList(javafx.collections.ObservableList<String> lines, String id,
                                                 double height) {
        ListView<String> list = new ListView<>(lines);
        list.setId(id);
        list.setPrefHeight(height);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return list;
    }

    /** The form scrolls; its Save and Clear stay in sight below it, however many fields a table has. */
    private BorderPane form() {
        RowFormViewModel form = viewModel.rowForm();
        Label heading = new Label();
        heading.setId("form-heading");
        heading.textProperty().bind(form.headingProperty());
        heading.getStyleClass().add("details-title");
        Label hint = new Label();
        hint.textProperty().bind(form.hintProperty());
        hint.setWrapText(true);
        hint.getStyleClass().add("screen-note");
        Label mode = new Label();
        mode.setId("form-mode");
        mode.setWrapText(true);
        mode.textProperty().bind(form.modeProperty());
        mode.getStyleClass().add("form-mode");
        form.modeProperty().addListener((obs, old, now) -> mode.pseudoClassStateChanged(EDITING, form.isEditing()));
        GridPane grid = new GridPane();
        grid.setVgap(2);
        fillForm(grid, form);
        form.fields().addListener((ListChangeListener<String>) change -> fillForm(grid, form));
        form.values().addListener((MapChangeListener<String, String>) change -> {
            if (change.wasAdded() && grid.lookup("#form-" + change.getKey()) instanceof Control input) {
                showValue(input, change.getValueAdded());
            }
        });
        Label formError = new Label();
        formError.setId("form-error");
        formError.getStyleClass().add("error-text");
        formError.setWrapText(true);
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        VBox problems = new VBox(2);
        problems.setId("form-problems");
        form.errors().addListener((MapChangeListener<String, String>) change -> {
            formError.setText(form.errors().getOrDefault(RowFormViewModel.WHOLE_ROW, ""));
            showErrors(grid, form, problems);
        });
        Button save = new Button(messages.get("data.form.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("form-save");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.saveForm());
        save.disableProperty().bind(viewModel.editableProperty().not());
        Button clear = new Button(messages.get("data.form.clear"));
        clear.setOnAction(event -> form.clear());
        VBox box = new VBox(10, heading, mode, hint, grid);
        box.setPadding(new Insets(16));
        formScroll = new UncachedScrollPane(box);
        formScroll.setFitToWidth(true);
        VBox actions = new VBox(6, problems, formError, new HBox(8, save, clear));
        actions.setPadding(new Insets(8, 16, 12, 16));
        actions.getStyleClass().add("form-actions");
        BorderPane pane = new BorderPane(formScroll);
        pane.setBottom(actions);
        pane.getStyleClass().add("details-pane");
        pane.setPrefWidth(FORM_WIDTH);
        pane.setMinWidth(FORM_WIDTH);
        return pane;
    }

    /**
     * One row per field: its label, a text field or a choice box, and the problem below it. A few
     * fields a frame: a choice box alone takes a few milliseconds to style the first time, and a
     * table's fourteen fields at once held the FX thread for several frames.
     */
    private void fillForm(GridPane grid, RowFormViewModel form) {
        grid.getChildren().clear();
        List<String> fields = List.copyOf(form.fields());
        List<Runnable> chunks = new java.util.ArrayList<>();
        for (int first = 0; first < fields.size(); first += FIELDS_PER_FRAME) {
            int from = first;
            int to = Math.min(fields.size(), first + FIELDS_PER_FRAME);
            chunks.add(() -> {
                for (int index = from; index < to; index++) {
                    addField(grid, form, fields.get(index), index);
                }
                markFields(grid, form);
            });
        }
        FrameByFrame.replaceParts(grid, chunks.toArray(Runnable[]::new)); // a table switch drops the old fields
    }

    /** The field's label and, below it, its input: the form's {@code row}-th field. */
    private void addField(GridPane grid, RowFormViewModel form, String field, int row) {
        Label label = new Label(form.label(field));
        Control input = input(field, form);
        input.setId("form-" + field);
        input.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(input, Priority.ALWAYS);
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                formScroll.reveal(input);
            }
        });
        label.setLabelFor(input);
        label.setWrapText(true);
        if (row > 0) {
            label.setPadding(new Insets(6, 0, 0, 0));
        }
        // the label above its field: beside it, Russian labels ("Единица (валюта или %)") left the
        // fields a few letters wide in the form's width
        grid.add(label, 0, 2 * row);
        grid.add(input, 0, 2 * row + 1);
    }

    private Control input(String field, RowFormViewModel form) {
        List<String> choices = form.choices(field);
        if (choices.isEmpty()) {
            TextField text = new TextField(form.values().getOrDefault(field, ""));
            text.textProperty().addListener((obs, old, now) -> form.values().put(field, now));
            return text;
        }
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return form.choiceLabel(field, value);
            }

            @Override
            public String fromString(String label) {
                return choices.stream().filter(c -> form.choiceLabel(field, c).equals(label)).findFirst().orElse(label);
            }
        });
        box.setValue(form.values().getOrDefault(field, ""));
        box.valueProperty().addListener((obs, old, now) -> form.values().put(field, now == null ? "" : now));
        return box;
    }

    @SuppressWarnings("unchecked")
    private static void showValue(Control input, String value) {
        if (input instanceof TextField text && !text.getText().equals(value)) {
            text.setText(value);
        } else if (input instanceof ComboBox<?> box && !java.util.Objects.equals(box.getValue(), value)) {
            ((ComboBox<String>) box).setValue(value);
        }
    }

    /**
     * The problems of a save, listed below the form beside Save (each names its field and, clicked,
     * goes to it); the fields are marked in red. Nothing above moves: a problem under its field
     * pushed every field below it down just as the user reached for the next one.
     */
    private void showErrors(GridPane grid, RowFormViewModel form, VBox problems) {
        markFields(grid, form);
        problems.getChildren().clear();
        for (String field : form.fields()) {
            String text = form.errors().get(field);
            if (text == null) {
                continue;
            }
            Hyperlink name = new Hyperlink(form.label(field) + ":");
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setOnAction(event -> {
                if (grid.lookup("#form-" + field) instanceof Control input) {
                    input.requestFocus();
                }
            });
            Label error = new Label(text);
            error.setId("form-error-" + field);
            error.getStyleClass().add("error-text");
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
            HBox line = new HBox(4, name, error);
            line.setAlignment(Pos.BASELINE_LEFT);
            HBox.setHgrow(error, Priority.ALWAYS);
            problems.getChildren().add(line);
        }
    }

    /** A field with a problem is drawn in the theme's danger colour, its problem in its tooltip. */
    private static void markFields(GridPane grid, RowFormViewModel form) {
        for (String field : form.fields()) {
            if (grid.lookup("#form-" + field) instanceof Control input) {
                String text = form.errors().get(field);
                input.pseudoClassStateChanged(Styles.STATE_DANGER, text != null);
                input.setTooltip(text == null ? null : new Tooltip(text));
            }
        }
    }

    private static final javafx.css.PseudoClass EDITING = javafx.css.PseudoClass.getPseudoClass("editing");
}

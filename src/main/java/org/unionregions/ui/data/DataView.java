package org.unionregions.ui.data;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.unionregions.i18n.Messages;
import org.unionregions.io.TableExporter;
import org.unionregions.ui.common.FrameByFrame;

/** Tables to browse and search, the import preview, export, and the agreement form. */
public final class DataView extends BorderPane {

    private static final double FORM_WIDTH = RowFormView.WIDTH;

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
        tables.setAccessibleText(messages.get("data.tables.accessible"));
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
                () -> setRight(new RowFormView(viewModel.rowForm(), new RowFormView.Actions(viewModel::saveForm,
                        viewModel::saveAsStatementOfOffered, viewModel::saveAsSeparateDocument),
                        viewModel.editableProperty(), messages)),
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
        Button merge = new Button(messages.get("data.documents.merge"), new FontIcon(Material2AL.CALL_MERGE));
        merge.setId("data-merge");
        merge.setTooltip(new Tooltip(messages.get("data.documents.merge.tooltip")));
        merge.setOnAction(event -> chooseDocument(table.selectedRowProperty().get()));
        Button split = new Button(messages.get("data.documents.split"), new FontIcon(Material2AL.CALL_SPLIT));
        split.setId("data-split");
        split.setTooltip(new Tooltip(messages.get("data.documents.split.tooltip")));
        split.setOnAction(event -> viewModel.splitOff(table.selectedRowProperty().get()));
        for (Button documents : List.of(merge, split)) {
            documents.disableProperty().bind(table.selectedRowProperty().isNull().or(viewModel.editableProperty().not()));
            documents.visibleProperty().bind(Bindings.createBooleanBinding(viewModel::showsStatements,
                    viewModel.tableProperty()));
            documents.managedProperty().bind(documents.visibleProperty());
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, importButton, template,
                exportCsv, exportXlsx, delete, undo, redo, historyButton, rowHistory, merge, split);
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

    /** "Same document as…": the other documents of the row's pair to choose from, then the merge. */
    private void chooseDocument(List<String> row) {
        if (row == null) {
            return;
        }
        String key = viewModel.pageProperty().get().keyOf(row);
        viewModel.documentChoices(row, choices -> {
            if (choices.isEmpty()) {
                Alert none = new Alert(Alert.AlertType.INFORMATION, messages.get("data.documents.none"),
                        new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
                none.setHeaderText(null);
                none.initOwner(getScene().getWindow());
                none.showAndWait();
                return;
            }
            javafx.scene.control.ChoiceDialog<DataViewModel.DocumentChoice> dialog =
                    new javafx.scene.control.ChoiceDialog<>(choices.get(0), choices);
            dialog.setTitle(messages.get("data.documents.merge"));
            dialog.setHeaderText(messages.format("data.documents.choose", key));
            dialog.getDialogPane().setId("merge-dialog");
            dialog.getDialogPane().setPrefWidth(620);
            // the dialog's own buttons in the window's language, not the JDK's
            org.unionregions.ui.common.Dialogs.nameButtons(dialog.getDialogPane(), messages);
            dialog.initOwner(getScene().getWindow());
            dialog.showAndWait().ifPresent(chosen -> viewModel.mergeInto(row, chosen.document()));
        });
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
        javafx.scene.control.CheckBox join = new javafx.scene.control.CheckBox(messages.get("data.import.joinDocuments"));
        join.setId("import-join-documents");
        join.setWrapText(true);
        join.selectedProperty().bindBidirectional(viewModel.joinDocumentsProperty());
        join.visibleProperty().bind(Bindings.createBooleanBinding(viewModel::showsStatements, viewModel.tableProperty()));
        join.managedProperty().bind(join.visibleProperty());
        VBox panel = new VBox(8, summary, sample, parsedTitle, parsed, problems, join, buttons);
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

}

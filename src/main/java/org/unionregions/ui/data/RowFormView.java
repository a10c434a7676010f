package org.unionregions.ui.data;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.FrameByFrame;
import org.unionregions.ui.common.UncachedScrollPane;

/**
 * The form beside a table ({@link RowFormViewModel}): a row's fields, each checked; what is wrong listed
 * beside Save, the fields marked. The form scrolls; its Save and Clear stay in sight below it, however
 * many fields a table has.
 */
public final class RowFormView extends BorderPane {

    static final double WIDTH = 380;
    private static final int FIELDS_PER_FRAME = 4;
    private static final javafx.css.PseudoClass EDITING = javafx.css.PseudoClass.getPseudoClass("editing");

    private final RowFormViewModel form;
    private UncachedScrollPane formScroll;

    /** What the form's buttons do: the Data screen saves and reloads. */
    public record Actions(Runnable save, Runnable joinOffered, Runnable keepSeparate) {
    }

    /** {@code editable}: false turns Save off. */
    public RowFormView(RowFormViewModel form, Actions buttons, ObservableBooleanValue editable, Messages messages) {
        this.form = form;
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
        Button saveButton = new Button(messages.get("data.form.save"), new FontIcon(Material2MZ.SAVE));
        saveButton.setId("form-save");
        saveButton.getStyleClass().add("accent");
        saveButton.setOnAction(event -> buttons.save().run());
        saveButton.disableProperty().bind(Bindings.not(editable));
        Button clear = new Button(messages.get("data.form.clear"));
        clear.setOnAction(event -> form.clear());
        VBox box = new VBox(10, heading, mode, hint, grid);
        box.setPadding(new Insets(16));
        formScroll = new UncachedScrollPane(box);
        formScroll.setFitToWidth(true);
        // a new statement that matches a stored document: add it to that document, or keep it apart
        Label offer = new Label();
        offer.setId("form-document-offer");
        offer.setWrapText(true);
        offer.setMinHeight(Region.USE_PREF_SIZE);
        offer.textProperty().bind(form.documentOfferProperty());
        Button join = new Button(messages.get("data.form.documentOffer.join"));
        join.setId("form-join-document");
        join.getStyleClass().add("accent");
        join.setOnAction(event -> buttons.joinOffered().run());
        Button separate = new Button(messages.get("data.form.documentOffer.separate"));
        separate.setId("form-separate-document");
        separate.setOnAction(event -> buttons.keepSeparate().run());
        javafx.scene.layout.FlowPane choice = new javafx.scene.layout.FlowPane(8, 6, join, separate);
        VBox offerBox = new VBox(6, offer, choice);
        offerBox.getStyleClass().add("document-offer");
        offerBox.visibleProperty().bind(form.documentOfferProperty().isNotEmpty());
        offerBox.managedProperty().bind(offerBox.visibleProperty());
        VBox actions = new VBox(6, offerBox, problems, formError, new HBox(8, saveButton, clear));
        actions.setPadding(new Insets(8, 16, 12, 16));
        actions.getStyleClass().add("form-actions");
        setCenter(formScroll);
        setBottom(actions);
        getStyleClass().add("details-pane");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
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
}

package org.unionregions.ui.shell;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DeckRepository.Entry;
import org.unionregions.ui.common.Dialogs;
import org.unionregions.ui.present.Slide;

/**
 * The deck composer's window: what can go on a slide on the left, the deck in order on the right
 * (add, remove, up, down), the chosen slide's title, subtitle and notes below; save, present, export.
 */
final class DeckComposerDialog {

    private DeckComposerDialog() {
    }

    /** {@code present} shows composed slides full screen; {@code export} writes them ("pdf" or "pptx"). */
    static Dialog<Void> of(Window owner, DeckComposerViewModel deck, Messages messages,
                           Consumer<List<Slide>> present, BiConsumer<String, List<Slide>> export) {
        deck.load();
        ComboBox<String> name = new ComboBox<>(deck.decks());
        name.setId("deck-name");
        name.setEditable(true);
        name.setPrefWidth(320);
        name.getEditor().textProperty().bindBidirectional(deck.nameProperty());
        name.setOnAction(event -> {
            String chosen = name.getValue();
            if (chosen != null && deck.decks().contains(chosen)) {
                deck.open(chosen);
            }
        });

        ListView<Entry> choices = new ListView<>();
        choices.setId("deck-choices");
        choices.getItems().setAll(deck.choices());
        choices.setCellFactory(list -> labelled(deck));
        ListView<Entry> slides = new ListView<>(deck.entries());
        slides.setId("deck-slides");
        slides.setCellFactory(list -> labelled(deck));
        for (ListView<Entry> list : List.of(choices, slides)) {
            list.setPrefSize(380, 300);
            VBox.setVgrow(list, Priority.ALWAYS);
        }

        Button add = new Button(messages.get("deck.add"));
        add.setId("deck-add");
        add.disableProperty().bind(choices.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(event -> deck.add(choices.getSelectionModel().getSelectedItem()));
        choices.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && choices.getSelectionModel().getSelectedItem() != null) {
                add.fire();
            }
        });
        Button remove = new Button(messages.get("deck.remove"));
        remove.setOnAction(event -> deck.remove(slides.getSelectionModel().getSelectedIndex()));
        Button up = new Button(messages.get("views.up"));
        up.setOnAction(event -> moveSelected(deck, slides, -1));
        Button down = new Button(messages.get("views.down"));
        down.setOnAction(event -> moveSelected(deck, slides, +1));
        for (Button button : List.of(remove, up, down)) {
            button.disableProperty().bind(slides.getSelectionModel().selectedItemProperty().isNull());
            button.setMaxWidth(Double.MAX_VALUE);
        }
        add.setMaxWidth(Double.MAX_VALUE);
        VBox moves = new VBox(8, add, remove, up, down);
        moves.setAlignment(Pos.CENTER);

        TextField title = new TextField();
        title.setId("deck-slide-title");
        title.setPromptText(messages.get("deck.title"));
        TextField subtitle = new TextField();
        subtitle.setId("deck-slide-subtitle");
        subtitle.setPromptText(messages.get("deck.subtitle"));
        TextArea notes = new TextArea();
        notes.setId("deck-slide-notes");
        notes.setPromptText(messages.get("deck.notes"));
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        Button apply = new Button(messages.get("deck.apply"));
        apply.setId("deck-apply");
        apply.disableProperty().bind(slides.getSelectionModel().selectedItemProperty().isNull());
        apply.setOnAction(event -> {
            int index = slides.getSelectionModel().getSelectedIndex();
            deck.edit(index, title.getText(), subtitle.getText(), notes.getText());
            slides.getSelectionModel().select(index);
        });
        slides.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            title.setText(entry == null ? "" : entry.title());
            subtitle.setText(entry == null ? "" : entry.subtitle());
            notes.setText(entry == null ? "" : entry.notes());
        });

        Button save = new Button(messages.get("deck.save"));
        save.setId("deck-save");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> deck.save());
        Button delete = new Button(messages.get("deck.delete"));
        delete.setOnAction(event -> deck.delete());
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !deck.decks().contains(deck.nameProperty().get()), deck.decks(), deck.nameProperty()));
        Button show = new Button(messages.get("deck.present"));
        show.setId("deck-present");
        show.setOnAction(event -> deck.compose(present));
        Button pdf = new Button(messages.get("present.exportPdf"));
        pdf.setId("deck-export-pdf");
        pdf.setOnAction(event -> deck.compose(composed -> export.accept("pdf", composed)));
        Button pptx = new Button(messages.get("present.exportPptx"));
        pptx.setId("deck-export-pptx");
        pptx.setOnAction(event -> deck.compose(composed -> export.accept("pptx", composed)));
        for (Button button : List.of(show, pdf, pptx)) {
            button.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(deck.entries()));
        }
        Label said = new Label();
        said.setId("deck-status");
        said.setWrapText(true);
        said.getStyleClass().add("screen-note");
        said.textProperty().bind(deck.statusProperty());

        HBox lists = new HBox(12, column(messages.get("deck.available"), choices), moves,
                column(messages.get("deck.slides"), slides));
        HBox.setHgrow(lists.getChildren().get(2), Priority.ALWAYS);
        VBox texts = new VBox(6, title, subtitle, notes, apply);
        HBox top = new HBox(8, new Label(messages.get("deck.name")), name, save, delete);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, show, pdf, pptx);
        VBox content = new VBox(12, top, lists, texts, actions, said);
        content.setPadding(new Insets(8));

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("deck.compose").replace("…", ""));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("deck-dialog");
        dialog.getDialogPane().setPrefSize(920, 720);
        Dialogs.fitToContentWhenShown(dialog);
        return dialog;
    }

    private static VBox column(String heading, ListView<Entry> list) {
        Label label = new Label(heading);
        label.getStyleClass().add("screen-note");
        VBox box = new VBox(4, label, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private static void moveSelected(DeckComposerViewModel deck, ListView<Entry> slides, int step) {
        int index = slides.getSelectionModel().getSelectedIndex();
        deck.move(index, step);
        slides.getSelectionModel().select(Math.max(0, Math.min(deck.entries().size() - 1, index + step)));
    }

    private static ListCell<Entry> labelled(DeckComposerViewModel deck) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : deck.label(entry));
            }
        };
    }
}

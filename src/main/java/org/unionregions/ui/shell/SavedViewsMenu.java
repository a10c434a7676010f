package org.unionregions.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.unionregions.i18n.Messages;
import org.unionregions.store.SavedViewRepository.SavedView;

/**
 * The menu's saved views: "Save view…" (Ctrl+Shift+S) names the screen on display, the list opens
 * one as saved, "Manage views…" renames, deletes and reorders them.
 */
final class SavedViewsMenu {

    private final SavedViewsViewModel views;
    private final Messages messages;
    private final Supplier<Window> owner;

    SavedViewsMenu(SavedViewsViewModel views, Messages messages, Supplier<Window> owner) {
        this.views = views;
        this.messages = messages;
        this.owner = owner;
        views.nameTakenProperty().addListener((obs, old, name) -> {
            if (name != null && confirm(messages.format("views.replace", name))) {
                views.saveCurrent(name, true);
            }
        });
    }

    List<MenuItem> items() {
        MenuItem save = new MenuItem(messages.get("menu.saveView"));
        save.setId("menu-save-view");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        save.setOnAction(event -> askName("").ifPresent(name -> views.saveCurrent(name, false)));
        Menu list = new Menu(messages.get("menu.views"));
        list.setId("menu-views");
        fill(list);
        views.views().addListener((ListChangeListener<SavedView>) change -> fill(list));
        MenuItem manage = new MenuItem(messages.get("menu.manageViews"));
        manage.setId("menu-manage-views");
        manage.setOnAction(event -> manageDialog().show());
        return List.of(save, list, manage);
    }

    private void fill(Menu list) {
        list.getItems().clear();
        for (SavedView view : views.views()) {
            MenuItem item = new MenuItem(view.name());
            item.setOnAction(event -> views.open(view));
            list.getItems().add(item);
        }
        if (list.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.get("views.none"));
            none.setDisable(true);
            list.getItems().add(none);
        }
    }

    private Optional<String> askName(String current) {
        TextInputDialog ask = new TextInputDialog(current);
        ask.initOwner(owner.get());
        ask.setTitle(messages.get("menu.saveView"));
        ask.setHeaderText(null);
        ask.setContentText(messages.get("views.askName"));
        ask.getDialogPane().setId("view-name-dialog");
        return ask.showAndWait().map(String::trim).filter(name -> !name.isEmpty());
    }

    private boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner.get());
        alert.setHeaderText(null);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
        return alert.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    /** The list with Open, Rename, Delete (asked first), Up and Down; double-click opens. */
    Dialog<Void> manageDialog() {
        ListView<SavedView> list = new ListView<>(views.views());
        list.setId("views-list");
        list.setPrefSize(420, 320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SavedView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.name() + " — " + messages.get("nav." + item.screen().toLowerCase(java.util.Locale.ROOT)));
            }
        });
        Dialog<Void> dialog = new Dialog<>();
        Button open = new Button(messages.get("views.open"));
        open.setOnAction(event -> selected(list).ifPresent(view -> {
            views.open(view);
            dialog.close();
        }));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                open.fire();
            }
        });
        Button rename = new Button(messages.get("views.rename"));
        rename.setId("views-rename");
        rename.setOnAction(event -> selected(list).ifPresent(view ->
                askName(view.name()).ifPresent(name -> views.rename(view, name))));
        Button delete = new Button(messages.get("views.delete"));
        delete.setId("views-delete");
        delete.setOnAction(event -> selected(list).ifPresent(view -> {
            if (confirm(messages.format("views.deleteQuestion", view.name()))) {
                views.delete(view);
            }
        }));
        Button up = new Button(messages.get("views.up"));
        up.setId("views-up");
        up.setOnAction(event -> selected(list).ifPresent(view -> views.move(view, -1)));
        Button down = new Button(messages.get("views.down"));
        down.setId("views-down");
        down.setOnAction(event -> selected(list).ifPresent(view -> views.move(view, +1)));
        for (Button button : List.of(open, rename, delete, up, down)) {
            button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        VBox buttons = new VBox(8, open, rename, delete, up, down);
        buttons.getChildren().forEach(button -> ((Button) button).setMaxWidth(Double.MAX_VALUE));
        HBox content = new HBox(12, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        content.setPadding(new Insets(8));
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("menu.manageViews"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("views-dialog");
        return dialog;
    }

    private static Optional<SavedView> selected(ListView<SavedView> list) {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }
}

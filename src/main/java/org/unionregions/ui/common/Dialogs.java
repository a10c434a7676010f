package org.unionregions.ui.common;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.unionregions.i18n.Messages;

/** What the app's own dialogs share. */
public final class Dialogs {

    /** The standard buttons' words: JavaFX names them once, in the language the program started in. */
    private static final Map<ButtonType, String> STANDARD_BUTTONS = Map.of(ButtonType.OK, "dialog.ok",
            ButtonType.CANCEL, "dialog.cancel", ButtonType.CLOSE, "dialog.close", ButtonType.YES, "dialog.yes",
            ButtonType.NO, "dialog.no", ButtonType.APPLY, "dialog.apply");

    private static volatile Messages language;
    private static boolean watching;

    private Dialogs() {
    }

    /**
     * From now on every dialog shown (an alert, a question, a chooser of the app's) names its standard
     * buttons (OK, Cancel, Close, Yes, No, Apply) in {@code messages}' language, whoever built it; called
     * again when the window changes language.
     */
    public static synchronized void speak(Messages messages) {
        language = messages;
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window shown : change.getAddedSubList()) {
                    if (shown.getScene() != null && language != null) {
                        Node pane = shown.getScene().getRoot() instanceof DialogPane root ? root
                                : shown.getScene().getRoot().lookup(".dialog-pane");
                        if (pane instanceof DialogPane dialogPane) {
                            nameButtons(dialogPane, language);
                        }
                    }
                }
            }
        });
    }

    /** Names the pane's standard buttons in the language of {@code messages}. */
    public static void nameButtons(DialogPane pane, Messages messages) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = STANDARD_BUTTONS.get(type);
            if (key != null && pane.lookupButton(type) instanceof javafx.scene.control.Button button) {
                button.setText(messages.get(key));
            }
        }
    }

    /**
     * Gives the dialog the size of its content when shown: a dialog shown for the first time takes a
     * default width on some platforms (600 px on Monocle), whatever its content asks for.
     */
    public static void fitToContentWhenShown(Dialog<?> dialog) {
        dialog.setOnShown(event -> {
            dialog.setWidth(dialog.getDialogPane().prefWidth(-1));
            dialog.setHeight(dialog.getDialogPane().prefHeight(-1));
        });
    }
}

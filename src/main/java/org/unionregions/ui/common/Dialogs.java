package org.unionregions.ui.common;

import javafx.scene.control.Dialog;

/** What the app's own dialogs share. */
public final class Dialogs {

    private Dialogs() {
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

package org.unionregions.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.unionregions.i18n.Messages;

/** Help (the keys and a short guide) and About (version, licence, data, the database open). */
final class HelpDialogs {

    private HelpDialogs() {
    }

    static void help(Window owner, Messages messages) {
        show(owner, "help-dialog", messages.get("menu.help"), messages.get("help.text"));
    }

    static void about(Window owner, Messages messages, String database) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        show(owner, "about-dialog", messages.get("menu.about"), messages.format("about.text",
                version == null ? messages.get("about.devBuild") : version, database));
    }

    private static void show(Window owner, String id, String title, String text) {
        TextArea body = new TextArea(text);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefColumnCount(60);
        body.setPrefRowCount(Math.min(24, (int) text.lines().count() + 1));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId(id);
        alert.initOwner(owner);
        alert.show();
    }
}

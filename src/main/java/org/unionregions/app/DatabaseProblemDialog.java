package org.unionregions.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import org.unionregions.i18n.Messages;

/**
 * Says why the database cannot be opened (the file itself is never touched) and offers the ways on:
 * open another file, start a fresh database beside it, restore the latest backup, or quit.
 */
final class DatabaseProblemDialog {

    enum Choice { OPEN_ANOTHER, START_FRESH, RESTORE_BACKUP, QUIT }

    private DatabaseProblemDialog() {
    }

    static Choice ask(Messages messages, Path file, String problem, Optional<Path> backup) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("dbproblem.title"));
        alert.setHeaderText(messages.format("dbproblem.header", file.toString()));
        Label text = new Label(problem + "\n\n" + messages.get("dbproblem.untouched")
                + backup.map(b -> "\n" + messages.format("dbproblem.backup", b.toString())).orElse(""));
        text.setWrapText(true);
        text.setMaxWidth(620);
        alert.getDialogPane().setContent(text);
        ButtonType another = new ButtonType(messages.get("dbproblem.openAnother"), ButtonBar.ButtonData.OTHER);
        ButtonType fresh = new ButtonType(messages.get("dbproblem.fresh"), ButtonBar.ButtonData.OTHER);
        ButtonType restore = new ButtonType(messages.get("dbproblem.restore"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.get("dbproblem.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(another, fresh);
        if (backup.isPresent()) {
            alert.getButtonTypes().add(restore);
        }
        alert.getButtonTypes().add(quit);
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == another) {
            return Choice.OPEN_ANOTHER;
        }
        if (answer == fresh) {
            return Choice.START_FRESH;
        }
        return answer == restore ? Choice.RESTORE_BACKUP : Choice.QUIT;
    }
}

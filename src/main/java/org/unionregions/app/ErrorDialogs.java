package org.unionregions.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionregions.i18n.Messages;

/** An uncaught exception is logged and shown in a dialog, never swallowed into a frozen window. */
final class ErrorDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);
    private static final AtomicBoolean SHOWING = new AtomicBoolean(false);

    private ErrorDialogs() {
    }

    static void install(Messages messages, String logLocation) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("uncaught exception in {}", thread.getName(), error);
            Platform.runLater(() -> show(messages, error, logLocation));
        });
    }

    private static void show(Messages messages, Throwable error, String logLocation) {
        if (!SHOWING.compareAndSet(false, true)) {
            return; // one dialog at a time; the rest are in the log
        }
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(messages.get("error.title"));
            alert.setHeaderText(messages.get("error.header"));
            String text = String.valueOf(error.getMessage() == null ? error : error.getMessage());
            TextArea details = new TextArea(text + "\n\n" + messages.format("error.log", logLocation));
            details.setEditable(false);
            details.setWrapText(true);
            alert.getDialogPane().setContent(details);
            alert.showAndWait();
        } finally {
            SHOWING.set(false);
        }
    }
}

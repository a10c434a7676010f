package org.unionregions.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.unionregions.i18n.Messages;

/** "Saved to …" in a notification at the window's corner, with a button to the folder (ControlsFX). */
final class SavedNotices {

    private final Window owner;
    private final Messages messages;
    private final Consumer<Path> openFolder;

    SavedNotices(Window owner, Messages messages, Consumer<Path> openFolder) {
        this.owner = owner;
        this.messages = messages;
        this.openFolder = openFolder;
    }

    void accept(Path file, String text) {
        Path folder = file.toAbsolutePath().getParent();
        Notifications.create()
                .owner(owner)
                .title(messages.get("saved.title"))
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(10))
                .action(new Action(messages.get("saved.openFolder"), event -> openFolder.accept(folder)))
                .show();
    }
}

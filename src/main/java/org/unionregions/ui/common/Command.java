package org.unionregions.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An action a button binds to (mvvmFX vocabulary): it can be disabled, and says while it runs. */
public final class Command {

    private final BooleanProperty executable = new SimpleBooleanProperty(true);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final Runnable action;

    public Command(Runnable action) {
        this.action = action;
    }

    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }

    public BooleanProperty executableProperty() {
        return executable;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** For the owner of the command: mark the start and end of its background work. */
    public void setRunning(boolean value) {
        running.set(value);
    }
}

package org.unionregions.ui.common;

import org.unionregions.i18n.Messages;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A screen's loading state: {@code busy} while store work runs (the view shows a progress
 * indicator), {@code error} with the message when it failed, empty when it succeeded.
 */
public final class BackgroundLoad {

    private final AsyncRunner runner;
    private final Messages messages;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");

    public BackgroundLoad(AsyncRunner runner, Messages messages) {
        this.runner = runner;
        this.messages = messages;
    }

    /** Runs {@code work} in the background and hands its result to {@code apply} on the FX thread. */
    public <T> void run(Supplier<T> work, Consumer<T> apply) {
        busy.set(true);
        runner.run(work, result -> {
            apply.accept(result);
            error.set("");
            busy.set(false);
        }, failure -> {
            error.set(ErrorText.of(failure, messages));
            busy.set(false);
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}

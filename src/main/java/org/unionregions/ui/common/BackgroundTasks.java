package org.unionregions.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unionregions.i18n.Messages;

/**
 * The one way a view model runs store work (in the style of JabRef's BackgroundTask and
 * Cryptomator's Tasks): the work runs on the runner's background thread, its answer is handed back on
 * the FX thread, {@code busy} counts the work in flight (so two kinds of work never clear each other's
 * spinner, and an answer dropped as stale still counts as done), and every failure is worded once and
 * goes to the screen's {@code error} and to one sink the user sees (the window's status line).
 *
 * <p>Work submitted under a name replaces the earlier work of that name: when both answers come, only
 * the newest is applied ("latest answer wins").
 */
public final class BackgroundTasks {

    /** Where failures go besides the screen: the window's status line. */
    @FunctionalInterface
    public interface FailureSink {
        void failed(String message);

        FailureSink NONE = message -> { };
    }

    private final AsyncRunner runner;
    private final Messages messages;
    private final FailureSink failures;
    private final IntegerProperty inFlight = new SimpleIntegerProperty(0);
    private final BooleanBinding busy = inFlight.greaterThan(0);
    private final StringProperty error = new SimpleStringProperty("");
    private final Map<String, Long> generations = new HashMap<>();

    public BackgroundTasks(AsyncRunner runner, Messages messages, FailureSink failures) {
        this.runner = runner;
        this.messages = messages;
        this.failures = failures;
    }

    public BackgroundTasks(AsyncRunner runner, Messages messages) {
        this(runner, messages, FailureSink.NONE);
    }

    /** True while any work submitted here has not come back. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** The last failure, worded for the user; empty once later work of the same screen succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Runs {@code work} in the background and hands its result to {@code apply} on the FX thread. */
    public <T> void run(Supplier<T> work, Consumer<T> apply) {
        run(work, apply, failure -> { });
    }

    /** As {@link #run(Supplier, Consumer)}; {@code onFailure} learns of a failure after it was reported. */
    public <T> void run(Supplier<T> work, Consumer<T> apply, Consumer<Throwable> onFailure) {
        submit(null, work, apply, onFailure);
    }

    /**
     * Runs {@code work} as the newest work named {@code name}: an answer of earlier work of that name
     * that comes after it is dropped.
     */
    public <T> void latest(String name, Supplier<T> work, Consumer<T> apply) {
        submit(name, work, apply, failure -> { });
    }

    /** Drops the answer of any work named {@code name} still in flight (its result is no longer wanted). */
    public void supersede(String name) {
        generations.merge(name, 1L, Long::sum);
    }

    private <T> void submit(String name, Supplier<T> work, Consumer<T> apply, Consumer<Throwable> onFailure) {
        long generation = name == null ? 0 : generations.merge(name, 1L, Long::sum);
        inFlight.set(inFlight.get() + 1);
        runner.run(work, result -> {
            inFlight.set(inFlight.get() - 1);
            if (name == null || generations.get(name) == generation) {
                error.set("");
                apply.accept(result);
            }
        }, failure -> {
            inFlight.set(inFlight.get() - 1);
            if (name == null || generations.get(name) == generation) {
                String text = ErrorText.of(failure, messages);
                error.set(text);
                failures.failed(text);
                onFailure.accept(failure);
            }
        });
    }

    /** Hands an update to the FX thread (progress reported from background work). */
    public void publish(Runnable update) {
        runner.publish(update);
    }

    /** A busy binding for several task sets at once (a screen with work of its own and of its form). */
    public static BooleanBinding anyBusy(BackgroundTasks... tasks) {
        BooleanBinding any = Bindings.createBooleanBinding(() -> false);
        for (BackgroundTasks task : tasks) {
            any = any.or(task.busyProperty());
        }
        return any;
    }
}

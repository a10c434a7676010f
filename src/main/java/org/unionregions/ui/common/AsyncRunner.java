package org.unionregions.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs store work off the FX thread and hands the result back on the FX thread. View models take one
 * in their constructor; tests pass {@link #direct()} so they run without a toolkit.
 */
public final class AsyncRunner {

    private final Executor background;
    private final Executor ui;

    public AsyncRunner(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Runs everything at once on the calling thread: for tests of view models. */
    public static AsyncRunner direct() {
        return new AsyncRunner(Runnable::run, Runnable::run);
    }

    /** Hands an update to the FX thread (progress reported from background work). */
    public void publish(Runnable update) {
        ui.execute(update);
    }

    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                ui.execute(() -> onError.accept(e));
                return;
            }
            ui.execute(() -> onResult.accept(result));
        });
    }
}

package org.unionregions.app;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.common.Themes;
import org.unionregions.ui.shell.MainView;
import org.unionregions.ui.shell.MainViewModel;

/**
 * The first visit to a screen used to hold the FX thread for many frames (BENCHMARKS.md): JavaFX loading the classes
 * of its controls, running their code uncompiled, and matching the theme's thousands of CSS rules for
 * the first time. This does that work on a thread of its own, on throwaway copies: it builds the
 * whole window again, puts it in a scene that is never shown, and styles and lays out every screen,
 * twice. The copies share nothing with the window the user sees, not even the database: their view
 * models read the bundled data from a database in memory, on this thread.
 *
 * <p>JavaFX allows building nodes and a scene on any thread until the scene is in a showing window.
 * Nothing here starts an animation or a timer, which would belong to the FX thread.
 */
public final class ScreenWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenWarmUp.class);
    /** Enough for the code that styles and lays out a screen to be compiled; more only adds memory. */
    static final int ROUNDS = 2;
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CompletableFuture<Void> DONE = new CompletableFuture<>();

    private ScreenWarmUp() {
    }

    /**
     * Starts the warm-up on a background thread, once per process (a second window or a change of
     * language finds everything warm already). Call it once the first screen is on display: it
     * would otherwise compete with it for the processor.
     */
    public static void startOnce(Messages messages, double width, double height) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            run(messages, width, height, ROUNDS);
            DONE.complete(null);
        }, "screen-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Completes when the warm-up has ended, however it ended: for the benchmark. */
    public static CompletableFuture<Void> done() {
        return DONE;
    }

    /** True if every round ran to the end. */
    static boolean run(Messages messages, double width, double height, int rounds) {
        long start = System.nanoTime();
        try (DataStore store = DataStore.inMemoryWithBundledData()) {
            FigureFormat format = new FigureFormat(messages);
            AsyncRunner here = AsyncRunner.direct();
            for (int round = 0; round < rounds; round++) {
                MainViewModel viewModel = MainViewModel.wire(Settings.inMemory(), messages, format, store, here,
                        Clock.systemDefaultZone(), ":memory:", ScreenCatalogue.screens());
                viewModel.start();
                MainView view = new MainView(viewModel, messages, format, new MainView.Host() {
                    @Override
                    public void saved(java.nio.file.Path file, String text) {
                    }

                    @Override
                    public void openDatabase(String location) {
                    }
                });
                Scene scene = new Scene(view, width, height);
                scene.getStylesheets().add(Themes.appStylesheet());
                for (var entry : viewModel.screens().entries()) {
                    viewModel.screenProperty().set(entry.screen().id());
                    view.applyCss();
                    view.layout();
                }
            }
            // The copies are garbage now, much of it moved to the old generation while they were
            // built. Collect it here, while the window is idle, rather than in a full collection that
            // would stop the FX thread at the user's next click.
            System.gc();
            LOG.debug("screens warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (RuntimeException | Error e) {
            // only speed is at stake: the screens still build when first shown
            LOG.info("screen warm-up stopped: {}", e.toString());
            return false;
        }
    }
}

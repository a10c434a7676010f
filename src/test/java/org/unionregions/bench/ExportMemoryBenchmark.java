package org.unionregions.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.unionregions.app.MainWindow;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.OverviewViewModel;
import org.unionregions.ui.present.PresentationViewModel;
import org.unionregions.ui.present.SlideRenderer;

/**
 * The window's resident memory while the deck is exported again and again: opens the real window
 * headless (Monocle) on a fresh bundled database and exports the slides {@code --exports N} times
 * (PDF and PPTX in turn), printing resident memory (VmRSS) and the heap in use after each; with
 * {@code --heap-histogram}, what the heap holds at the end, with {@code --native-memory} (and
 * -XX:NativeMemoryTracking=summary) where the JVM's memory is. Run with the launcher's memory settings
 * (BENCHMARKS.md).
 */
public final class ExportMemoryBenchmark {

    public static void main(String[] args) throws Exception {
        int exports = MatrixBenchmark.intOption(args, "--exports", 10);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        Path dir = Files.createDirectories(Path.of("target", "bench", "exports"));
        Path database = dir.resolve("exports.db");
        Files.deleteIfExists(database);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorService storeThread = Executors.newSingleThreadExecutor();
        DataStore store = new DataStore(database);
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            window[0] = new MainWindow(new Stage(), store, Settings.inMemory(),
                    new AsyncRunner(storeThread, Platform::runLater), Clock.systemDefaultZone());
            window[0].show();
        });
        waitFor(() -> window[0] != null && !window[0].viewModel().screen(OverviewViewModel.class).tiles().isEmpty());
        waitFor(() -> !window[0].viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty());
        System.out.printf("window open: VmRSS %s, heap in use %d MB%n", proc("VmRSS"), heapUsedMb());
        for (int i = 1; i <= exports; i++) {
            PresentationViewModel.DeckFormat format = i % 2 == 1 ? PresentationViewModel.DeckFormat.PDF
                    : PresentationViewModel.DeckFormat.PPTX;
            Path file = dir.resolve("deck-" + i + "." + format.name().toLowerCase());
            Platform.runLater(() -> {
                PresentationViewModel deck = window[0].viewModel().presentation();
                deck.exportDeck(format, file, SlideRenderer.drawer(deck, new FigureFormat(window[0].messages()),
                        Application.getUserAgentStylesheet(), false, org.unionregions.app.ScreenCatalogue.slideArt()));
            });
            waitFor(() -> file.equals(window[0].viewModel().presentation().savedFileProperty().get()));
            System.out.printf("export %2d (%s, %d KB): VmRSS %s, heap in use %d MB%n", i, format,
                    Files.size(file) / 1024, proc("VmRSS"), heapUsedMb());
        }
        System.gc();
        System.out.printf("after a full collection: VmRSS %s, heap in use %d MB; peak VmHWM %s%n", proc("VmRSS"),
                heapUsedMb(), proc("VmHWM"));
        if (List.of(args).contains("--native-memory")) { // needs -XX:NativeMemoryTracking=summary
            System.out.println(java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()}));
        }
        if (List.of(args).contains("--heap-histogram")) {
            String histogram = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            histogram.lines().limit(30).forEach(System.out::println);
        }
        Platform.exit();
        storeThread.shutdownNow();
        store.close();
    }

    private static long heapUsedMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private static String proc(String field) throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field + ":"))
                .map(line -> line.substring(field.length() + 1).strip()).findFirst().orElse("?");
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            boolean[] result = {false};
            CountDownLatch asked = new CountDownLatch(1);
            Platform.runLater(() -> {
                result[0] = condition.getAsBoolean();
                asked.countDown();
            });
            asked.await();
            if (result[0]) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50); // a benchmark's poll, not a test
        }
    }
}

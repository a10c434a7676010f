package org.unionregions.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.unionregions.app.MainWindow;
import org.unionregions.app.ScreenWarmUp;
import org.unionregions.model.PairMetric;
import org.unionregions.store.DataStore;
import org.unionregions.store.TableBrowser;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FrameByFrame;
import org.unionregions.ui.common.Settings;
import org.unionregions.ui.data.DataScreen;
import org.unionregions.ui.data.DataViewModel;
import org.unionregions.ui.editions.EditionsScreen;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.map.MapScreen;
import org.unionregions.ui.map.MapViewModel;
import org.unionregions.ui.matrix.MatrixScreen;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.OverviewScreen;
import org.unionregions.ui.overview.OverviewViewModel;

/**
 * The app on 1,000,000 synthetic (illustrative) agreements: opens the real window headless (Monocle),
 * lets the screens warm up as the app does, visits every screen, changes the matrix metric, sorts,
 * searches and switches the Data table. For each step it prints the longest gap between frames (an
 * animation timer), the longest pulse of FX thread work and the longest wait for the painter
 * (JavaFX's pulse logger, {@link PulsePhases}), the longest collector pause ({@link GcPauses}) and the
 * resident memory. Commands and options: BENCHMARKS.md.
 */
public final class ScaleBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = MatrixBenchmark.intOption(args, "--rows", 1_000_000);
        Path source = Path.of("target", "bench", "matrix-" + rows + ".db");
        if (!Files.exists(source)) {
            MatrixBenchmark.main(new String[] {"--rows", String.valueOf(rows), "--runs", "1"});
        }
        if (!List.of(args).contains("--on-display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1600x1000-32");
        }

        PulsePhases.install();
        PulsePhases.trace = List.of(args).contains("--trace-pulses");
        GcPauses.install();
        List<Long> gaps = java.util.Collections.synchronizedList(new ArrayList<>());
        frameGaps = gaps;
        long[] last = {0};
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorService storeThread = Executors.newSingleThreadExecutor();
        DataStore store = new DataStore(source);
        MainWindow[] window = new MainWindow[1];
        long begin = System.nanoTime();
        Platform.runLater(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last[0] != 0) {
                        gaps.add((now - last[0]) / 1_000_000);
                    }
                    last[0] = now;
                }
            }.start();
            window[0] = new MainWindow(new Stage(), store, Settings.inMemory(),
                    new AsyncRunner(storeThread, Platform::runLater), Clock.systemDefaultZone());
            window[0].show();
        });
        waitFor(() -> window[0] != null && !window[0].viewModel().screen(OverviewViewModel.class).tiles().isEmpty());
        System.out.printf("overview figures shown after %d ms%n", (System.nanoTime() - begin) / 1_000_000);
        if (List.of(args).contains("--sample-fx")) {
            FxThreadSampler.start();
        }
        long settled = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        step("start-up settles (1 s idle)", () -> { }, () -> System.nanoTime() > settled);
        if (!List.of(args).contains("--no-warm-up")) { // as the app does once its first screen is shown
            step("screens warmed up in the background", () -> ScreenWarmUp.startOnce(window[0].messages(),
                    window[0].scene().getWidth(), window[0].scene().getHeight()),
                    () -> ScreenWarmUp.done().isDone());
        }
        step("editions", () -> window[0].viewModel().screenProperty().set(EditionsScreen.ID),
                () -> !window[0].viewModel().screen(EditionsViewModel.class).busyProperty().get());
        step("matrix, documents", () -> window[0].viewModel().screenProperty().set(MatrixScreen.ID),
                () -> !window[0].viewModel().screen(MatrixViewModel.class).matrixProperty().get().cells().isEmpty()
                        && !window[0].viewModel().screen(MatrixViewModel.class).busyProperty().get());
        for (var choice : List.copyOf(window[0].viewModel().screen(MatrixViewModel.class).metrics())) {
            if (choice.metric() != PairMetric.DOCUMENTS) {
                step("matrix, " + choice.label(), () -> window[0].viewModel().screen(MatrixViewModel.class).metricProperty().set(choice),
                        () -> !window[0].viewModel().screen(MatrixViewModel.class).busyProperty().get());
            }
        }
        step("matrix, all Russian regions", () -> window[0].viewModel().screen(MatrixViewModel.class).onlyWithDataProperty().set(false),
                () -> true);
        for (int i = 1; i <= 4; i++) {
            double to = i / 4.0;
            step("matrix, scroll the drawing sideways to " + (int) (to * 100) + " %", () -> ((javafx.scene.control.ScrollPane)
                    window[0].scene().lookup("#matrix-scroll")).setHvalue(to), () -> true);
        }
        step("data screen", () -> window[0].viewModel().screenProperty().set(DataScreen.ID),
                () -> window[0].viewModel().screen(DataViewModel.class).pageProperty().get() != null
                        && !window[0].viewModel().screen(DataViewModel.class).busyProperty().get());
        step("data, sorted by year (a new page of 1,000 rows)", () -> window[0].viewModel().screen(DataViewModel.class).orderProperty()
                .set(new TableBrowser.Order("year", true)), () -> !window[0].viewModel().screen(DataViewModel.class).busyProperty().get());
        step("data search", () -> window[0].viewModel().screen(DataViewModel.class).searchProperty().set("synthetic #99999"),
                () -> !window[0].viewModel().screen(DataViewModel.class).busyProperty().get());
        step("data, another table (trade figures)", () -> window[0].viewModel().screen(DataViewModel.class).tableProperty().set("trade_figure"),
                () -> !window[0].viewModel().screen(DataViewModel.class).busyProperty().get());
        step("data, back to the agreements", () -> window[0].viewModel().screen(DataViewModel.class).tableProperty().set(
                DataViewModel.FACT_TABLE), () -> !window[0].viewModel().screen(DataViewModel.class).busyProperty().get());
        mapSteps(window[0]);
        // the same screens again: what is left once JavaFX has built and styled each one
        step("overview, second visit", () -> window[0].viewModel().screenProperty().set(OverviewScreen.ID), () -> true);
        step("editions, second visit", () -> window[0].viewModel().screenProperty().set(EditionsScreen.ID), () -> true);
        step("matrix, second visit", () -> window[0].viewModel().screenProperty().set(MatrixScreen.ID),
                () -> !window[0].viewModel().screen(MatrixViewModel.class).busyProperty().get());
        step("matrix, documents again", () -> window[0].viewModel().screen(MatrixViewModel.class).metricProperty().set(
                window[0].viewModel().screen(MatrixViewModel.class).metrics().get(0)),
                () -> !window[0].viewModel().screen(MatrixViewModel.class).busyProperty().get());
        step("data, second visit", () -> window[0].viewModel().screenProperty().set(DataScreen.ID),
                () -> !window[0].viewModel().screen(DataViewModel.class).busyProperty().get());
        Thread.sleep(500); // a few more frames after the last step
        List<Long> allGaps;
        synchronized (gaps) {
            allGaps = new ArrayList<>(gaps);
        }
        long worst = allGaps.stream().mapToLong(Long::longValue).max().orElse(0);
        long over50 = allGaps.stream().filter(gap -> gap > 50).count();
        System.out.printf("frames: %d, longest gap between frames (FX thread busy): %d ms, gaps over 50 ms: %d%n",
                allGaps.size(), worst, over50);
        System.out.printf("resident memory (VmHWM, peak): %s; now (VmRSS): %s%n", proc("VmHWM"), proc("VmRSS"));
        if (List.of(args).contains("--native-memory")) { // needs -XX:NativeMemoryTracking=summary
            System.out.println(java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()}));
        }
        if (List.of(args).contains("--heap-histogram")) { // what the heap holds once every screen is built
            String histogram = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            histogram.lines().limit(40).forEach(System.out::println);
        }
        FxThreadSampler.report(25);
        Platform.exit();
        storeThread.shutdownNow();
        System.exit(0);
    }

    private static List<Long> frameGaps;

    /**
     * The map: its first visit, a region chosen, then the pointer as a user moves it, a frame apart
     * (JavaFX's robot, as a mouse would): over 120 points across the regions (each crossing a boundary
     * picks a new path and shows its tooltip), a drag of 60 moves, and 10 notches of the wheel.
     */
    private static void mapSteps(MainWindow window) throws Exception {
        MapViewModel map = window.viewModel().screen(MapViewModel.class);
        step("map, first visit", () -> window.viewModel().screenProperty().set(MapScreen.ID),
                () -> !map.mapProperty().get().areas().isEmpty() && !map.busyProperty().get()
                        && window.scene().lookup("#map-canvas") != null);
        step("map, a region chosen (lines to 30 partners)", () -> map.choose("BY-MI"),
                () -> !map.mapProperty().get().links().isEmpty());
        javafx.scene.Node canvas = window.scene().lookup("#map-canvas");
        javafx.geometry.Bounds box = canvas.localToScreen(canvas.getLayoutBounds());
        List<javafx.geometry.Point2D> across = new ArrayList<>();
        for (int i = 0; i < 120; i++) { // a zigzag over the whole drawing
            across.add(new javafx.geometry.Point2D(box.getMinX() + box.getWidth() * (i % 40 + 0.5) / 40,
                    box.getMinY() + box.getHeight() * (0.25 + 0.25 * (i / 40))));
        }
        pointerSteps("map, pointer over 120 points (hover)", across, null);
        List<javafx.geometry.Point2D> drag = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            drag.add(new javafx.geometry.Point2D(box.getCenterX() + 4 * i, box.getCenterY() + 2 * i));
        }
        pointerSteps("map, drag of 60 moves (pan)", drag, javafx.scene.input.MouseButton.PRIMARY);
        boolean[] done = {false};
        step("map, 10 notches of the wheel (zoom)", () -> {
            javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
            robot.mouseMove(box.getCenterX(), box.getCenterY());
            javafx.animation.Timeline wheel = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                    javafx.util.Duration.millis(16), event -> robot.mouseWheel(-1)));
            wheel.setCycleCount(10);
            wheel.setOnFinished(event -> done[0] = true);
            wheel.play();
        }, () -> done[0]);
    }

    /** Moves the pointer through {@code points} a frame apart, with {@code button} held (a drag) unless null. */
    private static void pointerSteps(String name, List<javafx.geometry.Point2D> points,
                                     javafx.scene.input.MouseButton button) throws Exception {
        boolean[] done = {false};
        step(name, () -> {
            javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
            robot.mouseMove(points.get(0));
            if (button != null) {
                robot.mousePress(button);
            }
            int[] next = {1};
            javafx.animation.Timeline moves = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                    javafx.util.Duration.millis(16), event -> robot.mouseMove(points.get(next[0]++))));
            moves.setCycleCount(points.size() - 1);
            moves.setOnFinished(event -> {
                if (button != null) {
                    robot.mouseRelease(button);
                }
                done[0] = true;
            });
            moves.play();
        }, () -> done[0]);
    }

    private static void step(String name, Runnable action, BooleanSupplier done) throws Exception {
        int firstGap = frameGaps.size();
        FxThreadSampler.beginStep();
        PulsePhases.beginStep();
        GcPauses.beginStep();
        long start = System.nanoTime();
        Platform.runLater(action);
        Thread.sleep(50);
        waitFor(() -> done.getAsBoolean() && FrameByFrame.allAdded()); // a screen's parts come a frame apart
        Thread.sleep(100); // the frames that show the result
        List<Long> stepGaps;
        synchronized (frameGaps) { // the animation timer keeps adding on the FX thread
            stepGaps = new ArrayList<>(frameGaps.subList(firstGap, frameGaps.size()));
        }
        long worst = stepGaps.stream().mapToLong(Long::longValue).max().orElse(0);
        System.out.printf("%-36s %6d ms, longest frame gap %4d ms; %s; %s; resident %s%s%n", name,
                (System.nanoTime() - start) / 1_000_000, worst, PulsePhases.stepSummary(), GcPauses.stepSummary(),
                proc("VmRSS"),
                FxThreadSampler.running() ? "; " + FxThreadSampler.stepSummary() : "");
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
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
            Thread.sleep(20);
        }
    }

    private static String proc(String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1).strip();
            }
        }
        return "n/a";
    }
}

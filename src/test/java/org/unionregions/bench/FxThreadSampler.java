package org.unionregions.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the FX thread spends its time, with no agent to install: samples its stack every 2 ms.
 * Each sample is idle (waiting for the next event), waiting for the renderer (the pulse waits for
 * the previous frame to be drawn: software rendering on a headless screen, not our code), or busy.
 * It reports the longest unbroken busy stretch per step, and which of our frames the busy samples
 * were in.
 */
final class FxThreadSampler {

    private static final int PERIOD_MS = 2;
    private static final int TOP_DEPTH = 5;
    private static final Map<String, AtomicInteger> OURS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> TOP = new ConcurrentHashMap<>();
    private static final AtomicInteger BUSY = new AtomicInteger();
    private static final AtomicInteger RENDER_WAIT = new AtomicInteger();
    private static volatile boolean running;
    private static volatile int busyRun;
    private static volatile int busyOrRenderRun;
    private static volatile int stepLongestBusy;
    private static volatile int stepLongestBusyOrRender;
    private static final Map<String, AtomicInteger> STEP_PHASES = new ConcurrentHashMap<>();

    private FxThreadSampler() {
    }

    static boolean running() {
        return running;
    }

    static void start() {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
        running = true;
        Thread sampler = new Thread(() -> {
            while (running) {
                sample(fx.getStackTrace());
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-sampler");
        sampler.setDaemon(true);
        sampler.setPriority(Thread.MAX_PRIORITY);
        sampler.start();
    }

    private static void sample(StackTraceElement[] stack) {
        if (stack.length == 0 || isIdle(stack)) {
            busyRun = 0;
            busyOrRenderRun = 0;
            return;
        }
        busyOrRenderRun++;
        stepLongestBusyOrRender = Math.max(stepLongestBusyOrRender, busyOrRenderRun);
        if (isWaitingForRenderer(stack)) {
            RENDER_WAIT.incrementAndGet();
            busyRun = 0;
            return;
        }
        busyRun++;
        stepLongestBusy = Math.max(stepLongestBusy, busyRun);
        BUSY.incrementAndGet();
        STEP_PHASES.computeIfAbsent(phase(stack), key -> new AtomicInteger()).incrementAndGet();
        TOP.computeIfAbsent(topFrames(stack), key -> new AtomicInteger()).incrementAndGet();
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.unionregions")
                    && !frame.getClassName().startsWith("org.unionregions.bench")) {
                OURS.computeIfAbsent(frame.toString(), key -> new AtomicInteger()).incrementAndGet();
                break;
            }
        }
    }

    private static boolean isIdle(StackTraceElement[] stack) {
        for (int i = 0; i < Math.min(4, stack.length); i++) {
            String method = stack[i].getMethodName();
            if (method.equals("getNextRunnable") || method.equals("_runLoop") || method.equals("_invokeAndWait")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWaitingForRenderer(StackTraceElement[] stack) {
        for (int i = 0; i < Math.min(8, stack.length); i++) {
            if (stack[i].getMethodName().equals("waitForRenderingToComplete")) {
                return true;
            }
        }
        return false;
    }

    /** Starts a step: its longest stretches are counted from here. */
    static void beginStep() {
        STEP_PHASES.clear();
        stepLongestBusy = 0;
        stepLongestBusyOrRender = 0;
    }

    /** "busy 12 ms, with rendering 40 ms": the longest stretches since {@link #beginStep()}. */
    static String stepSummary() {
        StringBuilder phases = new StringBuilder();
        STEP_PHASES.entrySet().stream().sorted((a, b) -> b.getValue().get() - a.getValue().get()).limit(4)
                .forEach(e -> phases.append(' ').append(e.getKey()).append('=').append(e.getValue().get() * PERIOD_MS));
        return String.format("FX busy %4d ms, with render waits %4d ms; busy in:%s",
                stepLongestBusy * PERIOD_MS, stepLongestBusyOrRender * PERIOD_MS, phases);
    }

    /** What kind of work a busy sample is: styling, layout, building our views, our other code, ... */
    private static String phase(StackTraceElement[] stack) {
        for (int i = stack.length - 1; i >= 0; i--) {
            String cls = stack[i].getClassName();
            String method = stack[i].getMethodName();
            if (cls.startsWith("org.unionregions") && !cls.startsWith("org.unionregions.bench")
                    && (method.equals("<init>") || method.startsWith("lambda$new"))) {
                return "build:" + cls.replaceAll(".*\\.", "");
            }
        }
        for (StackTraceElement frame : stack) {
            String method = frame.getMethodName();
            if (method.equals("doProcessCSS") || method.equals("processCSS") || method.equals("applyCss")) {
                return "css";
            }
            if (method.equals("layoutChildren") || method.equals("layout")) {
                return "layout";
            }
            if (method.equals("doUpdatePeer") || method.equals("syncPeer") || method.equals("synchronizeSceneNodes")) {
                return "sync";
            }
            if (frame.getClassName().startsWith("org.unionregions") && !frame.getClassName().contains(".bench.")) {
                return "ours:" + frame.getClassName().replaceAll(".*\\.", "") + "." + method;
            }
        }
        return "other";
    }

    private static String topFrames(StackTraceElement[] stack) {
        StringBuilder frames = new StringBuilder();
        for (int i = 0; i < Math.min(TOP_DEPTH, stack.length); i++) {
            frames.append(i == 0 ? "" : "\n          <- ").append(stack[i].getClassName().replaceAll(".*\\.", ""))
                    .append('.').append(stack[i].getMethodName()).append(':').append(stack[i].getLineNumber());
        }
        return frames.toString();
    }

    static void report(int lines) {
        if (!running) {
            return;
        }
        running = false;
        System.out.printf("FX thread samples (%d ms apart): busy %d, waiting for the renderer %d%n", PERIOD_MS,
                BUSY.get(), RENDER_WAIT.get());
        System.out.println("busy samples by innermost frame of our code:");
        print(OURS, lines);
        System.out.println("busy samples by top frames:");
        print(TOP, lines);
    }

    private static void print(Map<String, AtomicInteger> counts, int lines) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue().get() - a.getValue().get()).limit(lines)
                .forEach(entry -> System.out.printf("%6d  %s%n", entry.getValue().get(), entry.getKey()));
    }
}

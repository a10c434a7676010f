package org.unionregions.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long each pulse kept the FX thread, read from JavaFX's own pulse logger
 * ({@code -Djavafx.pulseLogger=true}), which times every phase of every pulse. The FX thread's work
 * in a pulse is styling (CSS), layout, bounds and copying the scene to the renderer; "waiting for
 * previous rendering" is the FX thread held by the painter, kept apart because on this headless
 * machine the painter is JavaFX's software renderer, not a graphics card.
 *
 * <p>The logger prints to the console; this reads it there and passes on everything else.
 */
final class PulsePhases {

    private static final Pattern SHORT_PULSES = Pattern.compile("(\\[\\d+ -?\\d+ms:-?\\d+ms\\])+");
    private static final Pattern OTHER_LOGGER_LINE = Pattern.compile("T\\d+ |\\t|Counters:");
    private static final Pattern PHASE = Pattern.compile("^T(\\d+) \\((-?\\d+) \\+(\\d+)ms\\): (.+)$");
    private static final String PAINTER_WAIT = "Waiting for previous rendering";
    private static final String[] FX_PHASES = {"CSS Pass", "Layout Pass", "Update bounds", PAINTER_WAIT,
        "Copy state to render graph"};

    /** Also print every pulse's phases ({@code --trace-pulses}): which pulse of a step was the long one. */
    static volatile boolean trace;
    private static volatile int pulseWork;
    private static volatile int pulseWait;
    private static volatile int stepWork;
    private static volatile int stepWait;
    private static volatile String stepWorst = "";

    private PulsePhases() {
    }

    /** Before the toolkit starts: turns the logger on (every pulse in full) and reads its lines. */
    static void install() {
        System.setProperty("javafx.pulseLogger", "true");
        System.setProperty("javafx.pulseLogger.threshold", "-1");
        System.setOut(new PrintStream(new LineReader(System.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new LineReader(System.err), true, StandardCharsets.UTF_8));
    }

    static void beginStep() {
        stepWork = 0;
        stepWait = 0;
        stepWorst = "";
    }

    /** The longest FX-thread work in one pulse during the step, and the longest wait for the painter. */
    static String stepSummary() {
        endPulse();
        return String.format("longest pulse on the FX thread %3d ms (%s), longest wait for the painter %3d ms",
                stepWork, stepWorst.isEmpty() ? "-" : stepWorst, stepWait);
    }

    private static StringBuilder pulsePhases = new StringBuilder();

    private static synchronized void line(String text) {
        Matcher phase = PHASE.matcher(text);
        if (!phase.matches() || !isFxPhase(phase.group(4))) {
            return;
        }
        if (phase.group(2).startsWith("-")) {
            // a phase "begun" before the pulse: the logger's last phase left open across the idle time
            // between two pulses (always one frame interval, 15-16 ms), not work
            return;
        }
        int millis = Integer.parseInt(phase.group(3));
        if (phase.group(4).equals(PAINTER_WAIT)) {
            pulseWait += millis;
        } else {
            pulseWork += millis;
            if (millis > 0) {
                pulsePhases.append(pulsePhases.length() == 0 ? "" : " ").append(shortName(phase.group(4)))
                        .append('=').append(millis);
            }
        }
    }

    private static synchronized void endPulse() {
        if (pulseWork > stepWork) {
            stepWork = pulseWork;
            stepWorst = pulsePhases.toString();
        }
        stepWait = Math.max(stepWait, pulseWait);
        pulseWork = 0;
        pulseWait = 0;
        pulsePhases = new StringBuilder();
    }

    private static boolean isFxPhase(String name) {
        for (String phase : FX_PHASES) {
            if (phase.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String shortName(String phase) {
        return switch (phase) {
            case "CSS Pass" -> "css";
            case "Layout Pass" -> "layout";
            case "Update bounds" -> "bounds";
            default -> "sync";
        };
    }

    /** Splits the logger's output into lines; hands on the lines that are not the logger's. */
    private static final class LineReader extends OutputStream {
        private final PrintStream passOn;
        private final java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();

        LineReader(PrintStream passOn) {
            this.passOn = passOn;
        }

        @Override
        public synchronized void write(int b) {
            if (b != '\n') {
                current.write(b);
                return;
            }
            String text = current.toString(StandardCharsets.UTF_8);
            current.reset();
            // short pulses are logged as "[12 16ms:0ms]" without a line break, so other output may follow
            Matcher shortPulses = SHORT_PULSES.matcher(text);
            if (shortPulses.lookingAt()) {
                endPulse();
                text = text.substring(shortPulses.end());
            }
            if (trace && (text.startsWith("PULSE:") || PHASE.matcher(text).matches())) {
                passOn.println("  " + text);
            }
            if (text.startsWith("PULSE:")) {
                endPulse();
            } else if (PHASE.matcher(text).matches()) {
                line(text);
            } else if (!OTHER_LOGGER_LINE.matcher(text).lookingAt() && !text.isBlank()) {
                passOn.println(text);
            }
        }
    }
}

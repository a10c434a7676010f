package org.unionregions.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A runner whose background work waits until the test lets it run, so a test can put work in
 * flight, change something meanwhile, then let the answers come in the order they would.
 */
public final class QueuedRunner {

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final AsyncRunner runner = new AsyncRunner(background::add, Runnable::run);

    public AsyncRunner runner() {
        return runner;
    }

    /** Runs the waiting work, oldest first (answers are applied at once, as the FX thread would). */
    public void runAll() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    public int waiting() {
        return background.size();
    }
}

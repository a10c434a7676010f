package org.unionregions.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionregions.i18n.Messages;
import org.unionregions.store.StoreException;

/** Latest answer wins, busy counts the work in flight, and failures are told once, worded. */
class BackgroundTasksTest {

    private final QueuedRunner queue = new QueuedRunner();
    private final List<String> told = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(queue.runner(), Messages.forLanguage("en"), told::add);

    @Test
    void onlyTheNewestAnswerOfANameIsApplied() {
        List<String> applied = new ArrayList<>();
        tasks.latest("page", () -> "old", applied::add);
        tasks.latest("page", () -> "new", applied::add);
        queue.runAll();
        assertEquals(List.of("new"), applied);
        assertFalse(tasks.busyProperty().get(), "the dropped answer still counted as done");
    }

    @Test
    void busyStaysOnWhileAnyWorkIsInFlightAndGoesOffWhenASupersededAnswerComes() {
        tasks.latest("matrix", () -> 1, answer -> { });
        tasks.run(() -> 2, answer -> { });
        assertTrue(tasks.busyProperty().get());
        tasks.supersede("matrix"); // e.g. every kind unticked: the answer is no longer wanted
        queue.runAll();
        assertFalse(tasks.busyProperty().get());
    }

    @Test
    void aFailureIsWordedForTheScreenAndTheStatusLine() {
        tasks.run(() -> {
            throw new StoreException(StoreException.Reason.BUSY, "busy", "registry.db");
        }, answer -> { });
        queue.runAll();
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith("registry.db is busy"), told.get(0));
        assertEquals(told.get(0), tasks.errorProperty().get());
        tasks.run(() -> "fine", answer -> { });
        queue.runAll();
        assertEquals("", tasks.errorProperty().get(), "cleared by the next success");
    }
}

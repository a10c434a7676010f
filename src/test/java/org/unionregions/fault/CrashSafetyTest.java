package org.unionregions.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** A few SIGKILLs in the normal tests; CrashHarness.main runs fifty in the fault suite. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "batch {0}, killed after {1} ms")
    @CsvSource({"500, 300", "25000, 1500", "500, 600"})
    void aKilledWriterLeavesEveryTransactionWholeOrAbsent(int batch, int killAfter) throws Exception {
        CrashHarness.Outcome outcome = CrashHarness.killOnce(dir.resolve("crash.db"), batch, 1000, killAfter);
        assertTrue(outcome.reportedCommitted() > 0, "killed before any commit: the test proved nothing");
        assertEquals("ok", outcome.integrity());
        assertTrue(outcome.batchesFound() >= 0, "a batch was found half written");
        assertTrue(outcome.batchesFound() >= outcome.reportedCommitted(),
                "a committed batch was lost: " + outcome);
        assertTrue(outcome.summaryExact(), "the matrix summary disagrees with the facts: " + outcome);
    }
}

package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One consistent copy a day beside the database, the newest seven kept. */
class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void oneCopyADayAndTheNewestSevenKept() {
        Path file = dir.resolve("registry.db");
        try (Database database = Database.open(file)) {
            LocalDate first = LocalDate.of(2026, 11, 1);
            Path copy = Backups.daily(database, first);
            assertTrue(Files.exists(copy));
            long size = copy.toFile().length();
            assertEquals(copy, Backups.daily(database, first), "a second call the same day takes no second copy");
            assertEquals(size, copy.toFile().length());
            for (int day = 1; day < 10; day++) {
                Backups.daily(database, first.plusDays(day));
            }
            assertEquals(Backups.KEEP, Backups.list(file).size());
            assertEquals("registry-2026-11-10.db", Backups.latest(file).orElseThrow().getFileName().toString());
        }
        try (Database copy = Database.open(Backups.latest(file).orElseThrow(), Database.Mode.READ)) {
            assertEquals("ok", copy.integrityCheck());
            assertEquals(13, copy.rowCounts().get("edition"));
        }
    }
}

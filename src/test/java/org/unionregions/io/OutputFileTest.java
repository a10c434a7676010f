package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.store.Database;

/** Every file the app writes for the user: whole or not at all, never over a database. */
class OutputFileTest {

    @TempDir
    Path dir;

    private List<String> leftOver() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".part")).toList();
        }
    }

    @Test
    void anyDatabaseAndItsJournalsAreRefusedEvenUnderAnotherName() throws Exception {
        Path backup = dir.resolve("slides.pdf"); // a database a user once named oddly
        Database.open(backup).close();
        byte[] before = Files.readAllBytes(backup);
        for (Path target : List.of(backup, Path.of(backup + "-wal"), Path.of(backup + "-journal"))) {
            var refused = assertThrows(OutputFile.RefusedException.class,
                    () -> OutputFile.write(target, file -> Files.writeString(file, "a deck")));
            assertTrue(refused.getMessage().startsWith(target.toString()), refused.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(backup));
        assertEquals(List.of(), leftOver());
    }

    @Test
    void aFolderAMissingFolderAndADeviceAreRefused() {
        for (Path target : List.of(dir, dir.resolve("missing/deck.pdf"), Path.of("/dev/null"))) {
            assertThrows(OutputFile.RefusedException.class, () -> OutputFile.write(target, file -> { }),
                    target.toString());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoPartialOne() throws Exception {
        Path target = dir.resolve("brief.pdf");
        Files.writeString(target, "yesterday's brief");
        assertThrows(IOException.class, () -> OutputFile.write(target, file -> {
            Files.writeString(file, "half a bri");
            throw new IOException("disk full");
        }));
        assertEquals("yesterday's brief", Files.readString(target));
        assertEquals(List.of(), leftOver());
        OutputFile.write(target, file -> Files.writeString(file, "today's brief"));
        assertEquals("today's brief", Files.readString(target));
    }
}

package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} from the command line: exit codes and messages a script can act on. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(Path database) throws Exception {
        Options options = Options.parse(List.of("check", "--db", database.toString()));
        return CheckCommand.run(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aNewDatabaseIsCreatedAndReportedHealthy() throws Exception {
        assertEquals(0, check(dir.resolve("fresh.db")));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("schema version: 2"), report);
        assertTrue(report.contains("integrity: ok"), report);
        assertTrue(report.contains("edition: 13"), report);
        assertTrue(report.contains("region: 90"), report);
    }

    @Test
    void aFileThatIsNotADatabaseFailsWithItsNameAndIsNotTouched() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "not a database");
        assertEquals(2, check(notes));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(notes.toString()) && message.contains("not a SQLite database"), message);
        assertEquals("not a database", Files.readString(notes));
    }

    @Test
    void unknownOptionsAndCommandsAreRefusedWithAMessage() {
        Options.UsageException option = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("--dbb", "x.db")));
        assertEquals("unknown option --dbb", option.getMessage());
        Options.UsageException command = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("chek")));
        assertEquals("unknown command chek", command.getMessage());
        assertThrows(Options.UsageException.class, () -> Options.parse(List.of("--db")));
    }
}

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
    void importReportsFileLineAndColumnAndWritesNothingOnBadInput() throws Exception {
        Path database = dir.resolve("cli.db");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "by_region,ru_region,kind,source\nMinsk Oblast,Smolensk Oblast,agreement,R1\n"
                + "Minsk Oblast,Narnia,agreement,R1\n");
        Options options = Options.parse(List.of("import", bad.toString(), "--db", database.toString()));
        PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(65, ImportCommand.run(options, printOut, printErr));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.csv:3: column 'ru_region' = 'Narnia'"),
                err.toString(StandardCharsets.UTF_8));
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "by_region,ru_region,kind,source\nMinsk Oblast,Tula Oblast,agreement,R1\n");
        assertEquals(0, ImportCommand.run(Options.parse(List.of("import", good.toString(), "--db",
                database.toString(), "--dry-run")), printOut, printErr));
        assertEquals(0, ImportCommand.run(Options.parse(List.of("import", good.toString(), "--db",
                database.toString())), printOut, printErr));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("imported 1 rows"));
        Path exported = dir.resolve("facts.csv");
        assertEquals(0, ExportCommand.run(Options.parse(List.of("export", "region_fact", "--format", "csv", "--out",
                exported.toString(), "--db", database.toString())), printOut, printErr));
        assertEquals(22, Files.readAllLines(exported).size()); // header, 20 bundled facts, 1 imported
    }

    @Test
    void tradeFiguresAreImportedIntoTheTableNamedAndBadOnesNamedByLine() throws Exception {
        Path database = dir.resolve("trade.db");
        Path file = dir.resolve("trade.csv");
        Files.writeString(file, "year,value,currency,source\n2026,5e10,USD,T14\n2027,1,GBP,T14\n");
        PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(65, ImportCommand.run(Options.parse(List.of("import", file.toString(), "--table", "trade_figure",
                "--db", database.toString())), printOut, printErr));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("trade.csv:3: column 'currency' = 'GBP': must be one"
                + " of: USD, RUB, BYN, EUR, CNY"), err.toString(StandardCharsets.UTF_8));
        Files.writeString(file, "year,value,currency,source\n2026,5e10,USD,T14\n");
        assertEquals(0, ImportCommand.run(Options.parse(List.of("import", file.toString(), "--table", "trade_figure",
                "--db", database.toString())), printOut, printErr));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("imported 1 rows into trade_figure"));
        assertThrows(Options.UsageException.class, () -> Options.parse(List.of("import", "x.csv", "--table", "meta")));
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

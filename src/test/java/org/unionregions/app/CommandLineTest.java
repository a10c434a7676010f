package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.ReadOnlyFolders;
import org.unionregions.TestData;
import org.unionregions.store.Database;

/** The commands as a script or an administrator runs them: exit codes, true messages, nothing harmed. */
class CommandLineTest {

    @TempDir
    Path dir;
    private Path locked;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void unlock() throws Exception {
        if (locked != null) {
            ReadOnlyFolders.unlock(locked);
        }
    }

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        Options options = Options.parse(List.of(args));
        PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        return switch (options.command()) {
            case "init" -> InitCommand.run(options, printOut, printErr);
            case "check" -> CheckCommand.run(options, printOut, printErr);
            case "import" -> ImportCommand.run(options, printOut, printErr);
            case "export" -> ExportCommand.run(options, printOut, printErr);
            default -> throw new IllegalArgumentException(options.command());
        };
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path initialised(String name) throws Exception {
        Path database = dir.resolve(name);
        assertEquals(0, run("init", "--db", database.toString()), errors());
        return database;
    }

    @Test
    void initCreatesADatabaseThatCheckReportsHealthy() throws Exception {
        Path database = initialised("fresh.db");
        assertTrue(output().startsWith("created " + database), output());
        assertEquals(0, run("check", "--db", database.toString()), errors());
        assertTrue(output().contains("schema version: " + Database.LATEST_SCHEMA_VERSION), output());
        assertTrue(output().contains("integrity: ok"), output());
        assertTrue(output().contains("edition: 13"), output());
        assertTrue(output().contains("region: 90"), output());
        assertEquals(0, run("init", "--db", database.toString()));
        assertTrue(output().startsWith("already there, left as it was"), output());
    }

    @Test
    void aMistypedDatabasePathIsNamedAndNothingIsCreated() throws Exception {
        Path typo = dir.resolve("typo/registy.db");
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "by_region,ru_region,kind,source\nMinsk Oblast,Tula Oblast,agreement,R1\n");
        for (String[] command : List.of(new String[] {"check", "--db", typo.toString()},
                new String[] {"export", "region", "--format", "csv", "--out", dir.resolve("r.csv").toString(), "--db",
                        typo.toString()},
                new String[] {"import", csv.toString(), "--db", typo.toString()})) {
            assertEquals(74, run(command), command[0]);
            assertTrue(errors().contains("There is no database at " + typo), errors());
        }
        assertFalse(Files.exists(typo.getParent()), "no folder, no database made up");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithItsNameAndLeftUntouched() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "not a database");
        assertEquals(74, run("check", "--db", notes.toString()));
        assertTrue(errors().contains(notes.toString()) && errors().contains("not a SQLite database"), errors());
        assertEquals("not a database", Files.readString(notes));
    }

    @Test
    void aSchemaVersionNoUnionRegionsWritesIsAWordedProblemNotACrash() throws Exception {
        Path database = initialised("minus.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = -1");
        }
        for (String command : List.of("check", "init")) {
            assertEquals(74, run(command, "--db", database.toString()), command);
            assertTrue(errors().contains("schema version -1, which no Union Regions writes"), errors());
        }
    }

    @Test
    void aFolderOrADeviceAsTheDatabaseIsNamedAndNoJournalAppearsBesideIt() throws Exception {
        assertEquals(74, run("check", "--db", dir.toString()));
        assertTrue(errors().contains("is a folder, not a database file"), errors());
        assertEquals(74, run("init", "--db", dir.toString()));
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        assertEquals(74, run("init", "--db", devNull.toString()));
        assertTrue(errors().contains("is a device or another special file"), errors());
        assertFalse(Files.exists(Path.of("/dev/null-journal")) || Files.exists(Path.of("/dev/null-wal")));
    }

    @Test
    void checkOnTheLastReleasesDatabaseSaysItWillBeUpgradedAndLeavesItAsItIs() throws Exception {
        Path old = dir.resolve("old.db");
        try (var golden = Database.class.getResourceAsStream("release-0.1-schema-2.db")) {
            Files.copy(golden, old);
        }
        byte[] before = Files.readAllBytes(old);
        assertEquals(0, run("check", "--db", old.toString()), errors());
        assertTrue(output().contains("schema version: 2") && output().contains("is upgraded to " + Database.LATEST_SCHEMA_VERSION), output());
        assertArrayEquals(before, Files.readAllBytes(old), "check reads, never migrates");
        assertEquals(0, run("init", "--db", old.toString()), errors());
        assertTrue(output().contains("upgraded " + old + " from schema version 2 to " + Database.LATEST_SCHEMA_VERSION + "; the file as it was is kept as"
                + " old.db.v2.bak"), output());
        assertEquals(0, run("check", "--db", old.toString()), errors());
        assertTrue(output().contains("note: kind 'совместный фестиваль' is in no vocabulary entry"), output());
    }

    @Test
    void importReportsFileLineAndColumnAndWritesNothingOnBadInput() throws Exception {
        Path database = initialised("cli.db");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "by_region,ru_region,kind,source\nMinsk Oblast,Smolensk Oblast,agreement,R1\n"
                + "Minsk Oblast,Narnia,agreement,R1\n");
        assertEquals(65, run("import", bad.toString(), "--db", database.toString()));
        assertTrue(errors().contains("bad.csv:3: column 'ru_region' = 'Narnia'"), errors());
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "by_region,ru_region,kind,source\nMinsk Oblast,Tula Oblast,agreement,R1\n");
        assertEquals(0, run("import", good.toString(), "--db", database.toString(), "--dry-run"));
        assertTrue(output().contains("UTF-8, separator ','") && output().contains("read as: line 2: Minsk Oblast"),
                output());
        assertEquals(0, run("import", good.toString(), "--db", database.toString()));
        assertTrue(output().contains("imported 1 row into"), output());
        assertEquals(65, run("import", good.toString(), "--db", database.toString()), "a second run stores nothing");
        assertTrue(errors().contains("good.csv:2: already in the database"), errors());
        Path exported = dir.resolve("facts.csv");
        assertEquals(0, run("export", "region_fact", "--format", "csv", "--out", exported.toString(), "--db",
                database.toString()));
        assertEquals(1 + TestData.bundledFacts() + 1, Files.readAllLines(exported).size(), "header, bundled, imported");
    }

    @Test
    void tradeFiguresAreImportedIntoTheTableNamedAndBadOnesNamedByLine() throws Exception {
        Path database = initialised("trade.db");
        Path file = dir.resolve("trade.csv");
        Files.writeString(file, "year,value,currency,source\n2026,5e10,USD,T14\n2027,1,GBP,T14\n");
        assertEquals(65, run("import", file.toString(), "--table", "trade_figure", "--db", database.toString()));
        assertTrue(errors().contains("trade.csv:3: column 'currency' = 'GBP': a currency (USD, RUB, BYN, EUR, CNY)"
                + " or a percentage"), errors());
        Files.writeString(file, "year,value,currency,source\n2026,5e10,USD,T14\n");
        assertEquals(0, run("import", file.toString(), "--table", "trade_figure", "--db", database.toString()));
        assertTrue(output().contains("imported 1 row into trade_figure"));
        assertThrows(Options.UsageException.class, () -> Options.parse(List.of("import", "x.csv", "--table", "meta")));
    }

    @Test
    void anExportNeverWritesOverTheDatabaseItsJournalAFolderOrADevice() throws Exception {
        Path database = initialised("keep.db");
        byte[] before = Files.readAllBytes(database);
        for (Path target : List.of(database, Path.of(database + "-wal"), dir, Path.of("/dev/null"),
                dir.resolve("missing/regions.csv"))) {
            assertEquals(74, run("export", "region", "--format", "csv", "--out", target.toString(), "--db",
                    database.toString()), target.toString());
            assertTrue(errors().startsWith("error: " + target.toAbsolutePath()), errors());
        }
        assertArrayEquals(before, Files.readAllBytes(database));
        Path wal = Path.of(database + "-wal");
        assertTrue(Files.notExists(wal) || Files.size(wal) == 0, "the write-ahead log is not an export");
        assertEquals(0, run("check", "--db", database.toString()));
        assertNoPartialFiles();
    }

    @Test
    void anXlsxExportOfACellLongerThanExcelHoldsFailsCleanly() throws Exception {
        Path database = initialised("long.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = raw.createStatement()) {
            statement.execute("UPDATE source SET note = printf('%.40000c', 'x') WHERE id = 'R1'");
        }
        Path target = dir.resolve("sources.xlsx");
        assertEquals(74, run("export", "source", "--format", "xlsx", "--out", target.toString(), "--db",
                database.toString()));
        assertTrue(errors().contains("source row R1, column note: 40000 characters, more than an XLSX cell holds"),
                errors());
        assertFalse(Files.exists(target));
        assertNoPartialFiles();
        assertEquals(0, run("export", "source", "--format", "csv", "--out", dir.resolve("s.csv").toString(), "--db",
                database.toString()), "CSV holds it");
    }

    @Test
    void checkAndExportReadBesideAWriterThatHoldsTheLock() throws Exception {
        Path database = initialised("busy.db");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = writer.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO source (id, publisher) VALUES ('held', 'an import in progress')");
            assertEquals(0, run("check", "--db", database.toString()), errors());
            assertTrue(output().contains("source: " + TestData.bundledSources()), output());
            assertEquals(0, run("export", "source", "--format", "csv", "--out", dir.resolve("s.csv").toString(),
                    "--db", database.toString()), errors());
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void checkAndExportReadADatabaseInAFolderNobodyMayWrite() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("share"));
        Path database = folder.resolve("shared.db");
        assertEquals(0, run("init", "--db", database.toString()));
        locked = folder;
        assumeTrue(ReadOnlyFolders.lock(folder), "this account can write to any folder (root without chattr)");
        assertEquals(0, run("check", "--db", database.toString()), errors());
        assertTrue(output().contains("integrity: ok"), output());
        Path exported = dir.resolve("regions.csv");
        assertEquals(0, run("export", "region", "--format", "csv", "--out", exported.toString(), "--db",
                database.toString()), errors());
        assertEquals(91, Files.readAllLines(exported).size());
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "by_region,ru_region,kind,source\nMinsk Oblast,Tula Oblast,agreement,R1\n");
        assertEquals(74, run("import", csv.toString(), "--db", database.toString()));
        assertTrue(errors().contains("cannot be written"), errors());
    }

    @Test
    void aDamagedDatabaseIsRefusedForWritingWithTheMessageAndExitCodeOfCheck() throws Exception {
        Path database = initialised("damaged.db");
        long page;
        int pageSize;
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = raw.createStatement()) {
            ResultSet root = statement.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'region_fact'");
            page = root.getLong(1);
            ResultSet size = statement.executeQuery("PRAGMA page_size");
            pageSize = size.getInt(1);
        }
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.seek((page - 1) * pageSize); // the b-tree page header's type byte: no such page type
            file.write(0x7F);
        }
        assertEquals(74, run("check", "--db", database.toString()));
        String checkSays = errors();
        assertTrue(checkSays.contains("is damaged"), checkSays);
        byte[] before = Files.readAllBytes(database);
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "by_region,ru_region,kind,source\nMinsk Oblast,Tula Oblast,agreement,R1\n");
        assertEquals(74, run("import", csv.toString(), "--db", database.toString()));
        assertTrue(errors().contains("is damaged") && errors().contains("Nothing was written"), errors());
        assertArrayEquals(before, Files.readAllBytes(database));
        assertEquals(74, run("export", "source", "--format", "csv", "--out", dir.resolve("s.csv").toString(),
                "--db", database.toString()));
        assertTrue(errors().contains("is damaged"), errors());
    }

    private void assertNoPartialFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList(), "no .part file stays");
        }
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

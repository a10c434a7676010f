package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.PostgresServer;
import org.unionregions.TeamDatabase;
import org.unionregions.TestData;
import org.unionregions.model.Tables;
import org.unionregions.store.Database;
import org.unionregions.store.DataStore;

/** The newcomer's path on the command line: setup, copy the registry in, check, import, export, copy back. */
class TeamCommandsTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        return Main.runCommand(Options.parse(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRegistryMovesToTheServerAndBackWithItsOwnRowsAndHistory() throws Exception {
        TeamDatabase team = TeamDatabase.empty("copy");
        String server = PostgresServer.address(team.name());
        assertEquals(0, run("setup", "--db", server), err());
        assertTrue(out().contains("union_regions_editor"), out());
        assertEquals(0, run("setup", "--db", server), err());
        assertTrue(out().startsWith("already set up"), out());

        Path mine = dir.resolve("mine.db");
        try (DataStore store = TestData.bundled(dir.resolve("a"))) {
            Files.copy(store.file(), mine);
        }
        try (DataStore store = new DataStore(mine, Database.Mode.WRITE)) {
            store.writer(Tables.SOURCE).insert(new HashMap<>(Map.of("id", "MINE-1", "publisher", "Oblast office")));
        }
        Map<String, Integer> counts;
        try (Database file = Database.open(mine, Database.Mode.READ)) {
            counts = file.rowCounts();
        }

        // the team database has the bundled data and its creation in its history: copying needs no --replace
        assertEquals(0, run("copy", "--from", mine.toString(), "--to", server), err());
        assertTrue(out().contains("source: " + counts.get("source") + " rows"), out());
        try (Database copied = Database.open(team.owner(), null, Database.Mode.READ)) {
            assertEquals(counts, copied.rowCounts());
            assertEquals("ok", copied.integrityCheck());
            List<String> history = TestData.lines(copied, "SELECT action, detail FROM change_log ORDER BY id");
            assertTrue(history.contains("insert|source"), history.toString());
            assertEquals("copy|from " + mine, history.get(history.size() - 1));
        }

        // someone edits on the server: the next copy over it must say so
        try (DataStore store = new DataStore(team.editor(), null, Database.Mode.WRITE)) {
            store.writer(Tables.SOURCE).insert(new HashMap<>(Map.of("id", "TEAM-1", "publisher", "Ministry")));
        }
        assertEquals(CheckCommand.DATABASE_PROBLEM, run("copy", "--from", mine.toString(), "--to", server));
        assertTrue(err().contains("--replace") && err().contains("Nothing was copied"), err());

        // and back into a new file: the team's row is there, the summary exact
        Path back = dir.resolve("back.db");
        assertEquals(0, run("copy", "--from", server, "--to", back.toString()), err());
        try (DataStore store = new DataStore(back, Database.Mode.READ)) {
            assertTrue(store.writer(Tables.SOURCE).keys().containsAll(List.of("MINE-1", "TEAM-1")));
            assertEquals("ok", store.database().integrityCheck());
            assertEquals(counts.get("region_fact"), store.database().rowCounts().get("region_fact"));
        }
    }

    @Test
    void checkImportAndExportWorkOnATeamDatabase() throws Exception {
        TeamDatabase team = TeamDatabase.setUp("commands");
        String editor = PostgresServer.address(team.editor().user(), team.name());
        assertEquals(0, run("check", "--db", editor), err());
        assertTrue(out().contains("integrity: ok"), out());
        assertTrue(out().contains("role: union_regions_editor"), out());
        Path file = dir.resolve("facts.csv");
        Files.writeString(file, "by_region,ru_region,year,kind,source\nBY-VI,RU-SMO,2024,agreement,S54\n");
        assertEquals(0, run("import", file.toString(), "--db", editor), err());
        assertTrue(out().contains("imported 1 row into region_fact"), out());
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("export", "region_fact", "--format", "csv", "--out", csv.toString(), "--db", editor), err());
        assertTrue(Files.readString(csv).contains("S54"));

        String viewer = PostgresServer.address(team.viewer().user(), team.name());
        assertEquals(0, run("check", "--db", viewer), err());
        assertTrue(out().contains("role: union_regions_viewer (read only)"), out());
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "by_region,ru_region,year,kind,source\nBY-VI,RU-PSK,2024,agreement,S54\n");
        assertEquals(CheckCommand.DATABASE_PROBLEM, run("import", other.toString(), "--db", viewer));
        assertTrue(err().contains("does not allow"), err());
    }

    @Test
    void aPasswordInTheAddressIsRefusedBeforeAnythingIsOpened() {
        Options.UsageException refused = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("check", "--db", "postgresql://anna:secret@db.example/registry")));
        assertTrue(refused.getMessage().contains("password"), refused.getMessage());
        assertThrows(Options.UsageException.class, () -> Options.parse(List.of("copy", "--from", "a.db", "--to",
                "postgresql://anna@db.example/registry?password=secret")));
        assertThrows(Options.UsageException.class, () -> Options.parse(List.of("setup", "--db", "a.db")));
    }

    @Test
    void aServerThatCannotBeReachedIsSaidSo() throws Exception {
        assertEquals(CheckCommand.DATABASE_PROBLEM, run("check", "--db",
                "postgresql://anna@127.0.0.1:1/registry?sslmode=disable&connectTimeout=2"));
        assertTrue(err().contains("cannot be reached"), err());
    }
}

package org.unionregions.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.io.Importer;
import org.unionregions.model.Tables;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.TableWriter;

class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void malformedFilesNeverCrashHangOrWrite() throws Exception {
        try (DataStore store = TestData.bundled(dir)) {
            ImportFuzzer.Result result = ImportFuzzer.run(store, dir, 120, 1);
            assertEquals(0, result.written());
            assertEquals(120, result.unreadable() + result.withProblems() + result.clean());
            assertTrue(result.slowestMillis() < 10_000, "a file took " + result.slowestMillis() + " ms");
            assertTrue(result.unreadable() > 0 && result.withProblems() > 0, result.toString());
            assertEquals("ok", store.database().integrityCheck());
        }
    }

    @Test
    void quotesAndSqlInTextAreStoredLiterally() throws Exception {
        try (DataStore store = TestData.bundled(dir)) {
            Path file = dir.resolve("sql.csv");
            String title = "x'); DROP TABLE region_fact;--";
            Files.writeString(file, "by_region,ru_region,kind,title,as_stated,source\nMinsk Oblast,Tula Oblast,"
                    + "agreement,\"" + title + "\",\"O'Brien said \"\"yes\"\"\",R1\n", StandardCharsets.UTF_8);
            Importer importer = new Importer(store, Tables.REGION_FACT, Messages.forLanguage("en"));
            importer.commit(importer.preview(file), () -> false, rows -> { });
            var stored = store.regions().regionFacts().stream().filter(f -> title.equals(f.title()))
                    .findFirst().orElseThrow();
            assertEquals("O'Brien said \"yes\"", stored.asStated());
            assertEquals(TestData.bundledFacts() + 1, store.database().rowCounts().get("region_fact"));
            int titleColumn = 1 + Tables.REGION_FACT.columnNames().indexOf("title"); // after the id
            assertEquals(title, store.tables().page(Tables.REGION_FACT, "DROP TABLE", 10).rows().get(0)
                    .get(titleColumn));
        }
    }

    @Test
    void twoInstancesWritingAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("shared.db");
        Database.open(file).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (String region : List.of("BY-MI", "BY-HO")) {
            writers.add(pool.submit(() -> {
                try (Database instance = Database.open(file)) {
                    TableWriter writer = new TableWriter(instance, Tables.REGION_FACT);
                    for (int i = 0; i < 150; i++) {
                        writer.insert(TestData.fact(region, "RU-TUL", 2020, "agreement", "instance " + region + " #" + i,
                                null, null, "R1"));
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        try (Database database = Database.open(file)) {
            assertEquals(TestData.bundledFacts() + 300, database.rowCounts().get("region_fact"));
            assertEquals("ok", database.integrityCheck());
        }
    }
}

package org.unionregions.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.unionregions.model.NewRegionFact;
import java.util.List;
import java.util.SplittableRandom;
import org.unionregions.io.AgreementImporter;
import org.unionregions.io.ImportPreview;
import org.unionregions.model.Region;
import org.unionregions.store.DataStore;

/**
 * Imports a CSV of synthetic agreements (illustrative, generated into target/bench) into a fresh
 * database and prints rows per second for reading and checking, for the commit, and overall.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=org.unionregions.bench.ImportBenchmark</pre>
 * Options (via -Dexec.args="..."): --rows N (default 1000000).
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = MatrixBenchmark.intOption(args, "--rows", 1_000_000);
        Path folder = Files.createDirectories(Path.of("target", "bench"));
        Path csv = folder.resolve("agreements-" + rows + ".csv");
        Path database = folder.resolve("import-" + rows + ".db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(database + suffix));
        }
        try (DataStore store = new DataStore(database)) {
            store.database().markIllustrative();
            if (!Files.exists(csv)) {
                writeCsv(csv, rows, store.regions().regions());
            }
            System.out.printf("file: %s (%,d rows, %.1f MB, illustrative)%n", csv, rows, Files.size(csv) / 1e6);
            AgreementImporter importer = new AgreementImporter(store);
            long start = System.nanoTime();
            ImportPreview preview = importer.preview(csv);
            long checked = System.nanoTime();
            if (!preview.problems().isEmpty()) {
                throw new IllegalStateException(preview.problems().get(0).describe());
            }
            int written = importer.commit(preview, () -> false, done -> { });
            long end = System.nanoTime();
            System.out.printf("read and check: %.2f s (%,.0f rows/s)%n", (checked - start) / 1e9,
                    rows / ((checked - start) / 1e9));
            System.out.printf("commit:         %.2f s (%,.0f rows/s)%n", (end - checked) / 1e9,
                    written / ((end - checked) / 1e9));
            System.out.printf("total:          %.2f s (%,.0f rows/s)%n", (end - start) / 1e9,
                    rows / ((end - start) / 1e9));
            System.out.printf("integrity: %s, region facts: %,d%n", store.database().integrityCheck(),
                    store.database().rowCounts().get("region_fact"));
            floor(preview.rows(), folder.resolve("floor-" + rows + ".db"));
        }
    }

    /**
     * What SQLite alone needs to store the same rows, with nothing of ours around it: one plain
     * connection, no foreign keys, no checks, no triggers, no summary, the same two indexes built
     * afterwards, one transaction. No import through the app can be faster than this.
     */
    private static void floor(List<NewRegionFact> facts, Path file) throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = conn.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA cache_size = -65536");
                statement.execute("CREATE TABLE region_fact (id INTEGER PRIMARY KEY, by_region TEXT, ru_region TEXT,"
                        + " year INTEGER, edition INTEGER, signed_on TEXT, kind TEXT, title TEXT, value REAL, unit TEXT,"
                        + " as_stated TEXT, source TEXT)");
            }
            conn.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO region_fact (by_region, ru_region,"
                    + " year, edition, signed_on, kind, title, value, unit, as_stated, source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (NewRegionFact fact : facts) {
                    insert.setString(1, fact.belarusianRegion());
                    insert.setString(2, fact.russianRegion());
                    insert.setObject(3, fact.year());
                    insert.setObject(4, fact.editionNumber());
                    insert.setString(5, fact.signedOn());
                    insert.setString(6, fact.kind());
                    insert.setString(7, fact.title());
                    insert.setObject(8, fact.value());
                    insert.setString(9, fact.unit());
                    insert.setString(10, fact.asStated());
                    insert.setString(11, fact.sourceId());
                    insert.addBatch();
                    if (++n % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            long inserted = System.nanoTime();
            try (Statement statement = conn.createStatement()) {
                statement.execute("CREATE INDEX region_fact_pair ON region_fact (by_region, ru_region, year, kind)");
                statement.execute("CREATE INDEX region_fact_edition ON region_fact (edition)");
            }
            long indexed = System.nanoTime();
            conn.commit();
            long end = System.nanoTime();
            System.out.printf("SQLite floor (same rows, bare connection): insert %.2f s, indexes %.2f s, commit %.2f s;"
                    + " %,.0f rows/s for the write alone%n", (inserted - start) / 1e9, (indexed - inserted) / 1e9,
                    (end - indexed) / 1e9, facts.size() / ((end - start) / 1e9));
        }
    }

    private static void writeCsv(Path csv, int rows, List<Region> regions) throws Exception {
        List<Region> belarusian = regions.stream().filter(r -> r.code().startsWith("BY-")).toList();
        List<Region> russian = regions.stream().filter(r -> r.code().startsWith("RU-")).toList();
        String[] kinds = {"agreement", "action plan", "district agreement", "trade"};
        SplittableRandom random = new SplittableRandom(3);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("by_region,ru_region,year,edition,kind,title,value,unit,as_stated,source\n");
            for (int i = 0; i < rows; i++) {
                int edition = 1 + random.nextInt(13);
                String kind = kinds[random.nextInt(kinds.length)];
                boolean money = kind.equals("trade") || random.nextInt(3) == 0;
                out.write(belarusian.get(random.nextInt(belarusian.size())).nameEn() + ","
                        + russian.get(random.nextInt(russian.size())).nameEn() + "," + (2013 + edition) + ","
                        + (kind.equals("trade") ? "" : edition) + "," + kind + ",synthetic document " + i + ","
                        + (money ? (1000 + random.nextInt(1_000_000)) + "," + (random.nextBoolean() ? "USD" : "RUB")
                        : ",") + ",illustrative,R1\n");
            }
        }
    }
}

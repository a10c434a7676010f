package org.unionregions.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.unionregions.i18n.Messages;
import org.unionregions.io.Importer;
import org.unionregions.model.Tables;
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
            Importer importer = new Importer(store, Tables.REGION_FACT, Messages.forLanguage("en"));
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

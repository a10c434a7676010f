package org.unionregions.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.store.Database;
import org.unionregions.store.MatrixRepository;

/**
 * Times the region-pair matrix query on a synthetic database of 1,000,000 facts (illustrative data,
 * in target/bench, never the default database). Prints the median and 90th percentile per query.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=org.unionregions.bench.MatrixBenchmark</pre>
 * Options (via -Dexec.args="..."): --rows N (default 1000000), --runs N (default 15).
 */
public final class MatrixBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = intOption(args, "--rows", 1_000_000);
        int runs = intOption(args, "--runs", 15);
        Path file = Path.of("target", "bench", "matrix-" + rows + ".db");
        Files.createDirectories(file.getParent());
        boolean fresh = !Files.exists(file);
        try (Database database = Database.open(file)) {
            int existing = database.rowCounts().get("region_fact");
            if (fresh || existing < rows) {
                long start = System.nanoTime();
                SyntheticData.fill(database, rows - existing, 42);
                System.out.printf("filled %s with %,d synthetic facts in %.1f s%n", file, rows - existing,
                        (System.nanoTime() - start) / 1e9);
            }
            System.out.printf("database: %s, %,d region facts (illustrative: %s)%n", file,
                    database.rowCounts().get("region_fact"), database.isIllustrative());
            MatrixRepository matrix = new MatrixRepository(database);
            Map<String, PairQuery> queries = new LinkedHashMap<>();
            queries.put("documents, all editions", PairQuery.documents());
            queries.put("documents, one edition (X 2023)",
                    new PairQuery(PairMetric.DOCUMENTS, null, 2023, 2023, Set.of()));
            queries.put("documents, range V..IX (2018-2022)",
                    new PairQuery(PairMetric.DOCUMENTS, null, 2018, 2022, Set.of()));
            queries.put("documents, two kinds, all editions",
                    new PairQuery(PairMetric.DOCUMENTS, null, null, null, Set.of("agreement", "action plan")));
            queries.put("trade USD, all editions", new PairQuery(PairMetric.TRADE, "USD", null, null, Set.of()));
            queries.put("trade RUB, one edition", new PairQuery(PairMetric.TRADE, "RUB", 2023, 2023, Set.of()));
            queries.put("contract value USD, all editions",
                    new PairQuery(PairMetric.CONTRACT_VALUE, "USD", null, null, Set.of()));
            queries.put("contract value RUB, range",
                    new PairQuery(PairMetric.CONTRACT_VALUE, "RUB", 2018, 2022, Set.of()));
            System.out.printf("%-40s %10s %10s %8s%n", "query", "median ms", "p90 ms", "cells");
            for (Map.Entry<String, PairQuery> query : queries.entrySet()) {
                int cells = 0;
                for (int i = 0; i < 3; i++) {
                    cells = matrix.matrix(query.getValue()).size(); // warm-up
                }
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    matrix.matrix(query.getValue());
                    times.add((System.nanoTime() - start) / 1e6);
                }
                times.sort(Double::compare);
                System.out.printf("%-40s %10.1f %10.1f %8d%n", query.getKey(), times.get(times.size() / 2),
                        times.get((int) Math.ceil(times.size() * 0.9) - 1), cells);
            }
        }
    }

    static int intOption(String[] args, String name, int defaultValue) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return defaultValue;
    }
}

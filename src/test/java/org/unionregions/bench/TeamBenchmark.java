package org.unionregions.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.unionregions.i18n.Messages;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.Importer;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.Tables;
import org.unionregions.store.ChangeWatcher;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.MatrixRepository;
import org.unionregions.store.ServerAddress;

/**
 * The team database measured on a real PostgreSQL (embedded, in target/bench; illustrative data):
 * <ol>
 *   <li>a 1,000,000-row agreements CSV imported by the app (read, checked, staged, COPY, one transaction)
 *       against psql's {@code \copy} of the same file into the same schema (src/test/bench/psql-bulk-load.sql),
 *       alternating;</li>
 *   <li>the matrix queries on those facts: the app's call against psql running the very same SQL;</li>
 *   <li>the time from a commit in one client to the change heard by another's watcher (100 commits).</li>
 * </ol>
 * <pre>./mvnw -q -Pbench test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.unionregions.bench.TeamBenchmark --rows 1000000 --runs 3"</pre>
 */
public final class TeamBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = MatrixBenchmark.intOption(args, "--rows", 1_000_000);
        int runs = MatrixBenchmark.intOption(args, "--runs", 3);
        explain = java.util.Arrays.asList(args).contains("--explain"); // the server's plan of each matrix query
        Path folder = Files.createDirectories(Path.of("target", "bench").toAbsolutePath());
        Path csv = folder.resolve("team-facts-" + rows + ".csv");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(2))
                .setServerConfig("shared_buffers", "256MB").setServerConfig("max_wal_size", "2GB").start()) {
            String version;
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
                var row = statement.executeQuery("SHOW server_version");
                row.next();
                version = row.getString(1);
            }
            System.out.printf("PostgreSQL %s (embedded), %,d rows, %d runs each%n", version, rows, runs);
            ServerAddress template = create(server, "bench_template");
            Database.setUpServer(template, null);
            if (java.util.Arrays.asList(args).contains("--latency-only")) { // the bundled registry, no import
                latency(copyOf(server, "bench_template", "bench_latency"), 100);
                return;
            }
            if (!Files.exists(csv)) {
                try (DataStore store = new DataStore(template, null, Database.Mode.READ)) {
                    ImportBenchmark.writeCsv(csv, rows, store.regions().regions());
                }
            }
            System.out.printf("file: %s (%.0f MB)%n%n", csv, Files.size(csv) / 1e6);

            List<Double> ours = new ArrayList<>();
            List<Double> psql = new ArrayList<>();
            ServerAddress last = null;
            for (int run = 0; run < runs; run++) {
                ServerAddress app = copyOf(server, "bench_template", "bench_app_" + run);
                ours.add(importByApp(app, csv));
                ServerAddress shell = copyOf(server, "bench_template", "bench_psql_" + run);
                psql.add(importByPsql(server.getPort(), "bench_psql_" + run, csv, folder));
                System.out.printf("run %d: app %.1f s, psql \\copy %.1f s%n", run + 1, ours.get(run), psql.get(run));
                last = app;
                if (run < runs - 1) {
                    drop(server, "bench_psql_" + run);
                }
                if (shell == null) {
                    throw new IllegalStateException();
                }
            }
            double app = median(ours);
            double shell = median(psql);
            System.out.printf("import median: app %.1f s, psql %.1f s, ratio %.2f (target 1.5)%n%n", app, shell, app / shell);

            matrix(last, server.getPort(), "bench_app_" + (runs - 1), Math.max(runs, 5) * 3);
            latency(last, 100);
        }
    }

    private static ServerAddress create(EmbeddedPostgres server, String name) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return ServerAddress.parse("postgresql://postgres@localhost:" + server.getPort() + "/" + name + "?sslmode=disable");
    }

    private static ServerAddress copyOf(EmbeddedPostgres server, String template, String name) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        return ServerAddress.parse("postgresql://postgres@localhost:" + server.getPort() + "/" + name + "?sslmode=disable");
    }

    private static void drop(EmbeddedPostgres server, String name) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE " + name);
        }
    }

    private static double importByApp(ServerAddress address, Path csv) throws Exception {
        long start = System.nanoTime();
        try (DataStore store = new DataStore(address, null, Database.Mode.WRITE)) {
            Importer importer = new Importer(store, Tables.REGION_FACT, Messages.forLanguage("en"));
            try (ImportPreview preview = importer.preview(csv)) {
                if (!preview.canCommit()) {
                    throw new IllegalStateException(preview.problems().toString());
                }
                importer.commit(preview, () -> false, n -> { });
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double importByPsql(int port, String database, Path csv, Path folder) throws Exception {
        String script = Files.readString(Path.of("src", "test", "bench", "psql-bulk-load.sql"))
                .replace(":csv", "'" + csv + "'");
        Path file = folder.resolve("psql-bulk-load-run.sql");
        Files.writeString(file, script);
        long start = System.nanoTime();
        String timings = psql(port, database, List.of("-f", file.toString()));
        System.out.print(timings);
        return (System.nanoTime() - start) / 1e9;
    }

    private static String psql(int port, String database, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost",
                "-p", String.valueOf(port), "-U", "postgres", "-d", database));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        return output;
    }

    /** Each matrix query: the app's call (JDBC, read into cells) against psql running its SQL (\timing). */
    private static boolean explain;

    private static void matrix(ServerAddress address, int port, String database, int runs) throws Exception {
        Map<String, PairQuery> queries = new LinkedHashMap<>();
        queries.put("documents, all editions", PairQuery.documents());
        queries.put("documents, one edition (X 2023)", new PairQuery(PairMetric.DOCUMENTS, null, 2023, 2023, Set.of()));
        queries.put("documents, range 2018-2022", new PairQuery(PairMetric.DOCUMENTS, null, 2018, 2022, Set.of()));
        queries.put("trade USD, all editions", new PairQuery(PairMetric.TRADE, "USD", null, null, Set.of()));
        queries.put("contract value USD, all", new PairQuery(PairMetric.CONTRACT_VALUE, "USD", null, null, Set.of()));
        try (DataStore store = new DataStore(address, null, Database.Mode.READ)) {
            System.out.printf("facts: %,d%n", store.database().rowCounts().get("region_fact"));
            System.out.printf("%-34s %12s %12s %7s %7s%n", "matrix query", "app median", "psql median", "ratio", "cells");
            MatrixRepository matrix = store.matrix();
            for (Map.Entry<String, PairQuery> query : queries.entrySet()) {
                int cells = 0;
                for (int i = 0; i < 3; i++) {
                    cells = matrix.matrix(query.getValue()).size();
                }
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    matrix.matrix(query.getValue());
                    times.add((System.nanoTime() - start) / 1e6);
                }
                String sql = matrix.query(query.getValue()).inlined().replace("\n", " ");
                StringBuilder script = new StringBuilder("SET search_path = union_regions;\n");
                for (int i = 0; i < 3; i++) {
                    script.append(sql).append(";\n");
                }
                script.append("\\timing on\n");
                for (int i = 0; i < runs; i++) {
                    script.append(sql).append(";\n");
                }
                Path file = Path.of("target", "bench", "psql-matrix.sql");
                Files.writeString(file, script);
                List<Double> shell = new ArrayList<>();
                for (String line : psql(port, database, List.of("-o", "/dev/null", "-f", file.toString())).split("\n")) {
                    if (line.startsWith("Time: ")) {
                        shell.add(Double.parseDouble(line.substring(6, line.indexOf(" ms"))));
                    }
                }
                if (explain) {
                    Files.writeString(file, "SET search_path = union_regions;\nEXPLAIN (ANALYZE, BUFFERS) " + sql + ";\n");
                    System.out.println(psql(port, database, List.of("-f", file.toString())));
                }
                double app = median(times);
                double psql = median(shell);
                System.out.printf("%-34s %9.1f ms %9.1f ms %7.2f %7d%n", query.getKey(), app, psql, app / psql, cells);
            }
        }
        System.out.println();
    }

    /**
     * From a commit in one client to its watcher in another hearing of it, and to that client's Data
     * screen (its view model, no display) holding the new row after reading its table again.
     */
    private static void latency(ServerAddress address, int commits) throws Exception {
        LinkedBlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        try (DataStore writer = new DataStore(address, null, Database.Mode.WRITE);
             DataStore reader = new DataStore(address, null, Database.Mode.READ)) {
            org.unionregions.ui.data.DataViewModel data = new org.unionregions.ui.data.DataViewModel(reader,
                    org.unionregions.ui.common.AsyncRunner.direct(), Messages.forLanguage("en"));
            data.tableProperty().set("source");
            data.load();
            long seen = reader.database().read(reader.database()::lastChange);
            try (ChangeWatcher watcher = ChangeWatcher.start(reader.database(), new ChangeWatcher.Listener() {
                @Override
                public void changed(long lastChange) {
                    heard.add(System.nanoTime());
                }

                @Override
                public void offline(boolean offline) {
                }
            }, seen)) {
                Thread.sleep(2_000); // the watcher starts 1.5 s after its window (ChangeWatcher.START_DELAY)
                List<Double> millis = new ArrayList<>();
                List<Double> shown = new ArrayList<>();
                for (int i = 0; i < commits; i++) {
                    int before = data.pageProperty().get().matching();
                    Map<String, Object> source = new HashMap<>(Map.of("id", "LAT-" + i, "publisher", "latency"));
                    writer.writer(Tables.SOURCE).insert(source);
                    long committed = System.nanoTime();
                    Long at = heard.poll(5, TimeUnit.SECONDS);
                    if (at == null) {
                        throw new IllegalStateException("commit " + i + " not heard within 5 s");
                    }
                    millis.add((at - committed) / 1e6);
                    data.load(); // what the window does on hearing it, for this screen
                    if (data.pageProperty().get().matching() != before + 1) {
                        throw new IllegalStateException("the new row is not in the Data screen's table");
                    }
                    shown.add((System.nanoTime() - committed) / 1e6);
                }
                shown.sort(Double::compare);
                millis.sort(Double::compare);
                System.out.printf("commit to change heard by another client, %d commits: median %.1f ms, worst %.1f ms%n",
                        commits, median(millis), millis.get(millis.size() - 1));
                System.out.printf("commit to the row in the other client's Data table (read again), %d commits:"
                        + " median %.1f ms, worst %.1f ms%n", commits, median(shown), shown.get(shown.size() - 1));
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

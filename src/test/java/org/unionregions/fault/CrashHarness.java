package org.unionregions.fault;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.unionregions.store.Database;

/**
 * Starts {@link CrashChild} in a child JVM, kills it with SIGKILL at a random moment, reopens the
 * database and checks it: integrity ok, every batch fully there or fully absent, at least every batch
 * the child reported committed, and the matrix summary equal to the facts.
 */
public final class CrashHarness {

    /** What one kill found. */
    public record Outcome(int reportedCommitted, int batchesFound, String integrity, boolean summaryExact) {
    }

    private CrashHarness() {
    }

    public static Outcome killOnce(Path database, int batch, int batches, int killAfterMillis)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath(),
                CrashChild.class.getName(), database.toString(), String.valueOf(batch), String.valueOf(batches));
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process child = builder.start();
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder startup = new StringBuilder();
            String line = out.readLine();
            while (line != null && !line.equals("ready")) {
                startup.append(line).append('\n');
                line = out.readLine();
            }
            if (line == null) {
                throw new IllegalStateException("the child JVM did not start:\n" + startup);
            }
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(killAfterMillis);
            while (System.nanoTime() < killAt && child.isAlive()) {
                if (out.ready()) {
                    line = out.readLine();
                    if (line != null && line.startsWith("committed ")) {
                        committed = Integer.parseInt(line.substring(10));
                    }
                } else {
                    Thread.onSpinWait();
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            child.waitFor(30, TimeUnit.SECONDS);
            try {
                while ((line = out.readLine()) != null) { // lines written before the kill still count
                    if (line.startsWith("committed ")) {
                        committed = Integer.parseInt(line.substring(10));
                    }
                }
            } catch (IOException closedByTheKill) {
                // the pipe went with the process; the count read so far is a lower bound
            }
        }
        try (Database reopened = Database.open(database)) {
            String integrity = reopened.integrityCheck();
            int facts = reopened.read(conn -> {
                try (Statement statement = conn.createStatement();
                     ResultSet row = statement.executeQuery(
                             "SELECT count(*) FROM region_fact WHERE title LIKE 'crash test batch %'")) {
                    row.next();
                    return row.getInt(1);
                }
            });
            boolean whole = facts % batch == 0;
            boolean summaryExact = reopened.read(conn -> {
                try (Statement statement = conn.createStatement();
                     ResultSet row = statement.executeQuery("SELECT"
                             + " (SELECT count(*) FROM region_fact WHERE document IS NULL), (SELECT coalesce(sum(facts), 0) FROM region_pair_summary)")) {
                    row.next();
                    return row.getLong(1) == row.getLong(2);
                }
            });
            return new Outcome(committed, whole ? facts / batch : -1, integrity, summaryExact);
        }
    }

    /** The class path of this JVM's tests, whether run by Surefire, exec:java or plain java. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) {
            return surefire;
        }
        if (CrashHarness.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            StringBuilder path = new StringBuilder();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    path.append(path.length() == 0 ? "" : File.pathSeparator).append(Path.of(url.toURI()));
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return path.toString();
        }
        return System.getProperty("java.class.path");
    }

    /** The fault suite: many kills at random moments; prints what each found. */
    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Random random = new Random(11);
        Path folder = java.nio.file.Files.createDirectories(Path.of("target", "fault"));
        int survived = 0;
        for (int i = 0; i < kills; i++) {
            Path database = folder.resolve("crash-" + i + ".db");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                java.nio.file.Files.deleteIfExists(Path.of(database + suffix));
            }
            int batch = i % 2 == 0 ? 500 : 25_000; // trigger path and bulk path
            Outcome outcome = killOnce(database, batch, 1000, 100 + random.nextInt(3000));
            boolean ok = "ok".equals(outcome.integrity()) && outcome.batchesFound() >= outcome.reportedCommitted()
                    && outcome.summaryExact();
            survived += ok ? 1 : 0;
            System.out.printf("kill %2d: batch %,6d, reported committed %2d, found %2d whole batches, integrity %s,"
                    + " summary %s -> %s%n", i + 1, batch, outcome.reportedCommitted(), outcome.batchesFound(),
                    outcome.integrity(), outcome.summaryExact() ? "exact" : "WRONG", ok ? "ok" : "FAILED");
        }
        System.out.printf("%d of %d kills survived%n", survived, kills);
        if (survived != kills) {
            System.exit(1);
        }
    }
}

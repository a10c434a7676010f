package org.unionregions.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.unionregions.model.Region;
import org.unionregions.store.DataStore;

/**
 * The import of a large file, as a user runs it: the app's {@code import} command in a JVM of its
 * own with the launcher's memory settings (or the packaged launcher itself), against the sqlite3
 * shell loading the same file into the same schema the way an expert would
 * ({@code src/test/bench/sqlite3-bulk-load.sh}). The two run alternately on fresh copies of one
 * database, and the harness reads each process's peak resident memory (VmHWM) while it runs.
 * The files hold synthetic, illustrative rows, generated into target/bench.
 *
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.unionregions.bench.ImportBenchmark --rows 1000000 --runs 3"
 * </pre>
 * Options: --rows N (default 1,000,000), --runs N (pairs, default 3), --xlsx N (also import an XLSX of
 * N rows, our side only: the shell reads no XLSX), --launcher PATH (the packaged UnionRegions launcher
 * instead of java with its options).
 */
public final class ImportBenchmark {

    /** The launcher's JVM options (src/packaging), so the child behaves as the installed app does. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms96m", "-Xmn32m", "-Xmx1g",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-Xss2m");

    record Run(String who, double seconds, long peakKib, int exitCode) {
    }

    public static void main(String[] args) throws Exception {
        int rows = MatrixBenchmark.intOption(args, "--rows", 1_000_000);
        int runs = MatrixBenchmark.intOption(args, "--runs", 3);
        int xlsxRows = MatrixBenchmark.intOption(args, "--xlsx", 0);
        String launcher = stringOption(args, "--launcher");
        Path folder = Files.createDirectories(Path.of("target", "bench"));
        Path template = folder.resolve("import-template.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(template + suffix));
        }
        List<Region> regions;
        try (DataStore store = new DataStore(template)) {
            store.database().markIllustrative();
            regions = store.regions().regions();
        }
        Path csv = folder.resolve("agreements-" + rows + ".csv");
        if (!Files.exists(csv)) {
            writeCsv(csv, rows, regions);
        }
        System.out.printf("file: %s (%,d rows, %.1f MB, illustrative); machine: %d cores%n", csv, rows,
                Files.size(csv) / 1e6, Runtime.getRuntime().availableProcessors());
        List<Run> ours = new ArrayList<>();
        List<Run> shell = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ours.add(runOurs(launcher, fresh(template, folder.resolve("ours.db")), csv));
            report(ours.get(i));
            shell.add(runShell(fresh(template, folder.resolve("shell.db")), csv));
            report(shell.get(i));
        }
        // a run that failed measured nothing: no ratio from it (the baseline once failed part-way unnoticed)
        List<Run> failed = java.util.stream.Stream.concat(ours.stream(), shell.stream())
                .filter(run -> run.exitCode() != 0).toList();
        if (!failed.isEmpty()) {
            throw new IllegalStateException(failed.size() + " run(s) failed (" + failed.get(0).who() + " exit "
                    + failed.get(0).exitCode() + "): see target/bench/import-runs.log; no ratio is given");
        }
        double ourTime = median(ours.stream().map(Run::seconds).toList());
        double shellTime = median(shell.stream().map(Run::seconds).toList());
        double ourPeak = median(ours.stream().map(run -> (double) run.peakKib()).toList());
        double shellPeak = median(shell.stream().map(run -> (double) run.peakKib()).toList());
        System.out.printf("medians of %d: ours %.2f s, %.0f MB; sqlite3 shell %.2f s, %.0f MB%n", runs, ourTime,
                ourPeak / 1024, shellTime, shellPeak / 1024);
        System.out.printf("ratio ours / sqlite3 shell: time %.2f (target 1.2 or less), peak resident %.2f"
                + " (ours under 300 MB: %s)%n", ourTime / shellTime, ourPeak / shellPeak, ourPeak / 1024 < 300);
        if (xlsxRows > 0) {
            Path xlsx = folder.resolve("agreements-" + xlsxRows + ".xlsx");
            if (!Files.exists(xlsx)) {
                writeXlsx(xlsx, xlsxRows, regions);
            }
            System.out.printf("xlsx: %s (%,d rows, %.1f MB)%n", xlsx, xlsxRows, Files.size(xlsx) / 1e6);
            report(runOurs(launcher, fresh(template, folder.resolve("ours-xlsx.db")), xlsx));
        }
    }

    private static void report(Run run) {
        System.out.printf("  %-14s %6.2f s  peak resident %5d MB  exit %d%n", run.who(), run.seconds(),
                run.peakKib() / 1024, run.exitCode());
    }

    private static Path fresh(Path template, Path copy) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(copy + suffix));
        }
        Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static Run runOurs(String launcher, Path database, Path file) throws Exception {
        List<String> command = new ArrayList<>();
        if (launcher != null) {
            command.add(launcher);
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(LAUNCHER_OPTIONS);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("org.unionregions.app.Main");
        }
        command.addAll(List.of("import", file.toString(), "--db", database.toString()));
        return measure("union-regions", command);
    }

    private static Run runShell(Path database, Path csv) throws Exception {
        return measure("sqlite3 shell", List.of("bash", "src/test/bench/sqlite3-bulk-load.sh", database.toString(),
                csv.toString()));
    }

    /** Runs a command to its end, reading the peak resident memory of its process (and its children) meanwhile. */
    private static Run measure(String who, List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "bench", "import-runs.log")
                        .toFile())).start();
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, peakKib(process.toHandle()));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(who, seconds, peak, process.exitValue());
    }

    /** The largest VmHWM among the process and its descendants (the shell script runs sqlite3 as a child). */
    private static long peakKib(ProcessHandle process) {
        long peak = vmHwm(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            peak = Math.max(peak, vmHwm(child.pid()));
        }
        return peak;
    }

    private static long vmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between two looks
        }
        return 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String stringOption(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** One synthetic fact a line, columns as the agreements template names them, English region names. */
    static void writeCsv(Path csv, int rows, List<Region> regions) throws IOException {
        SyntheticFacts facts = new SyntheticFacts(regions);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("by_region,ru_region,year,edition,kind,title,value,unit,as_stated,source\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.join(",", facts.next(i)));
                out.write('\n');
            }
        }
    }

    private static void writeXlsx(Path xlsx, int rows, List<Region> regions) throws IOException {
        SyntheticFacts facts = new SyntheticFacts(regions);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("agreements");
            String[] header = {"by_region", "ru_region", "year", "edition", "kind", "title", "value", "unit",
                    "as_stated", "source"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int i = 0; i < rows; i++) {
                String[] cells = facts.next(i);
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    if (c == 2 || c == 3 || c == 6) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Rows of made-up facts, always the same for a seed. */
    private static final class SyntheticFacts {
        private static final String[] KINDS = {"agreement", "action plan", "district agreement", "trade"};
        private final List<Region> belarusian;
        private final List<Region> russian;
        private final SplittableRandom random = new SplittableRandom(3);

        SyntheticFacts(List<Region> regions) {
            belarusian = regions.stream().filter(r -> r.code().startsWith("BY-")).toList();
            russian = regions.stream().filter(r -> r.code().startsWith("RU-")).toList();
        }

        String[] next(int i) {
            int edition = 1 + random.nextInt(13);
            String kind = KINDS[random.nextInt(KINDS.length)];
            boolean money = kind.equals("trade") || random.nextInt(3) == 0;
            return new String[] {belarusian.get(random.nextInt(belarusian.size())).nameEn(),
                    russian.get(random.nextInt(russian.size())).nameEn(), String.valueOf(2013 + edition),
                    kind.equals("trade") ? "" : String.valueOf(edition), kind, "synthetic document " + i,
                    money ? String.valueOf(1000 + random.nextInt(1_000_000)) : "",
                    money ? (random.nextBoolean() ? "USD" : "RUB") : "", "illustrative", "R1"};
        }
    }
}

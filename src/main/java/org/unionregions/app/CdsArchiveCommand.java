package org.unionregions.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code cds-archive [--out FILE]}: writes the class-data-sharing archive that the launcher names
 * with {@code -XX:SharedArchiveFile=$APPDIR/union-regions.jsa}, so the JVM maps the classes of a
 * start-up instead of loading and verifying them (about a third off the cold start).
 *
 * <p>JDK 17 checks the archive against the class path it was made with, so it only serves the
 * install path it was written at. The package build writes one for the app image and the .deb
 * writes one again after installing; anywhere else the JVM ignores it and starts as before.
 * The training run is the window's own start-up and a visit to every screen, drawn headless
 * (Monocle), on a throw-away database and data folder. A second JVM then insists on the archive ({@code -Xshare:on}), so a
 * written archive is known to work.
 */
final class CdsArchiveCommand {

    static final String ARCHIVE_NAME = "union-regions.jsa";
    private static final long RUN_LIMIT_SECONDS = 180;

    private CdsArchiveCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Path scratch = null;
        try {
            Path archive = options.out() != null ? options.out().toAbsolutePath() : defaultArchive();
            scratch = Files.createTempDirectory("union-regions-cds");
            Path partial = archive.resolveSibling(ARCHIVE_NAME + ".partial");
            Files.deleteIfExists(partial);
            int trained = runJava(scratch, List.of("-XX:ArchiveClassesAtExit=" + partial,
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-D" + AppPaths.HOME_PROPERTY + "=" + scratch.resolve("home")),
                    List.of("--visit-every-screen", "--db", scratch.resolve("training.db").toString()));
            if (trained != 0 || !Files.isRegularFile(partial)) {
                err.println("error: the training run failed (exit " + trained + "); see " + scratch.resolve("java.log"));
                return 70;
            }
            int verified = runJava(scratch, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + partial),
                    List.of("check", "--db", scratch.resolve("training.db").toString()));
            if (verified != 0) {
                err.println("error: the JVM refused the new archive (exit " + verified + "); see " + scratch.resolve("java.log"));
                Files.deleteIfExists(partial);
                return 70;
            }
            // the launcher never sees a half-written archive
            Files.move(partial, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            out.printf("wrote %s (%d MB) and checked that the JVM maps it%n", archive, Files.size(archive) >> 20);
            deleteTree(scratch);
            return 0;
        } catch (IOException | URISyntaxException e) {
            err.println("error: " + e.getMessage());
            return 74;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 70;
        }
    }

    /** Beside the application jar: {@code $APPDIR} in the launcher's configuration. */
    static Path defaultArchive() throws URISyntaxException {
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.toAbsolutePath().getParent().resolve(ARCHIVE_NAME);
    }

    /**
     * The runtime's own java with exactly this process's class path: the archive records the class
     * path string, and the launcher passes the same one.
     */
    private static int runJava(Path scratch, List<String> jvmOptions, List<String> appArguments)
            throws IOException, InterruptedException {
        String javaName = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", javaName).toString());
        command.add("-Xss2m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(appArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(scratch.resolve("java.log").toFile()))
                .start();
        if (!process.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package org.unionregions.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Entry point of the jar and the launcher. Not a JavaFX Application itself, so the jar also runs with
 * JavaFX on the class path; commands run without starting the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        } catch (Options.UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(64);
            return;
        }
        if ("help".equals(options.command())) {
            System.out.print(Options.USAGE);
            return;
        }
        if (options.command() != null) {
            System.exit(runCommand(options, System.out, System.err));
            return;
        }
        configureLogFile(options);
        UnionRegionsApp.openEarly(options);
        Application.launch(UnionRegionsApp.class, args);
    }

    /** Runs a command (not the window); its exit code. */
    static int runCommand(Options options, java.io.PrintStream out, java.io.PrintStream err) {
        return switch (options.command()) {
            case "init" -> InitCommand.run(options, out, err);
            case "setup" -> SetupCommand.run(options, out, err);
            case "migrate" -> MigrateCommand.run(options, out, err);
            case "copy" -> CopyCommand.run(options, out, err);
            case "check" -> CheckCommand.run(options, out, err);
            case "import" -> ImportCommand.run(options, out, err);
            case "export" -> ExportCommand.run(options, out, err);
            case "render" -> RenderCommand.run(options, out, err);
            case "brief" -> BriefCommand.run(options, out, err);
            case "agreements" -> AgreementsCommand.run(options, out, err);
            case "cds-archive" -> CdsArchiveCommand.run(options, out, err);
            default -> 64;
        };
    }

    /** slf4j-simple reads these once, at the first logger: set before anything logs. */
    private static void configureLogFile(Options options) {
        try {
            Files.createDirectories(options.dataDirectory());
            System.setProperty("org.slf4j.simpleLogger.logFile",
                    AppPaths.logFile(options.dataDirectory()).toString());
        } catch (IOException e) {
            System.err.println("warning: cannot create " + options.dataDirectory() + ", logging to the console");
        }
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS");
    }
}

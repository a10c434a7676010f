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
            System.exit(switch (options.command()) {
                case "init" -> InitCommand.run(options, System.out, System.err);
                case "check" -> CheckCommand.run(options, System.out, System.err);
                case "import" -> ImportCommand.run(options, System.out, System.err);
                case "export" -> ExportCommand.run(options, System.out, System.err);
                case "render" -> RenderCommand.run(options, System.out, System.err);
                case "brief" -> BriefCommand.run(options, System.out, System.err);
                case "cds-archive" -> CdsArchiveCommand.run(options, System.out, System.err);
                default -> 64;
            });
            return;
        }
        configureLogFile(options);
        UnionRegionsApp.openEarly(options);
        Application.launch(UnionRegionsApp.class, args);
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

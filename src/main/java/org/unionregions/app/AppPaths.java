package org.unionregions.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where the app keeps its database, settings and log: the platform's per-user data folder. */
public final class AppPaths {

    /** Overrides the data folder (tests, portable installs). */
    public static final String HOME_PROPERTY = "unionregions.home";
    private static final String FOLDER = "union-regions";

    private AppPaths() {
    }

    public static Path dataDirectory() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("UnionRegions");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("UnionRegions");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg))
                .resolve(FOLDER);
    }

    public static Path defaultDatabase(Path dataDirectory) {
        return dataDirectory.resolve("union-regions.db");
    }

    public static Path settingsFile(Path dataDirectory) {
        return dataDirectory.resolve("settings.properties");
    }

    public static Path logFile(Path dataDirectory) {
        return dataDirectory.resolve("union-regions.log");
    }
}

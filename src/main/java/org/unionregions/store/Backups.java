package org.unionregions.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Daily copies of the database in a "backups" folder beside it (at most one a day, the last seven
 * kept), taken with VACUUM INTO so each copy is a consistent database. Migrations take their own
 * copy too (see {@link Database}).
 */
public final class Backups {

    static final int KEEP = 7;

    private Backups() {
    }

    public static Path folder(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling("backups");
    }

    /** Takes today's copy unless there is one already; returns it. */
    public static Path daily(Database database, LocalDate today) {
        Path folder = folder(database.file());
        String name = database.file().getFileName().toString().replaceFirst("\\.db$", "");
        Path target = folder.resolve(name + "-" + today + ".db");
        try {
            Files.createDirectories(folder);
            if (!Files.exists(target)) {
                database.backUp(target);
            }
            List<Path> all = list(database.file());
            for (int i = KEEP; i < all.size(); i++) {
                Files.deleteIfExists(all.get(i));
            }
        } catch (IOException e) {
            throw new StoreException("Cannot keep the daily backup in " + folder + ": " + e.getMessage(), e);
        }
        return target;
    }

    /** The backups of this database, newest first. */
    public static List<Path> list(Path databaseFile) {
        Path folder = folder(databaseFile);
        String name = databaseFile.getFileName().toString().replaceFirst("\\.db$", "");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(name)
                            + "-\\d{4}-\\d{2}-\\d{2}\\.db"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public static Optional<Path> latest(Path databaseFile) {
        return list(databaseFile).stream().findFirst();
    }
}

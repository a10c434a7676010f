package org.unionregions.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.unionregions.store.Backups;
import org.unionregions.store.StoreException;

/**
 * The ways on from a database that cannot be opened, without touching it: a fresh database beside it
 * (or in the app's data folder where that folder cannot be written), or a copy of its latest backup.
 * New names carry the time from the injected clock.
 */
final class DatabaseRecovery {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;
    private final Path dataDirectory;

    DatabaseRecovery(Clock clock, Path dataDirectory) {
        this.clock = clock;
        this.dataDirectory = dataDirectory;
    }

    Optional<Path> latestBackup(Path file) {
        return Backups.latest(file);
    }

    /** Where a fresh database goes: beside the failed one, or in the data folder if that is read-only. */
    Path freshDatabaseFor(Path file) {
        Path beside = besideWithSuffix(file, "new");
        return Files.isWritable(beside.getParent()) ? beside : dataDirectory.resolve(beside.getFileName());
    }

    /** A copy of the backup beside the failed database, to open instead; the backup itself stays as it is. */
    Path restoredCopy(Path file, Path backup) {
        Path restored = besideWithSuffix(file, "restored");
        try {
            Files.copy(backup, restored);
        } catch (IOException e) {
            throw new StoreException("Cannot copy the backup " + backup + ": " + e.getMessage(), e);
        }
        return restored;
    }

    /** A new file name next to the old one; the damaged file itself is never overwritten. */
    private Path besideWithSuffix(Path file, String suffix) {
        String name = file.getFileName().toString().replaceFirst("\\.db$", "");
        String stamp = LocalDateTime.now(clock).format(STAMP);
        return file.toAbsolutePath().resolveSibling(name + "-" + suffix + "-" + stamp + ".db");
    }
}

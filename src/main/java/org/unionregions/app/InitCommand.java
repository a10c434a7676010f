package org.unionregions.app;

import java.io.PrintStream;
import java.nio.file.Files;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/**
 * {@code init --db PATH}: creates a database with the bundled data; an existing one of an older
 * version is upgraded (a copy kept first), one of this version left as it is.
 */
final class InitCommand {

    private InitCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        if (options.server() != null) {
            return SetupCommand.run(options, out, err); // a team database is made by setup
        }
        boolean existed = Files.exists(options.database());
        try (Database database = Database.open(options.database(), Database.Mode.CREATE)) {
            int found = database.versionFound();
            if (!existed || found == 0) {
                out.println("created " + database.file() + " (schema version " + database.schemaVersion() + ")");
            } else if (found < database.schemaVersion()) {
                out.println("upgraded " + database.file() + " from schema version " + found + " to "
                        + database.schemaVersion() + "; the file as it was is kept as "
                        + database.backupBeforeUpgrade(found).getFileName());
            } else {
                out.println("already there, left as it was: " + database.file() + " (schema version "
                        + database.schemaVersion() + ")");
            }
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return CheckCommand.DATABASE_PROBLEM;
        }
    }
}

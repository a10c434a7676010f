package org.unionregions.app;

import java.io.PrintStream;
import java.nio.file.Files;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/** {@code init --db PATH}: creates a database with the bundled data; an existing one is left as it is. */
final class InitCommand {

    private InitCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        boolean existed = Files.exists(options.database());
        try (Database database = Database.open(options.database(), Database.Mode.CREATE)) {
            out.println((existed ? "already there, left as it was: " : "created ") + database.file()
                    + " (schema version " + database.schemaVersion() + ")");
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return CheckCommand.DATABASE_PROBLEM;
        }
    }
}

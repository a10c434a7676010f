package org.unionregions.app;

import java.io.PrintStream;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/** {@code migrate --db postgresql://OWNER@HOST/DB}: brings a team database to this version's schema (the owner only). */
final class MigrateCommand {

    private MigrateCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        try (Database database = options.openDatabase(Database.Mode.WRITE)) {
            int found = database.versionFound();
            if (found < database.schemaVersion()) {
                out.println("migrated " + database.where() + " from schema version " + found + " to "
                        + database.schemaVersion());
            } else {
                out.println("already at schema version " + database.schemaVersion() + ": " + database.where());
            }
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return CheckCommand.DATABASE_PROBLEM;
        }
    }
}

package org.unionregions.app;

import java.io.PrintStream;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/**
 * {@code setup --db postgresql://ADMIN@HOST/DB}: makes a PostgreSQL database a team registry: the
 * three roles, the schema owned by union_regions_owner, the bundled data. Run again, it changes
 * nothing but missing roles.
 */
final class SetupCommand {

    private SetupCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        try {
            int found = Database.setUpServer(options.server(), Passwords.forCommand(options.server()));
            if (found == 0) {
                out.println("set up " + options.server() + ": roles union_regions_viewer, union_regions_editor and"
                        + " union_regions_owner, schema version " + Database.LATEST_SCHEMA_VERSION + " with the bundled data");
            } else {
                out.println("already set up, left as it was: " + options.server() + " (schema version "
                        + Math.max(found, Database.LATEST_SCHEMA_VERSION) + ")");
            }
            out.println("next: give people a role, e.g. in psql:");
            out.println("  CREATE ROLE boris LOGIN PASSWORD '...' IN ROLE union_regions_editor;");
            out.println("  GRANT union_regions_viewer TO vera;");
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return CheckCommand.DATABASE_PROBLEM;
        }
    }
}

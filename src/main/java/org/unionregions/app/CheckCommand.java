package org.unionregions.app;

import java.io.PrintStream;
import java.util.Map;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/** {@code check}: opens the database (creating it if new) and reports schema version, integrity and counts. */
final class CheckCommand {

    private CheckCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        try (Database database = Database.open(options.database())) {
            out.println("database: " + database.file());
            out.println("schema version: " + database.schemaVersion());
            String integrity = database.integrityCheck();
            out.println("integrity: " + integrity);
            for (Map.Entry<String, Integer> count : database.rowCounts().entrySet()) {
                out.println(count.getKey() + ": " + count.getValue());
            }
            return "ok".equals(integrity) ? 0 : 1;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}

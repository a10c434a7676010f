package org.unionregions.app;

import java.io.PrintStream;
import java.util.Map;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/**
 * {@code check}: opens the database read-only (it works beside a running import and on a read-only
 * file, and never creates or migrates anything) and reports schema version, integrity and counts.
 */
final class CheckCommand {

    static final int DATABASE_PROBLEM = 74; // EX_IOERR

    private CheckCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        try (Database database = options.openDatabase(Database.Mode.READ)) {
            out.println("database: " + database.where());
            out.println("schema version: " + database.schemaVersion());
            if (database.server() != null) {
                out.println("role: " + database.role().serverRole() + (database.role().mayEdit() ? "" : " (read only)"));
            }
            String integrity = database.integrityCheck();
            out.println("integrity: " + integrity);
            if (!"ok".equals(integrity)) {
                err.println("error: " + StoreException.damaged(database.where(), integrity).getMessage());
                return DATABASE_PROBLEM;
            }
            for (Map.Entry<String, Integer> count : database.rowCounts().entrySet()) {
                out.println(count.getKey() + ": " + count.getValue());
            }
            if (database.schemaVersion() < Database.LATEST_SCHEMA_VERSION) {
                out.println("note: schema version " + database.schemaVersion() + " is upgraded to "
                        + Database.LATEST_SCHEMA_VERSION + " when the app or a command that writes opens it"
                        + " (a copy is kept beside it first)");
            }
            for (String kind : database.kindsOutsideVocabulary()) {
                out.println("note: kind '" + kind + "' is in no vocabulary entry: the matrix counts it under no"
                        + " metric; give those facts a kind of the list on the Data screen");
            }
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return DATABASE_PROBLEM;
        }
    }
}

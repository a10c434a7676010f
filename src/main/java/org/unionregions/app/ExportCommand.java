package org.unionregions.app;

import java.io.IOException;
import java.io.PrintStream;
import org.unionregions.io.TableExporter;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/** {@code export TABLE --format csv|xlsx --out FILE}: reads the database read-only. */
final class ExportCommand {

    private ExportCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        String name = options.arguments().get(0);
        TableDef table = Tables.named(name).orElse(null);
        if (table == null) {
            err.println("error: unknown table " + name + "; tables: " + String.join(", ", Tables.names()));
            return 64;
        }
        TableExporter.Format format = TableExporter.Format.valueOf(options.format().toUpperCase(java.util.Locale.ROOT));
        try (Database database = options.openDatabase(Database.Mode.READ)) {
            database.requireUndamaged(); // a damaged file would be exported as if it were whole
            int rows = new TableExporter(database).export(table, format, options.out());
            out.println("exported " + CommandLine.rows(rows) + " of " + name + " to " + options.out());
            return 0;
        } catch (IOException | StoreException e) {
            err.println("error: " + e.getMessage());
            return CheckCommand.DATABASE_PROBLEM;
        }
    }
}

package org.unionregions.app;

import java.io.IOException;
import java.io.PrintStream;
import org.unionregions.io.TableExporter;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/** {@code export TABLE --format csv|xlsx --out FILE}. */
final class ExportCommand {

    private ExportCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        String table = options.arguments().get(0);
        if (!TableExporter.TABLES.contains(table)) {
            err.println("error: unknown table " + table + "; tables: " + String.join(", ", TableExporter.TABLES));
            return 64;
        }
        TableExporter.Format format = TableExporter.Format.valueOf(options.format().toUpperCase());
        try (Database database = Database.open(options.database())) {
            int rows = new TableExporter(database).export(table, format, options.out());
            out.println("exported " + rows + " rows of " + table + " to " + options.out());
            return 0;
        } catch (IOException | StoreException e) {
            err.println("error: " + e.getMessage());
            return 74;
        }
    }
}

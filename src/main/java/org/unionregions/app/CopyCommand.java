package org.unionregions.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.unionregions.store.Database;
import org.unionregions.store.RegistryCopy;
import org.unionregions.store.ServerAddress;
import org.unionregions.store.StoreException;

/**
 * {@code copy --from DB --to DB [--replace]}: moves a whole registry between a file and a team
 * database, either way, in one transaction on the target. A file target that does not exist is
 * created; a team database target must be set up (setup) and is written by its owner.
 */
final class CopyCommand {

    private CopyCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        try (Database from = open(options.from(), Database.Mode.READ);
             Database to = open(options.to(), Database.Mode.CREATE)) {
            Map<String, Integer> rows = RegistryCopy.copy(from, to, options.replace());
            out.println("copied " + from.where() + " to " + to.where() + ":");
            rows.forEach((table, count) -> out.println("  " + table + ": " + CommandLine.rows(count)));
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return CheckCommand.DATABASE_PROBLEM;
        }
    }

    private static Database open(String given, Database.Mode mode) {
        if (ServerAddress.isServerAddress(given)) {
            ServerAddress server = ServerAddress.parse(given);
            return Database.open(server, Passwords.forCommand(server),
                    mode == Database.Mode.CREATE ? Database.Mode.WRITE : mode);
        }
        Path file = Path.of(given);
        if (mode == Database.Mode.READ && !Files.exists(file)) {
            throw new StoreException(StoreException.Reason.MISSING, "There is no database at " + file
                    + ". Nothing was copied.", file.toString());
        }
        return Database.open(file, mode);
    }
}

package org.unionregions.app;

import java.util.Optional;
import org.unionregions.store.ServerAddress;

/**
 * Where a team database's password comes from, in this order: the OS keyring, ~/.pgpass (or
 * PGPASSFILE), PGPASSWORD for commands; the window asks with a dialog last. Never the command line
 * or the address. Null: none, for a server that trusts the connection.
 */
final class Passwords {

    private Passwords() {
    }

    static char[] forCommand(ServerAddress server) {
        return forCommand(server, PasswordKeyring.system(), System.getenv("PGPASSWORD"));
    }

    static char[] forCommand(ServerAddress server, PasswordKeyring keyring, String environment) {
        Optional<char[]> kept = keyring.find(server);
        if (kept.isPresent()) {
            return kept.get();
        }
        Optional<char[]> fromFile = server.passwordFromPgpass();
        if (fromFile.isPresent()) {
            return fromFile.get();
        }
        return environment == null || environment.isEmpty() ? null : environment.toCharArray();
    }

    /** The window's first try: the keyring, else null (the driver then reads ~/.pgpass itself). */
    static char[] forWindow(ServerAddress server, PasswordKeyring keyring) {
        return keyring.find(server).orElse(null);
    }
}

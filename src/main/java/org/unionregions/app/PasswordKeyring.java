package org.unionregions.app;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionregions.store.ServerAddress;

/**
 * Team database passwords kept by the operating system (Secret Service on Linux, Keychain on macOS,
 * Credential Manager on Windows), one per address. A machine without one (no desktop session, a
 * server, CI) gets {@link #NONE}: nothing is kept, nothing fails.
 */
interface PasswordKeyring {

    Logger LOG = LoggerFactory.getLogger(PasswordKeyring.class);
    String SERVICE = "Union Regions";

    Optional<char[]> find(ServerAddress server);

    /** Keeps the password; false where there is no keyring to keep it in. */
    boolean save(ServerAddress server, char[] password);

    PasswordKeyring NONE = new PasswordKeyring() {
        @Override
        public Optional<char[]> find(ServerAddress server) {
            return Optional.empty();
        }

        @Override
        public boolean save(ServerAddress server, char[] password) {
            return false;
        }
    };

    /** The account a password is kept under: the address without its parameters. */
    static String account(ServerAddress server) {
        return server.toString();
    }

    /**
     * The operating system's keyring, or {@link #NONE}: on Linux only inside a desktop session (a
     * D-Bus session bus), never longer than a few seconds to find, and off with
     * {@code -Dunionregions.keyring=off}.
     */
    static PasswordKeyring system() {
        if ("off".equals(System.getProperty("unionregions.keyring"))) {
            return NONE;
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            return NONE;
        }
        try {
            return CompletableFuture.supplyAsync(OsKeyring::open).get(3, TimeUnit.SECONDS);
        } catch (Exception | LinkageError e) {
            LOG.info("no keyring on this machine ({}); passwords come from ~/.pgpass or are asked for", e.toString());
            return NONE;
        }
    }

    /** java-keyring behind the interface: its classes are loaded only here. */
    final class OsKeyring implements PasswordKeyring {
        private final com.github.javakeyring.Keyring keyring;

        private OsKeyring(com.github.javakeyring.Keyring keyring) {
            this.keyring = keyring;
        }

        static PasswordKeyring open() {
            try {
                return new OsKeyring(com.github.javakeyring.Keyring.create());
            } catch (Exception | LinkageError e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<char[]> find(ServerAddress server) {
            try {
                String password = keyring.getPassword(SERVICE, account(server));
                return password == null ? Optional.empty() : Optional.of(password.toCharArray());
            } catch (Exception e) {
                return Optional.empty(); // none kept for this address
            }
        }

        @Override
        public boolean save(ServerAddress server, char[] password) {
            try {
                keyring.setPassword(SERVICE, account(server), new String(password));
                return true;
            } catch (Exception e) {
                LOG.warn("cannot keep the password of {} in the keyring: {}", server, e.toString());
                return false;
            }
        }
    }
}

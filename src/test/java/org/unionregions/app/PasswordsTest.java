package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.store.ServerAddress;

/** A password comes from the keyring, then ~/.pgpass, then PGPASSWORD; never from the address. */
class PasswordsTest {

    @TempDir
    Path dir;
    private final ServerAddress anna = ServerAddress.parse("postgresql://anna@registry.example.by/union_regions");

    /** A keyring in memory, as the OS one would answer. */
    private static PasswordKeyring keyring(Map<String, String> kept) {
        return new PasswordKeyring() {
            @Override
            public Optional<char[]> find(ServerAddress server) {
                return Optional.ofNullable(kept.get(PasswordKeyring.account(server))).map(String::toCharArray);
            }

            @Override
            public boolean save(ServerAddress server, char[] password) {
                kept.put(PasswordKeyring.account(server), new String(password));
                return true;
            }
        };
    }

    @AfterEach
    void forgetPgpass() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    private void pgpass(String line) throws Exception {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, line + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", file.toString());
    }

    @Test
    void theKeyringComesFirstThenPgpassThenTheEnvironment() throws Exception {
        Map<String, String> kept = new HashMap<>();
        PasswordKeyring keyring = keyring(kept);
        System.setProperty("org.postgresql.pgpassfile", dir.resolve("none").toString());
        assertNull(Passwords.forCommand(anna, keyring, null));
        assertArrayEquals("from-env".toCharArray(), Passwords.forCommand(anna, keyring, "from-env"));
        pgpass("registry.example.by:5432:union_regions:anna:from-pgpass");
        assertArrayEquals("from-pgpass".toCharArray(), Passwords.forCommand(anna, keyring, "from-env"));
        keyring.save(anna, "from-keyring".toCharArray());
        assertArrayEquals("from-keyring".toCharArray(), Passwords.forCommand(anna, keyring, "from-env"));
        assertArrayEquals("from-keyring".toCharArray(), Passwords.forWindow(anna, keyring));
    }

    @Test
    void aMachineWithoutAKeyringFallsBackQuietly() {
        // no desktop session here (or -Dunionregions.keyring=off): nothing kept, nothing thrown
        PasswordKeyring system = PasswordKeyring.system();
        assertNull(system.find(anna).orElse(null));
    }
}

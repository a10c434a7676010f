package org.unionregions.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.store.Database;
import org.unionregions.store.ServerAddress;
import org.unionregions.store.StoreException;

/** TLS is verified by default: a server whose certificate the client does not trust is refused. */
class TeamTlsTest {

    @TempDir
    static Path dir;
    private static EmbeddedPostgres server;

    private static Path copy(String resource, String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = TeamTlsTest.class.getResourceAsStream("/tls/" + resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @BeforeAll
    static void startWithTls() throws Exception {
        Path certificate = copy("server.crt", "server.crt");
        Path key = copy("server.key", "server.key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------")); // the server insists
        server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(2))
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", certificate.toString())
                .setServerConfig("ssl_key_file", key.toString())
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String address(String query) {
        return "postgresql://postgres@localhost:" + server.getPort() + "/postgres" + query;
    }

    @Test
    void verifyFullRefusesAServerWhoseCertificateIsNotTrusted() throws Exception {
        Path otherCa = copy("other-ca.crt", "other-ca.crt");
        for (String query : new String[] {"", "?sslrootcert=" + URLEncoder.encode(otherCa.toString(), StandardCharsets.UTF_8)}) {
            ServerAddress untrusted = ServerAddress.parse(address(query));
            assertEquals("verify-full", untrusted.sslMode());
            StoreException refused = assertThrows(StoreException.class,
                    () -> Database.open(untrusted, null, Database.Mode.READ).close(), query);
            assertEquals(StoreException.Reason.UNTRUSTED_SERVER, refused.reason(), refused.getMessage());
            assertTrue(refused.getMessage().contains("sslrootcert"), refused.getMessage());
        }
    }

    @Test
    void theSameServerIsAcceptedOnceItsCertificateIsGivenAsTheCa() throws Exception {
        Path ca = dir.resolve("server.crt");
        ServerAddress trusted = ServerAddress.parse(address("?sslrootcert="
                + URLEncoder.encode(ca.toString(), StandardCharsets.UTF_8)));
        try (Database database = Database.open(trusted, null, Database.Mode.READ)) {
            assertTrue(database.engineVersion().startsWith("PostgreSQL"), database.engineVersion());
            assertEquals(Boolean.TRUE, database.read(conn -> {
                try (var row = conn.createStatement().executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    row.next();
                    return row.getBoolean(1);
                }
            }), "the connection is encrypted");
        }
    }
}

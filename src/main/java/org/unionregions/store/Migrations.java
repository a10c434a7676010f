package org.unionregions.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's one history: each version with what it does to a database file (SQLite) and to a team
 * database (PostgreSQL), numbered alike. A file's version lives in {@code PRAGMA user_version}, and our
 * files are marked with {@code PRAGMA application_id}, so a file from another program or from a newer
 * Union Regions is recognised and refused before anything is written to it. A team database began at
 * version {@value ServerSchema#BASELINE}: its baseline script holds every version up to it; its
 * version table and migration are {@link ServerSchema}'s.
 */
final class Migrations {

    /** "UREG": marks a SQLite file as a Union Regions database. */
    static final int APPLICATION_ID = 0x55524547;

    /** One step of a migration: a script, or work in Java that SQL cannot do (the kind vocabulary). */
    private interface Step {
        /** {@code fresh}: the database is being created; the bundled data comes after the last version. */
        void apply(Connection connection, boolean fresh) throws SQLException;
    }

    private static Step script(String name) {
        return (connection, fresh) -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(name)) {
                    statement.executeUpdate(sql);
                }
            }
        };
    }

    /**
     * One version: its steps on a file, and on a server (scripts under {@code db/postgresql}), or
     * {@link #IN_SERVER_BASELINE} for the versions the server's baseline holds.
     */
    private record Version(List<Step> file, List<Step> server) {
    }

    private static final List<Step> IN_SERVER_BASELINE = List.of();

    private static Step serverScript(String name) {
        return (connection, fresh) -> ServerSchema.run(connection, name);
    }

    /** Bundled data a version brings, for a database made before it: a new one gets every bundled file at once. */
    private interface Upgrade {
        void apply(Connection connection) throws SQLException;
    }

    private static Step onUpgrade(Upgrade upgrade) {
        return (connection, fresh) -> {
            if (!fresh) {
                upgrade.apply(connection);
            }
        };
    }

    /** The third collection and the documents. */
    private static final Step THIRD_COLLECTION = onUpgrade(BundledData::addThirdCollection);

    /** The terms read from the earlier collections' quotes. */
    private static final Step TERMS_READ = onUpgrade(BundledData::addTermsRead);

    /** Every version, in order; version n is {@code VERSIONS.get(n - 1)}. */
    private static final List<Version> VERSIONS = List.of(
            new Version(List.of(script("V1__schema.sql")), IN_SERVER_BASELINE),
            new Version(List.of(script("V2__matrix.sql")), IN_SERVER_BASELINE),
            new Version(List.of(script("V3__change_log.sql")), IN_SERVER_BASELINE),
            new Version(List.of(script("V4__vocabulary.sql"), KindVocabulary::mapStoredKinds,
                    script("V4__summary.sql")), IN_SERVER_BASELINE),
            new Version(List.of(onUpgrade(BundledData::addSecondCollection)), IN_SERVER_BASELINE),
            new Version(List.of(script("V6__views_and_decks.sql")), List.of(serverScript("V6__baseline.sql"))),
            new Version(List.of(script("V7__history.sql")), List.of(serverScript("V7__history.sql"))),
            new Version(List.of(script("V8__documents.sql"), THIRD_COLLECTION),
                    List.of(serverScript("V8__documents.sql"), THIRD_COLLECTION)),
            new Version(List.of(script("V9__terms.sql"), TERMS_READ), List.of(serverScript("V9__terms.sql"), TERMS_READ)));

    static final int LATEST_VERSION = VERSIONS.size();

    private Migrations() {
    }

    /**
     * Applies {@code version} to a server inside the migration's transaction; false where the version
     * is part of the server's baseline (nothing to do). {@code fresh}: the schema is being created.
     */
    static boolean migrateServer(Connection connection, int version, boolean fresh) throws SQLException {
        List<Step> steps = VERSIONS.get(version - 1).server();
        for (Step step : steps) {
            step.apply(connection, fresh);
        }
        return !steps.isEmpty();
    }

    /** Brings the schema to the latest version inside the caller's transaction; returns the version found before. */
    static int migrate(Connection connection, String fileName) throws SQLException {
        return migrate(connection, fileName, LATEST_VERSION);
    }

    /** Migrates up to {@code target} (tests build old databases with it). */
    static int migrate(Connection connection, String fileName, int target) throws SQLException {
        int version = refuseForeign(connection, fileName);
        int applicationId = pragmaInt(connection, "application_id");
        try (Statement statement = connection.createStatement()) {
            for (int next = version + 1; next <= target; next++) {
                for (Step step : VERSIONS.get(next - 1).file()) {
                    step.apply(connection, version == 0);
                }
                statement.executeUpdate("PRAGMA user_version = " + next);
            }
            if (applicationId != APPLICATION_ID) {
                statement.executeUpdate("PRAGMA application_id = " + APPLICATION_ID); // only a new file
            }
        }
        return version;
    }

    /**
     * The schema version of a file this version of the app may use, read without writing; a file of
     * another program, of a newer version or with a version no Union Regions writes is refused.
     * 0 means an empty file, to be created.
     */
    static int refuseForeign(Connection connection, String fileName) throws SQLException {
        int applicationId = pragmaInt(connection, "application_id");
        int version = pragmaInt(connection, "user_version");
        boolean empty = tableCount(connection) == 0;
        if (applicationId != APPLICATION_ID && !empty) {
            throw new StoreException(StoreException.Reason.OTHER_PROGRAM, fileName
                    + " is a SQLite database of another program, not a Union Regions"
                    + " database. It was left untouched; choose another file with --db.", fileName);
        }
        if (version > LATEST_VERSION) {
            throw new StoreException(StoreException.Reason.NEWER_SCHEMA, fileName + " was written by a newer Union"
                    + " Regions (schema version " + version + ", this version knows up to " + LATEST_VERSION
                    + "). It was left untouched; update the app.", fileName, String.valueOf(version),
                    String.valueOf(LATEST_VERSION));
        }
        if (version < 0 || version == 0 && !empty) {
            throw new StoreException(StoreException.Reason.DAMAGED, fileName + " has schema version " + version
                    + ", which no Union Regions writes: it is damaged or was changed by another program. It was left"
                    + " untouched; restore a backup.", fileName, "schema version " + version);
        }
        return version;
    }

    static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static int tableCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** A migration script of the build ({@code path} below org/unionregions/db), as text. */
    static String text(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream("/org/unionregions/db/" + path)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + path, e);
        }
    }

    /**
     * Splits a script into statements: each ends with ';' at the end of a line, except inside a
     * CREATE TRIGGER, which ends with its "END;" line. Our scripts keep to that layout.
     */
    static List<String> statements(String script) {
        String text = text(script);
        List<String> statements = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : text.split("\n")) {
            String code = line.replaceAll("--.*$", "").strip();
            if (code.isEmpty()) {
                continue;
            }
            if (current.isEmpty() && code.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(code).append('\n');
            boolean ends = inTrigger ? code.equalsIgnoreCase("END;") : code.endsWith(";");
            if (ends) {
                statements.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration " + script + " ends inside a statement");
        }
        return statements;
    }
}

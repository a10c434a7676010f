package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema scripts: split into statements, applied in order, refused on files that are not ours. */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void aTriggerIsOneStatementUpToItsEnd() {
        List<String> statements = Migrations.statements("V2__matrix.sql");
        long triggers = statements.stream().filter(s -> s.startsWith("CREATE TRIGGER")).count();
        assertEquals(3, triggers);
        assertTrue(statements.stream().filter(s -> s.startsWith("CREATE TRIGGER")).allMatch(s -> s.endsWith("END;")));
    }

    @Test
    void eachVersionIsAppliedOnceAndInOrder() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db"))) {
            assertEquals(0, Migrations.migrate(connection, "m.db", 1));
            assertEquals(1, Migrations.pragmaInt(connection, "user_version"));
            assertEquals(1, Migrations.migrate(connection, "m.db"));
            assertEquals(Migrations.LATEST_VERSION, Migrations.pragmaInt(connection, "user_version"));
            assertEquals(Migrations.LATEST_VERSION, Migrations.migrate(connection, "m.db"), "nothing left to do");
            assertEquals(Migrations.APPLICATION_ID, Migrations.pragmaInt(connection, "application_id"));
        }
    }

    @Test
    void filesOfOtherProgramsNewerVersionsAndImpossibleVersionsAreRefused() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("other.db"));
             Statement statement = other.createStatement()) {
            statement.execute("CREATE TABLE notes (text TEXT)");
            assertEquals(StoreException.Reason.OTHER_PROGRAM, assertThrows(StoreException.class,
                    () -> Migrations.refuseForeign(other, "other.db")).reason());
        }
        try (Connection newer = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newer.db"));
             Statement statement = newer.createStatement()) {
            Migrations.migrate(newer, "newer.db");
            statement.execute("PRAGMA user_version = 99");
            assertEquals(StoreException.Reason.NEWER_SCHEMA, assertThrows(StoreException.class,
                    () -> Migrations.refuseForeign(newer, "newer.db")).reason());
            statement.execute("PRAGMA user_version = -1");
            assertEquals(StoreException.Reason.DAMAGED, assertThrows(StoreException.class,
                    () -> Migrations.refuseForeign(newer, "newer.db")).reason());
        }
    }
}

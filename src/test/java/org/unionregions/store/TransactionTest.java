package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a write transaction reports is what happened to the file. */
class TransactionTest {

    @TempDir
    Path dir;

    private static int count(Connection connection, String sql) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.getInt(1);
        }
    }

    /**
     * Another program spins for the write lock while we write (as a script retrying a busy database
     * does), takes it the moment our COMMIT frees it, and keeps it longer than our busy timeout.
     * Our write committed and must be reported so: nothing may follow the COMMIT that waits for that
     * program (the driver's own transactions began the next one at once and reported "busy").
     */
    @Test
    void aCommittedWriteIsReportedAsCommittedWhileAnotherProgramTakesTheLockRightAfter() throws Exception {
        Path file = dir.resolve("shared.db");
        Database.open(file).close();
        try (Database database = Database.open(file, Database.Mode.WRITE, Duration.ofMillis(300))) {
            for (int round = 0; round < 3; round++) {
                String id = "ours " + round;
                CountDownLatch spinning = new CountDownLatch(1);
                java.util.concurrent.atomic.AtomicReference<CompletableFuture<Void>> other =
                        new java.util.concurrent.atomic.AtomicReference<>();
                int written = database.inTransaction(conn -> {
                    try (Statement statement = conn.createStatement()) {
                        statement.executeUpdate("INSERT INTO source (id, publisher) VALUES ('" + id + "', 'us')");
                    }
                    other.set(CompletableFuture.runAsync(() -> takeTheLockAsSoonAsFree(file, spinning)));
                    pause(spinning);
                    return 1;
                });
                assertEquals(1, written, "round " + round + ": the write committed and is reported as committed");
                other.get().get(20, TimeUnit.SECONDS);
                assertEquals(1, count(database.connection(), "SELECT count(*) FROM source WHERE id = '" + id + "'"));
            }
        }
    }

    /** Retries BEGIN IMMEDIATE without waiting until it has the lock, then holds it for a second. */
    private static void takeTheLockAsSoonAsFree(Path file, CountDownLatch spinning) {
        try (Connection second = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = second.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            spinning.countDown();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                try {
                    statement.execute("BEGIN IMMEDIATE");
                    break;
                } catch (java.sql.SQLException busy) {
                    if (System.nanoTime() > giveUp) {
                        throw busy;
                    }
                }
            }
            Thread.sleep(1_000); // far beyond our 300 ms busy timeout
            statement.execute("COMMIT");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(CountDownLatch started) {
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Thread.sleep(200);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailedWriteSaysNothingWasChangedOnlyAfterTheRollback() {
        try (Database database = Database.open(dir.resolve("fk.db"))) {
            StoreException refused = assertThrows(StoreException.class, () -> database.inTransaction(conn -> {
                try (Statement statement = conn.createStatement()) {
                    statement.executeUpdate("INSERT INTO source (id, publisher) VALUES ('kept?', 'no')");
                    return statement.executeUpdate("INSERT INTO edition_figure (edition, metric, value, unit, status,"
                            + " source) VALUES (1, 'agreements', 5, 'count', 'reported', 'NO-SUCH-SOURCE')");
                }
            }));
            assertEquals(StoreException.Reason.FOREIGN_KEY, refused.reason());
            assertTrue(refused.unchanged());
            assertTrue(refused.getMessage().endsWith("Nothing was changed."), refused.getMessage());
            int kept = database.read(conn -> count(conn, "SELECT count(*) FROM source WHERE id = 'kept?'"));
            assertEquals(0, kept);
        }
    }

    @Test
    void everyCommittedWriteIsInTheChangeLogWithWhoAndWhat() {
        try (Database database = Database.open(dir.resolve("log.db"))) {
            long before = database.read(database::lastChange);
            database.inTransaction(new Database.Change("insert", "source", 1), conn -> conn.createStatement()
                    .executeUpdate("INSERT INTO source (id, publisher) VALUES ('logged', 'me')"));
            assertEquals(before + 1, database.read(database::lastChange));
            String entry = database.read(conn -> {
                try (Statement statement = conn.createStatement();
                     ResultSet row = statement.executeQuery("SELECT action, detail, rows, made_by FROM change_log"
                             + " ORDER BY id DESC LIMIT 1")) {
                    return row.getString(1) + "|" + row.getString(2) + "|" + row.getInt(3) + "|" + row.getString(4);
                }
            });
            assertEquals("insert|source|1|" + System.getProperty("user.name"), entry);
            assertThrows(StoreException.class, () -> database.inTransaction(conn -> {
                conn.createStatement().executeUpdate("INSERT INTO source (id, publisher) VALUES ('logged', 'again')");
                return null;
            }));
            assertEquals(before + 1, database.read(database::lastChange), "a rolled-back write leaves no entry");
        }
    }

    @Test
    void aReadOnlyOpenNeitherMigratesNorCreatesNorWrites() throws Exception {
        Path file = dir.resolve("read.db");
        StoreException missing = assertThrows(StoreException.class, () -> Database.open(file, Database.Mode.READ));
        assertEquals(StoreException.Reason.MISSING, missing.reason());
        assertFalse(java.nio.file.Files.exists(file));
        Database.open(file).close();
        try (Database reader = Database.open(file, Database.Mode.READ)) {
            assertEquals(13, reader.rowCounts().get("edition"));
            assertThrows(IllegalStateException.class, () -> reader.inTransaction(conn -> null));
        }
    }
}

package org.unionregions.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database's one connection and its transactions: each write begun and committed with SQL on a
 * connection left in auto-commit mode (the driver's own handling begins the next transaction the
 * moment one commits, and that BEGIN could wait out the busy timeout behind another program and
 * report a committed import as failed), noted first in the change log, and told truly afterwards:
 * a COMMIT whose answer was lost is asked about by its token; "nothing was changed" only after the
 * rollback. A connection found lost is made again on the next use where the engine can.
 */
final class Session implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final SecureRandom TOKENS = new SecureRandom();

    private final Engine engine;
    private final Database.Mode mode;
    private final ChangeLog changeLog;
    /** Replaced when a server connection that was lost is made again ({@link #reconnectIfLost}). */
    private volatile Connection connection;
    /** True once a connection failed as lost: the next use connects again first (where the engine can). */
    private volatile boolean lost;
    private boolean inTransaction;
    /** The token of the change the open write transaction logged; null outside one. */
    private String openToken;
    /** The change log entry of the last write committed through this connection (0: none yet). */
    private volatile long lastOwnChange;
    private boolean checkedBeforeWriting;

    Session(Engine engine, Database.Mode mode) throws SQLException {
        this.engine = engine;
        this.mode = mode;
        this.changeLog = new ChangeLog(engine);
        this.checkedBeforeWriting = !engine.checksPagesBeforeWriting();
        this.connection = engine.connect(mode);
    }

    Connection connection() {
        return connection;
    }

    /** The token of the open write transaction's change log entry; null outside one. */
    String openToken() {
        return openToken;
    }

    /**
     * A connection found lost is made again before the next use (a server), so the window goes on by
     * itself once the server is back; while it is not, each use fails at once, saying so.
     */
    private void reconnectIfLost() {
        if (!lost || !engine.reconnects()) {
            return;
        }
        try {
            Connection fresh = engine.connect(mode);
            close();
            connection = fresh;
            lost = false;
            LOG.info("connected to {} again", engine.where());
        } catch (SQLException e) {
            throw StoreException.of("Cannot reach", engine.where(), e).withNothingChanged();
        }
    }

    /** A failure of {@code action}, worded; a lost connection is noted to be made again. */
    private StoreException failed(String action, SQLException e) {
        StoreException failure = StoreException.of(action, engine.where(), e);
        if (failure.reason() == StoreException.Reason.OFFLINE) {
            lost = true;
        }
        return failure;
    }

    /**
     * Runs {@code work} in one write transaction, noted in the change log as {@code change}: all of it
     * is committed, or none of it. Work inside a transaction already begun joins it. Before the first
     * write of a file its pages are checked, so a damaged database is refused rather than written to.
     */
    <T> T inTransaction(Database.Change change, Database.SqlWork<T> work) {
        if (inTransaction) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw StoreException.of("Database error in", engine.where(), e);
            }
        }
        if (mode == Database.Mode.READ) {
            throw new IllegalStateException(engine.where() + " was opened to read; a write needs Mode.WRITE");
        }
        reconnectIfLost();
        requireUndamaged();
        execute(engine.dialect().begin(), "Cannot start writing to"); // a file: waits up to the busy timeout for the lock
        inTransaction = true;
        try {
            engine.lockForWriting(connection);
        } catch (SQLException e) {
            inTransaction = false;
            throw rollBack(StoreException.of("Cannot start writing to", engine.where(), e));
        }
        String token = HexFormat.of().formatHex(randomBytes());
        T result;
        long logged; // the change log entry's id; 0 where there is no change log
        try {
            // logged first, so the row history the work writes can name its change
            logged = change.loggedLast() ? 0 : changeLog.write(connection, change, token);
            openToken = token;
            result = work.run(connection);
            if (logged == 0) {
                logged = changeLog.write(connection, change, token); // a copy, or a migration that has just made the change log
            }
        } catch (SQLException e) {
            // a lost connection ends the server's transaction with it: nothing was committed
            throw rollBack(failed("Database error in", e));
        } catch (RuntimeException | Error e) {
            throw rollBack(e);
        } finally {
            inTransaction = false;
            openToken = null;
        }
        commit(token);
        lastOwnChange = logged;
        return result;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        TOKENS.nextBytes(bytes);
        return bytes;
    }

    /**
     * COMMIT, and the truth about it. A COMMIT that fails with "busy" leaves the transaction open:
     * it is rolled back. Any other failure may or may not have saved the change; the change log
     * entry the transaction wrote says which.
     */
    private void commit(String token) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("COMMIT");
            return;
        } catch (SQLException failed) {
            if (StoreException.reasonOf(failed) == StoreException.Reason.BUSY) {
                throw rollBack(StoreException.of("Cannot save to", engine.where(), failed));
            }
            rollBackQuietly(failed);
            if (StoreException.reasonOf(failed) == StoreException.Reason.OFFLINE) {
                lost = true;
                try {
                    reconnectIfLost(); // the answer to COMMIT was lost with the connection: ask again
                } catch (StoreException stillAway) {
                    throw StoreException.outcomeUnknown(engine.where(), failed);
                }
            }
            Boolean saved = changeLog.saved(connection, token);
            if (Boolean.TRUE.equals(saved)) {
                LOG.warn("COMMIT reported {} but the change is stored", failed.getMessage());
                return;
            }
            if (saved == null) {
                throw StoreException.outcomeUnknown(engine.where(), failed);
            }
            throw StoreException.of("Cannot save to", engine.where(), failed).withNothingChanged();
        }
    }

    /**
     * The change log entry of the last write this connection committed: a window that hears of a
     * change it made itself need not read everything again.
     */
    long lastOwnChange() {
        return lastOwnChange;
    }

    /**
     * Undoes the open transaction and returns {@code failure} to throw, now saying that nothing was
     * changed: nothing was committed, and SQLite undoes what a failed rollback left on the next open.
     * SQLite may already have undone the transaction by itself (it does on a full disk).
     */
    private RuntimeException rollBack(Throwable failure) {
        rollBackQuietly(failure);
        if (failure instanceof StoreException store) {
            return store.withNothingChanged();
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        throw (Error) failure;
    }

    private void rollBackQuietly(Throwable failure) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException rollbackFailed) {
            if (!String.valueOf(rollbackFailed.getMessage()).contains("no transaction is active")) {
                failure.addSuppressed(rollbackFailed);
            }
        }
    }

    private void execute(String sql, String action) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failed(action, e).withNothingChanged(); // BEGIN failed: nothing began
        }
    }

    /**
     * The engine's quick check of every page (structure, not contents) before the first write; a
     * damaged file is refused with the message {@code check} gives. Once it passed, a connection does
     * not check again.
     */
    void requireUndamaged() {
        if (checkedBeforeWriting) {
            return;
        }
        String problems = engine.pageProblems(connection, false);
        if (!problems.isEmpty()) {
            throw StoreException.damaged(engine.file(), problems);
        }
        checkedBeforeWriting = true;
    }

    /**
     * Runs {@code work} in one read transaction: everything it reads is one moment's state, whatever
     * others commit meanwhile (a copy of the whole registry).
     */
    <T> T readConsistently(Database.SqlWork<T> work) {
        try {
            return engine.readConsistently(connection, work);
        } catch (SQLException e) {
            throw StoreException.of("Database error in", engine.where(), e);
        }
    }

    /** Runs a read-only query outside an explicit transaction. */
    <T> T read(Database.SqlWork<T> work) {
        if (!inTransaction) {
            reconnectIfLost();
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed("Database error in", e);
        }
    }

    @Override
    public void close() {
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.warn("closing the database failed", e);
            }
        }
    }
}

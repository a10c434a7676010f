package org.unionregions.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a window when anyone commits a change to its database, on a connection and thread of its
 * own. On a server it listens for the change log's notification (LISTEN/NOTIFY) and, after each one
 * and after every reconnect, reads the change log's newest entry, so a notification lost while
 * disconnected is still noticed. On a file it asks SQLite's {@code PRAGMA data_version}, which moves
 * when another connection commits. A lost connection is reported, retried, and reported back.
 */
public final class ChangeWatcher implements AutoCloseable {

    /** What the window hears; called on the watcher's thread. */
    public interface Listener {
        /** The change log's newest entry is now {@code lastChange} (it grew since the last call). */
        void changed(long lastChange);

        /** The database cannot be reached ({@code true}), or can again ({@code false}). */
        void offline(boolean offline);

        /** The team database answered the watcher just now (called every quarter second while it does). */
        default void reachable() {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    static final String CHANNEL = "union_regions_change";
    /** How the watcher's connection is named on the server, beside the window's own "Union Regions". */
    public static final String APPLICATION_NAME = "Union Regions (live refresh)";
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration RETRY_MAX = Duration.ofSeconds(5);
    private static final Duration START_DELAY = Duration.ofMillis(1500);

    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ChangeWatcher(String name, Opener opener, Listener listener, long lastSeen) {
        this.thread = new Thread(() -> watch(opener, listener, lastSeen), name);
        thread.setDaemon(true);
    }

    /** Opens the watcher's own connection (null: there is nothing to watch). */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Watches the database {@code database} is connected to; {@code lastSeen}: the change log entry already shown. */
    public static ChangeWatcher start(Database database, Listener listener, long lastSeen) {
        Opener opener = database.engine().watcherConnection();
        if (opener == null) { // nobody else writes: a watcher that never starts
            return new ChangeWatcher("change-watcher (none)", () -> null, listener, lastSeen);
        }
        ChangeWatcher watcher = new ChangeWatcher("change-watcher " + database.where(), opener, listener, lastSeen);
        watcher.thread.start();
        return watcher;
    }

    private void watch(Opener opener, Listener listener, long lastSeen) {
        // a window's first second belongs to its first figures; what is committed meanwhile is read
        // from the change log when the watcher connects
        sleep(START_DELAY);
        long seen = lastSeen;
        long version = -1;
        boolean offline = false;
        Duration retry = POLL;
        while (!closed) {
            // the loop's own reference: close() may drop the field from another thread at any moment
            Connection current = connection;
            try {
                if (current == null) {
                    current = opener.open();
                    connection = current;
                    if (closed) {
                        closeQuietly();
                        return;
                    }
                    if (offline) {
                        offline = false;
                        listener.offline(false);
                    }
                    retry = POLL;
                    if (!(current instanceof PGConnection)) {
                        // the file's version first: a commit made while the change log is read is then told by it
                        version = dataVersion(current);
                    }
                    seen = report(current, listener, seen); // whatever was committed while away
                }
                if (current instanceof PGConnection server) {
                    var notifications = server.getNotifications((int) POLL.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        seen = report(current, listener, seen);
                    } else {
                        ping(current); // a dead connection says so here, not only at the next notification
                    }
                    listener.reachable();
                } else {
                    long now = dataVersion(current);
                    if (version >= 0 && now != version) {
                        seen = report(current, listener, seen);
                    }
                    version = now;
                    Thread.sleep(POLL.toMillis());
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                closeQuietly();
                if (!offline) {
                    offline = true;
                    LOG.warn("lost the connection for live refresh: {}", e.getMessage());
                    listener.offline(true);
                }
                sleep(retry);
                retry = retry.multipliedBy(2).compareTo(RETRY_MAX) > 0 ? RETRY_MAX : retry.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long report(Connection connection, Listener listener, long seen) throws SQLException {
        long last = lastChange(connection);
        if (last > seen) {
            listener.changed(last);
            return last;
        }
        return seen;
    }

    private static long lastChange(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) FROM change_log")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long dataVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA data_version")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void ping(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // it is gone either way
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        closeQuietly();
    }
}

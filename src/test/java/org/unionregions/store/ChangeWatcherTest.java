package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TeamDatabase;
import org.unionregions.TestData;
import org.unionregions.model.Tables;

/** A window hears of another's commit: on a server by notification, on a file by its data version. */
class ChangeWatcherTest {

    @TempDir
    Path dir;

    /** What the watcher said, in order: "changed N", "offline", "online". */
    private static ChangeWatcher.Listener into(BlockingQueue<String> heard) {
        return new ChangeWatcher.Listener() {
            @Override
            public void changed(long lastChange) {
                heard.add("changed " + lastChange);
            }

            @Override
            public void offline(boolean offline) {
                heard.add(offline ? "offline" : "online");
            }
        };
    }

    private static void addSource(DataStore store, String id) {
        store.writer(Tables.SOURCE).insert(new HashMap<>(Map.of("id", id, "publisher", "P")));
    }

    private static String next(BlockingQueue<String> heard) throws InterruptedException {
        String said = heard.poll(10, TimeUnit.SECONDS);
        return said == null ? "nothing within 10 s" : said;
    }

    @Test
    void aSecondWindowOnTheSameFileHearsOfTheFirstOnesCommit() throws Exception {
        try (DataStore first = TestData.bundled(dir); DataStore second = new DataStore(first.file())) {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            long seen = second.database().read(second.database()::lastChange);
            try (ChangeWatcher watcher = ChangeWatcher.start(second.database(), into(heard), seen)) {
                addSource(first, "W1"); // before the watcher is connected: read from the change log when it is
                assertEquals("changed " + first.database().lastOwnChange(), next(heard));
                addSource(first, "W2"); // while it is connected: told by the file's data version
                assertEquals("changed " + first.database().lastOwnChange(), next(heard));
            }
        }
    }

    @Test
    void onAServerANotificationArrivesAndWhatWasCommittedWhileCutOffIsReadAfterReconnecting() throws Exception {
        TeamDatabase team = TeamDatabase.setUp("watch");
        ServerAddress watcherUser = team.viewer();
        try (DataStore writer = new DataStore(team.editor(), null, Database.Mode.WRITE);
             DataStore reader = new DataStore(watcherUser, null, Database.Mode.READ)) {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            long seen = reader.database().read(reader.database()::lastChange);
            try (ChangeWatcher watcher = ChangeWatcher.start(reader.database(), into(heard), seen)) {
                addSource(writer, "W1"); // before the watcher is connected: read from the change log when it is
                assertEquals("changed " + writer.database().lastOwnChange(), next(heard));
                addSource(writer, "W2"); // while it is connected: a notification
                assertEquals("changed " + writer.database().lastOwnChange(), next(heard));
                // the watcher's connection is cut; a change is committed while it is away
                team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '"
                        + watcherUser.user() + "' AND application_name = '" + ChangeWatcher.APPLICATION_NAME + "'");
                assertEquals("offline", next(heard));
                addSource(writer, "W3");
                long missed = writer.database().lastOwnChange();
                assertEquals("online", next(heard));
                assertEquals("changed " + missed, next(heard), "read from the change log after reconnecting");
            }
        }
    }

    @Test
    void aDatabaseInMemoryIsNotWatched() throws Exception {
        try (DataStore memory = DataStore.inMemoryWithBundledData()) {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            try (ChangeWatcher watcher = ChangeWatcher.start(memory.database(), into(heard), 0)) {
                // the screens' warm-up runs on one: nothing to hear, and never "offline"
                assertTrue(heard.poll(2, TimeUnit.SECONDS) == null);
            }
        }
    }
}

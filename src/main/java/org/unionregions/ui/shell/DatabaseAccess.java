package org.unionregions.ui.shell;

import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unionregions.i18n.Messages;
import org.unionregions.store.ChangeWatcher;
import org.unionregions.store.DataStore;
import org.unionregions.store.Role;
import org.unionregions.ui.common.AsyncRunner;

/**
 * What the window may do with its database and whether it is in touch with it: the role (read in the
 * background once the database is open), "offline" while a team database cannot be reached, and the
 * live refresh: a change someone else commits reloads every screen within a second.
 */
public final class DatabaseAccess implements AutoCloseable {

    private final DataStore store;
    private final AsyncRunner runner;
    private final Messages messages;
    private final Runnable reload;
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final BooleanProperty offline = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty lastUpdate = new SimpleStringProperty("");
    private volatile ChangeWatcher watcher;
    /** Run once (on the FX thread) the next time the team database answers the watcher; null: nothing waits. */
    private final AtomicReference<Waiting> whenReachable = new AtomicReference<>();
    /** A retry that keeps failing while the watcher is answered is made at most once a second, not at every poll. */
    private static final long RETRY_SPACING_NANOS = 1_000_000_000L;

    private record Waiting(Runnable action, long notBefore) {
    }
    private volatile boolean closed;

    /** {@code reload}: what a change someone else made does on the FX thread (every screen reads again). */
    public DatabaseAccess(DataStore store, AsyncRunner runner, Messages messages, Runnable reload) {
        this.store = store;
        this.runner = runner;
        this.messages = messages;
        this.reload = reload;
        role.addListener((obs, old, now) -> summarise());
        offline.addListener((obs, old, now) -> summarise());
    }

    /** Reads the role and starts listening for changes, once the database is open (in the background). */
    public void start(java.util.function.BiConsumer<Boolean, String> editing) {
        runner.run(() -> {
            Role found = store.role();
            long last = store.lastChange();
            if (!closed) {
                watcher = store.watch(new ChangeWatcher.Listener() {
                    @Override
                    public void changed(long lastChange) {
                        if (lastChange != store.lastOwnChange()) {
                            runner.publish(() -> {
                                lastUpdate.set(messages.get("status.updated"));
                                reload.run();
                            });
                        }
                    }

                    @Override
                    public void offline(boolean lost) {
                        runner.publish(() -> offline.set(lost));
                    }

                    @Override
                    public void reachable() {
                        Waiting waiting = whenReachable.get();
                        if (waiting != null && System.nanoTime() - waiting.notBefore() >= 0
                                && whenReachable.compareAndSet(waiting, null)) {
                            runner.publish(waiting.action());
                        }
                    }
                }, last);
                if (closed) { // closed while it was being started
                    watcher.close();
                }
            }
            return found;
        }, found -> {
            role.set(found);
            editing.accept(found.mayEdit(), found.mayEdit() ? "" : messages.format("access.readOnly."
                    + (store.server() == null ? "file" : "viewer"), found.serverRole()));
        }, failure -> { });
    }

    /**
     * Runs {@code action} on the FX thread the next time the team database answers, a second from now
     * at the soonest: then if the watcher's own connection is fine (only the window's was lost), or once
     * it is made again. One action waits at a time; a later call replaces it.
     */
    public void whenReachable(Runnable action) {
        whenReachable.set(new Waiting(action, System.nanoTime() + RETRY_SPACING_NANOS));
    }

    public ReadOnlyObjectProperty<Role> roleProperty() {
        return role;
    }

    /** True while the team database cannot be reached; the watcher keeps trying and says when it is back. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline;
    }

    /** For the status bar: the role on a team database and "offline" while it is; empty for a file. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** "Updated with a colleague's change" after a live refresh, for the status line. */
    public ReadOnlyStringProperty lastUpdateProperty() {
        return lastUpdate;
    }

    private void summarise() {
        if (offline.get()) {
            summary.set(messages.get("access.offline"));
        } else if (store.server() != null && role.get() != null) {
            summary.set(messages.get("access.role." + role.get().name().toLowerCase(java.util.Locale.ROOT)));
        } else {
            summary.set("");
        }
    }

    @Override
    public void close() {
        closed = true;
        ChangeWatcher open = watcher;
        if (open != null) {
            open.close();
        }
    }
}

package org.unionregions.ui.shell;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;

/**
 * What the window gives every screen: the store and the runner its work goes through, the language and
 * number format, the clock, and the window's services: open another screen on a state, say that the
 * registry changed, whether this user may edit, and "when the server answers again". A deck's or a
 * warm-up's copies of the screens get a detached context, whose services do nothing.
 */
public final class ScreenContext {

    /** Opens a screen on a state in the format of its saved views (a region's profile, an edition). */
    @FunctionalInterface
    public interface Navigator {
        void open(String screenId, Map<String, String> state);
    }

    /** Whether this user may change the registry here, and if not, why (a viewer, a file opened to read). */
    public record Editing(boolean allowed, String reason) {
        public static final Editing ALLOWED = new Editing(true, "");
    }

    private final DataStore store;
    private final AsyncRunner runner;
    private final Messages messages;
    private final FigureFormat format;
    private final Clock clock;
    private final Navigator navigator;
    private final Runnable registryChanged;
    private final Consumer<Runnable> whenReachable;
    private final ObjectProperty<Editing> editing = new SimpleObjectProperty<>(Editing.ALLOWED);

    ScreenContext(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format, Clock clock,
                  Navigator navigator, Runnable registryChanged, Consumer<Runnable> whenReachable) {
        this.store = store;
        this.runner = runner;
        this.messages = messages;
        this.format = format;
        this.clock = clock;
        this.navigator = navigator;
        this.registryChanged = registryChanged;
        this.whenReachable = whenReachable;
    }

    /** For screens outside a window (a deck, the command line, a warm-up): navigation and notices go nowhere. */
    public static ScreenContext detached(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format,
                                         Clock clock) {
        return new ScreenContext(store, runner, messages, format, clock, (id, state) -> { }, () -> { },
                action -> { });
    }

    public DataStore store() {
        return store;
    }

    public AsyncRunner runner() {
        return runner;
    }

    public Messages messages() {
        return messages;
    }

    public FigureFormat format() {
        return format;
    }

    public Clock clock() {
        return clock;
    }

    /** Opens {@code screenId} showing {@code state}. */
    public void open(String screenId, Map<String, String> state) {
        navigator.open(screenId, state);
    }

    /** A screen saved a change to the registry: the other screens read again. */
    public void registryChanged() {
        registryChanged.run();
    }

    /** Runs {@code action} once the team database answers again (at once where it does). */
    public void whenReachable(Runnable action) {
        whenReachable.accept(action);
    }

    public ReadOnlyObjectProperty<Editing> editingProperty() {
        return editing;
    }

    void allowEditing(boolean allowed, String reason) {
        editing.set(new Editing(allowed, allowed ? "" : reason));
    }
}

package org.unionregions.ui.shell;

import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.store.SavedViewRepository.SavedView;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;

/**
 * Saved views: the screen on display with its choices (the matrix's filters, sort, scale and palette;
 * the edition chosen; the region profiled; the table and search), saved under a name in the database,
 * listed in the presenter's order, and opened exactly as saved.
 */
public final class SavedViewsViewModel {

    private final DataStore store;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final MainViewModel main;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    /** A name already taken by a save: the view asks whether to replace it. */
    private final StringProperty nameTaken = new SimpleStringProperty();

    SavedViewsViewModel(DataStore store, AsyncRunner runner, Messages messages, MainViewModel main) {
        this.store = store;
        this.messages = messages;
        this.main = main;
        this.tasks = new BackgroundTasks(runner, messages, status::set);
    }

    public ObservableList<SavedView> views() {
        return views;
    }

    /** What the last save, rename or delete did, or why not. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty nameTakenProperty() {
        return nameTaken;
    }

    public void load() {
        tasks.latest("views", () -> store.views().views(), views::setAll);
    }

    /**
     * Saves the screen on display under {@code name}; a name in use is replaced only when
     * {@code replace} (else {@link #nameTakenProperty()} says so and nothing is written).
     */
    public void saveCurrent(String name, boolean replace) {
        if (name == null || name.isBlank()) {
            status.set(messages.get("views.nameMissing"));
            return;
        }
        String screen = main.screenProperty().get();
        Map<String, String> state = main.current().capture();
        nameTaken.set(null);
        tasks.run(() -> {
            if (!replace && store.views().named(name).isPresent()) {
                return null;
            }
            store.views().save(name, screen, state, replace);
            return store.views().views();
        }, saved -> {
            if (saved == null) {
                nameTaken.set(name.trim());
                return;
            }
            views.setAll(saved);
            status.set(messages.format("views.saved", name.trim()));
        });
    }

    /** Opens the view's screen with its choices. */
    public void open(SavedView view) {
        if (main.screens().find(view.screen()).isEmpty()) { // saved by a version with a screen this one lacks
            status.set(messages.format("views.screenMissing", view.name()));
            return;
        }
        main.open(view.screen(), view.state());
        status.set(messages.format("views.opened", view.name()));
    }

    public void rename(SavedView view, String name) {
        if (name == null || name.isBlank()) {
            status.set(messages.get("views.nameMissing"));
            return;
        }
        tasks.run(() -> {
            store.views().rename(view.id(), name);
            return store.views().views();
        }, renamed -> {
            views.setAll(renamed);
            status.set(messages.format("views.renamed", view.name(), name.trim()));
        }, failure -> {
            if (failure instanceof StoreException e && e.reason() == StoreException.Reason.UNIQUE) {
                status.set(messages.format("views.nameInUse", name.trim()));
            }
        });
    }

    public void delete(SavedView view) {
        tasks.run(() -> {
            store.views().delete(view.id());
            return store.views().views();
        }, left -> {
            views.setAll(left);
            status.set(messages.format("views.deleted", view.name()));
        });
    }

    /** One place up ({@code -1}) or down ({@code +1}). */
    public void move(SavedView view, int step) {
        tasks.run(() -> {
            store.views().move(view.id(), step);
            return store.views().views();
        }, views::setAll);
    }
}

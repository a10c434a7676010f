package org.unionregions.ui.shell;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.store.DeckRepository.Entry;
import org.unionregions.store.SavedViewRepository.SavedView;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.present.Slide;

/**
 * The deck composer: a named deck of the standard slides and saved views in the presenter's order,
 * each with its own title, subtitle and speaker notes; saved in the database, presented and exported
 * like the standard deck.
 */
public final class DeckComposerViewModel {

    private final DataStore store;
    private final Messages messages;
    private final Clock clock;
    private final BackgroundTasks tasks;
    private final SavedViewsViewModel views;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> decks = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    private final List<AppScreen<?>> screens;

    DeckComposerViewModel(DataStore store, AsyncRunner runner, Messages messages, Clock clock,
                          SavedViewsViewModel views, List<AppScreen<?>> screens) {
        this.screens = List.copyOf(screens);
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.views = views;
        this.tasks = new BackgroundTasks(runner, messages, status::set);
    }

    /** What can go on a slide: the standard slides, then the saved views a slide can show. */
    public List<Entry> choices() {
        List<Entry> choices = new java.util.ArrayList<>();
        choices.add(Entry.standard());
        views.views().stream().filter(view -> DeckComposer.showable(view, screens)).map(view -> Entry.view(view.name()))
                .forEach(choices::add);
        return choices;
    }

    /** An entry as the lists show it: "Standard slides (7)" or the view's name with its screen. */
    public String label(Entry entry) {
        return entry.viewName().map(view -> {
            String screen = views.views().stream().filter(v -> v.name().equals(view)).map(SavedView::screen)
                    .findFirst().orElse("");
            String title = entry.title().isEmpty() ? view : entry.title() + " (" + view + ")";
            return screens.stream().filter(each -> each.id().equals(screen)).findFirst()
                    .map(each -> title + " — " + messages.get(each.labelKey())).orElse(title);
        }).orElse(messages.get("deck.standard"));
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ObservableList<String> decks() {
        return decks;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public void load() {
        tasks.latest("decks", () -> store.decks().names(), decks::setAll);
    }

    /** Opens a saved deck for editing. */
    public void open(String deck) {
        tasks.run(() -> store.decks().named(deck).orElseThrow(() -> new IllegalArgumentException(
                messages.format("deck.missing", deck))), found -> {
            name.set(found.name());
            entries.setAll(found.entries());
        });
    }

    public void add(Entry entry) {
        entries.add(entry);
    }

    public void remove(int index) {
        if (index >= 0 && index < entries.size()) {
            entries.remove(index);
        }
    }

    /** One place up ({@code -1}) or down ({@code +1}). */
    public void move(int index, int step) {
        int to = index + Integer.signum(step);
        if (index >= 0 && index < entries.size() && to >= 0 && to < entries.size()) {
            entries.add(to, entries.remove(index));
        }
    }

    /** The presenter's own title, subtitle (empty: the slide's own) and notes for an entry. */
    public void edit(int index, String title, String subtitle, String notes) {
        if (index >= 0 && index < entries.size()) {
            entries.set(index, new Entry(entries.get(index).content(), title.trim(), subtitle.trim(), notes));
        }
    }

    public void save() {
        String deck = name.get() == null ? "" : name.get().trim();
        if (deck.isEmpty()) {
            status.set(messages.get("deck.nameMissing"));
            return;
        }
        if (entries.isEmpty()) {
            status.set(messages.get("deck.empty"));
            return;
        }
        List<Entry> kept = List.copyOf(entries);
        tasks.run(() -> {
            store.decks().save(deck, kept);
            return store.decks().names();
        }, names -> {
            decks.setAll(names);
            status.set(messages.format("deck.saved", deck, kept.size()));
        });
    }

    public void delete() {
        String deck = name.get() == null ? "" : name.get().trim();
        tasks.run(() -> {
            store.decks().delete(deck);
            return store.decks().names();
        }, names -> {
            decks.setAll(names);
            entries.clear();
            name.set("");
            status.set(messages.format("deck.deleted", deck));
        });
    }

    /** Builds the deck's slides in the background; {@code then} gets them on the FX thread. */
    public void compose(Consumer<List<Slide>> then) {
        if (entries.isEmpty()) {
            status.set(messages.get("deck.empty"));
            return;
        }
        List<Entry> kept = List.copyOf(entries);
        tasks.run(() -> new DeckComposer(store, messages, clock, screens).slides(kept), then);
    }
}

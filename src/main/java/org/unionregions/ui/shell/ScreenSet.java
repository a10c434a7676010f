package org.unionregions.ui.shell;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.present.Slide;

/**
 * The registered screens, each with its view model wired on one context: the window's screens, or the
 * copies a deck, the command line or the warm-up reads on the calling thread.
 */
public final class ScreenSet {

    /** A screen and its view model. */
    public record Entry<M extends ScreenModel>(AppScreen<M> screen, M model) {
    }

    private final List<Entry<?>> entries;
    private final ScreenContext context;

    private ScreenSet(List<Entry<?>> entries, ScreenContext context) {
        this.entries = List.copyOf(entries);
        this.context = context;
    }

    /** Every screen's view model on {@code context}, in the order of {@code screens}. */
    public static ScreenSet wire(List<AppScreen<?>> screens, ScreenContext context) {
        List<Entry<?>> entries = new ArrayList<>();
        for (AppScreen<?> screen : screens) {
            if (entries.stream().anyMatch(entry -> entry.screen().id().equals(screen.id()))) {
                throw new IllegalArgumentException("two screens registered as " + screen.id());
            }
            entries.add(entry(screen, context));
        }
        return new ScreenSet(entries, context);
    }

    private static <M extends ScreenModel> Entry<M> entry(AppScreen<M> screen, ScreenContext context) {
        return new Entry<>(screen, screen.model(context));
    }

    /**
     * The screens over the store as it is, read on the calling thread (the command line, a composed deck:
     * no window waits on it): those that offer slides to the standard deck are read, with their default
     * filters. A screen that fails to read stops it, with the screen's own words.
     */
    public static ScreenSet loadNow(List<AppScreen<?>> screens, DataStore store, Messages messages, Clock clock) {
        ScreenSet set = wire(screens, ScreenContext.detached(store, AsyncRunner.direct(), messages,
                new FigureFormat(messages), clock));
        for (Entry<?> entry : set.entries) {
            if (entry.screen().slideOffer() == AppScreen.SlideOffer.DECK) {
                entry.model().load();
                entry.model().statusLines().stream().map(line -> line.get())
                        .filter(text -> text != null && !text.isEmpty()).findFirst().ifPresent(text -> {
                            throw new IllegalStateException(text);
                        });
            }
        }
        return set;
    }

    public List<Entry<?>> entries() {
        return entries;
    }

    public ScreenContext context() {
        return context;
    }

    /** The screen registered as {@code id}. */
    public Optional<Entry<?>> find(String id) {
        return entries.stream().filter(entry -> entry.screen().id().equals(id)).findFirst();
    }

    /** The view model of the screen whose view model is a {@code type}. */
    public <M extends ScreenModel> M model(Class<M> type) {
        return entries.stream().map(Entry::model).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no screen's view model is a " + type.getSimpleName()));
    }

    /** The standard deck: each screen's slides as it shows now, in the order of the screens. */
    public List<Slide> standardSlides() {
        List<Slide> slides = new ArrayList<>();
        for (Entry<?> entry : entries) {
            if (entry.screen().slideOffer() == AppScreen.SlideOffer.DECK) {
                slides.addAll(entry.model().slides());
            }
        }
        return slides;
    }
}

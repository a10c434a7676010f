package org.unionregions.ui.shell;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.store.DeckRepository.Entry;
import org.unionregions.store.SavedViewRepository.SavedView;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.present.Slide;

/**
 * The slides of a composed deck, read on the calling thread (the store thread, or the command line):
 * the standard slides where asked, and for each saved view the slide of its screen as saved (the
 * matrix with its filters, the region's timeline, the agreements chart, the headline figures), each
 * with the presenter's own title, subtitle and notes. Screens of their own: the window's stay as they are.
 */
public final class DeckComposer {

    private final DataStore store;
    private final Messages messages;
    private final Clock clock;
    private final List<AppScreen<?>> screens;

    public DeckComposer(DataStore store, Messages messages, Clock clock, List<AppScreen<?>> screens) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.screens = List.copyOf(screens);
    }

    /** The saved views a deck can show (a Data screen's table is no slide). */
    static boolean showable(SavedView view, List<AppScreen<?>> screens) {
        return screens.stream().anyMatch(screen -> screen.id().equals(view.screen())
                && screen.slideOffer() != AppScreen.SlideOffer.NONE);
    }

    public List<Slide> slides(List<Entry> entries) {
        List<Slide> slides = new ArrayList<>();
        List<Slide> standard = null;
        for (Entry entry : entries) {
            Optional<String> viewName = entry.viewName();
            if (viewName.isEmpty()) {
                if (standard == null) {
                    standard = ScreenSet.loadNow(screens, store, messages, clock).standardSlides();
                }
                standard.forEach(slide -> slides.add(slide.retitled("", "", entry.notes())));
                continue;
            }
            Optional<SavedView> view = store.views().named(viewName.get());
            if (view.isEmpty()) {
                throw new IllegalArgumentException(messages.format("deck.viewMissing", viewName.get()));
            }
            viewSlide(view.get()).map(slide -> slide.retitled(entry.title(), entry.subtitle(), entry.notes()))
                    .ifPresent(slides::add);
        }
        return slides;
    }

    /** The saved view's screen, made afresh on this thread, shown as saved. */
    private Optional<Slide> viewSlide(SavedView view) {
        return screens.stream().filter(screen -> screen.id().equals(view.screen())
                        && screen.slideOffer() != AppScreen.SlideOffer.NONE).findFirst()
                .flatMap(screen -> {
                    ScreenModel model = screen.model(ScreenContext.detached(store, AsyncRunner.direct(), messages,
                            new FigureFormat(messages), clock));
                    model.restore(view.state());
                    model.load();
                    return model.viewSlide();
                });
    }
}

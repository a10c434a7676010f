package org.unionregions.ui.shell;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.store.DeckRepository.Entry;
import org.unionregions.store.SavedViewRepository.SavedView;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.OverviewViewModel;
import org.unionregions.ui.present.PresentationViewModel;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.profile.ProfileViewModel;
import org.unionregions.ui.profile.RegionProfile;

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
    private final FigureFormat format;

    public DeckComposer(DataStore store, Messages messages, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.format = new FigureFormat(messages);
    }

    /** The saved views a deck can show (a Data screen's table is no slide). */
    public static boolean showable(SavedView view) {
        return !Screen.DATA.name().equals(view.screen());
    }

    public List<Slide> slides(List<Entry> entries) {
        List<Slide> slides = new ArrayList<>();
        List<Slide> standard = null;
        for (Entry entry : entries) {
            Optional<String> viewName = entry.viewName();
            if (viewName.isEmpty()) {
                if (standard == null) {
                    standard = Screens.loadNow(store, messages, clock).presentation().slides();
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

    private Optional<Slide> viewSlide(SavedView view) {
        Map<String, String> state = view.state();
        AsyncRunner direct = AsyncRunner.direct();
        return switch (Screen.valueOf(view.screen())) {
            case MATRIX -> {
                MatrixViewModel matrix = new MatrixViewModel(store, direct, messages, format);
                matrix.restore(SavedViewsViewModel.matrixState(state));
                matrix.load();
                yield Optional.of(PresentationViewModel.matrixSlide(messages, matrix));
            }
            case PROFILE -> {
                ProfileViewModel profile = new ProfileViewModel(store, direct, messages);
                profile.show(state.getOrDefault("region", ""));
                profile.load();
                RegionProfile shown = profile.profileProperty().get();
                if (shown == null) {
                    yield Optional.empty();
                }
                yield Optional.of(PresentationViewModel.chartSlide(messages, profile.timelineProperty().get(),
                        shown.subtitle()));
            }
            case EDITIONS -> {
                EditionsViewModel editions = new EditionsViewModel(store, direct, messages, format);
                editions.load();
                yield Optional.of(PresentationViewModel.chartSlide(messages, editions.agreementsChartProperty().get(),
                        PresentationViewModel.editionRange(editions.editions()) + " · "
                                + messages.get("present.reportedExpected")));
            }
            case OVERVIEW -> {
                OverviewViewModel overview = new OverviewViewModel(store, direct, messages, format, clock);
                overview.load();
                yield Optional.of(new Slide(Slide.Kind.TILES, messages.get("overview.heading"),
                        messages.get("present.headline"), messages.get("present.sourceOnTiles"), null,
                        List.copyOf(overview.tiles()), null));
            }
            case DATA -> Optional.empty();
        };
    }
}

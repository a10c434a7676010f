package org.unionregions.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.model.Edition;
import java.time.Clock;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.OverviewViewModel;

/**
 * Presentation mode: one slide per chart, built from what the screens show now (their filters
 * included), stepped through with the keyboard.
 */
public final class PresentationViewModel {

    private final Messages messages;
    private final OverviewViewModel overview;
    private final EditionsViewModel editions;
    private final MatrixViewModel matrix;

    private final ObservableList<Slide> slides = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ObjectBinding<Slide> current;
    private final StringBinding position;

    public PresentationViewModel(Messages messages, OverviewViewModel overview, EditionsViewModel editions,
                                 MatrixViewModel matrix) {
        this.messages = messages;
        this.overview = overview;
        this.editions = editions;
        this.matrix = matrix;
        current = Bindings.createObjectBinding(() -> slides.isEmpty() ? null
                : slides.get(Math.min(index.get(), slides.size() - 1)), slides, index);
        position = Bindings.createStringBinding(() -> slides.isEmpty() ? ""
                : (index.get() + 1) + " / " + slides.size(), slides, index);
    }

    /**
     * A deck over the store as it is, reading the data on the calling thread (the command line, tests:
     * no window waits on it), with the screens' default filters.
     */
    public static PresentationViewModel loadNow(DataStore store, Messages messages, Clock clock) {
        FigureFormat format = new FigureFormat(messages);
        OverviewViewModel overview = new OverviewViewModel(store, AsyncRunner.direct(), messages, format, clock);
        EditionsViewModel editions = new EditionsViewModel(store, AsyncRunner.direct(), messages, format);
        MatrixViewModel matrix = new MatrixViewModel(store, AsyncRunner.direct(), messages, format);
        overview.load();
        editions.load();
        matrix.load();
        if (!overview.errorProperty().get().isEmpty()) {
            throw new IllegalStateException(overview.errorProperty().get());
        }
        PresentationViewModel deck = new PresentationViewModel(messages, overview, editions, matrix);
        deck.start();
        return deck;
    }

    public ObservableList<Slide> slides() {
        return slides;
    }

    public ObjectBinding<Slide> currentProperty() {
        return current;
    }

    public StringBinding positionProperty() {
        return position;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing;
    }

    /** Builds the slides from the screens as they are and shows the first. */
    public void start() {
        slides.setAll(buildSlides());
        index.set(0);
        showing.set(true);
    }

    public void next() {
        index.set(Math.min(index.get() + 1, Math.max(0, slides.size() - 1)));
    }

    public void previous() {
        index.set(Math.max(index.get() - 1, 0));
    }

    public void first() {
        index.set(0);
    }

    public void last() {
        index.set(Math.max(0, slides.size() - 1));
    }

    /** Shows slide {@code number} (0-based), kept within the deck. */
    public void show(int number) {
        index.set(Math.max(0, Math.min(number, slides.size() - 1)));
    }

    public void exit() {
        showing.set(false);
    }

    private List<Slide> buildSlides() {
        List<Slide> built = new ArrayList<>();
        String range = editionRange(editions.editions());
        built.add(new Slide(Slide.Kind.TILES, messages.get("overview.heading"), messages.get("present.headline"),
                messages.get("present.sourceOnTiles"), null, List.copyOf(overview.tiles()), null));
        built.add(chartSlide(editions.agreementsChartProperty().get(), range + " · "
                + messages.get("present.reportedExpected")));
        for (BarChartModel chart : editions.contractValueCharts()) {
            built.add(chartSlide(chart, range + " · " + messages.get("present.neverSummed")));
        }
        BarChartModel trade = editions.tradeChartProperty().get();
        if (!trade.categories().isEmpty()) {
            built.add(chartSlide(trade, trade.categories().get(0).split("\n")[0] + "–"
                    + trade.categories().get(trade.categories().size() - 1).split("\n")[0]));
        }
        MatrixViewModel.MetricChoice metric = matrix.metricProperty().get();
        Edition from = matrix.fromEditionProperty().get();
        Edition to = matrix.toEditionProperty().get();
        if (metric != null) {
            built.add(new Slide(Slide.Kind.MATRIX, messages.get("matrix.heading"),
                    metric.label() + (from == null || to == null ? "" : " · " + from.label() + " – " + to.label()),
                    messages.get("present.matrixSource"), null, List.of(), matrix.matrixProperty().get()));
        }
        return built;
    }

    private Slide chartSlide(BarChartModel chart, String subtitle) {
        String source = chart.sources().isEmpty() ? ""
                : messages.format("present.sources", String.join(", ", chart.sources()));
        return new Slide(Slide.Kind.CHART, chart.title(), subtitle, source, chart, List.of(), null);
    }

    private static String editionRange(List<Edition> editions) {
        return editions.isEmpty() ? "" : editions.get(0).label() + " – " + editions.get(editions.size() - 1).label();
    }
}

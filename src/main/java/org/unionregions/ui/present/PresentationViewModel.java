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
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unionregions.io.DeckExporter;
import org.unionregions.model.Edition;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
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
    private final BackgroundTasks tasks;
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final StringProperty done = new SimpleStringProperty("");
    private final OverviewViewModel overview;
    private final EditionsViewModel editions;
    private final MatrixViewModel matrix;

    private final ObservableList<Slide> slides = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ObjectBinding<Slide> current;
    private final StringBinding position;

    public PresentationViewModel(Messages messages, AsyncRunner runner, OverviewViewModel overview,
                                 EditionsViewModel editions, MatrixViewModel matrix) {
        this.messages = messages;
        this.tasks = new BackgroundTasks(runner, messages);
        this.overview = overview;
        this.editions = editions;
        this.matrix = matrix;
        current = Bindings.createObjectBinding(() -> slides.isEmpty() ? null
                : slides.get(Math.min(index.get(), slides.size() - 1)), slides, index);
        position = Bindings.createStringBinding(() -> slides.isEmpty() ? ""
                : (index.get() + 1) + " / " + slides.size(), slides, index);
    }

    /** The file formats a deck is exported in. */
    public enum DeckFormat { PDF, PPTX }

    /**
     * Exports the slides as they are now: {@code draw} draws them (on the FX thread, where it is
     * called), the file is written in the background; {@link #doneProperty()} then says where, or
     * {@link #errorProperty()} why not.
     */
    public void exportDeck(DeckFormat format, Path file, Supplier<List<DeckExporter.Page>> draw) {
        start();
        exit();
        List<DeckExporter.Page> pages = draw.get();
        exporting.set(true);
        tasks.run(() -> {
            try {
                if (format == DeckFormat.PDF) {
                    DeckExporter.writePdf(pages, file);
                } else {
                    DeckExporter.writePptx(pages, file);
                }
                return file;
            } catch (IOException e) {
                throw new IllegalStateException(messages.format("data.export.failed", file, e.getMessage()), e);
            }
        }, written -> {
            exporting.set(false);
            done.set(messages.format("present.exported", written));
        }, failure -> exporting.set(false));
    }

    /** True while a deck is being written. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    /** What the last export wrote, worded. */
    public ReadOnlyStringProperty doneProperty() {
        return done;
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
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

package org.unionregions.ui.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.io.DeckExporter;
import org.unionregions.model.Edition;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.matrix.MatrixModel;
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
    private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);
    private final ObjectProperty<Path> savedFile = new SimpleObjectProperty<>();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final BooleanProperty blank = new SimpleBooleanProperty(false);
    /** Columns a matrix slide shows: 20 cells across stay readable from the back of a room at 1080p. */
    static final int SLIDE_MATRIX_COLUMNS = 20;
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
    public void exportDeck(DeckFormat format, Path file, SlideDrawer drawer) {
        exportDeck(format, file, drawer, null);
    }

    /** Exports {@code deck} (a composed deck), or the standard slides where it is null. */
    public void exportDeck(DeckFormat format, Path file, SlideDrawer drawer, List<Slide> composed) {
        if (exporting.get()) {
            return;
        }
        if (composed == null) {
            start();
        } else {
            startWith(composed);
        }
        exit();
        exporting.set(true);
        exportProgress.set(0);
        done.set("");
        tasks.run(() -> {
            try {
                java.util.Locale language = DeckExporter.deckLanguage(messages.language());
                return format == DeckFormat.PDF ? DeckExporter.pdf(language) : DeckExporter.pptx(language);
            } catch (IOException e) {
                throw failedToWrite(file, e);
            }
        }, deck -> drawFrom(0, drawer, deck, file), failure -> exporting.set(false));
    }

    /** Draws one slide as a page of the deck; runs on the FX thread (a snapshot of the slide). */
    @FunctionalInterface
    public interface SlideDrawer {
        DeckExporter.Page draw(int index);
    }

    /**
     * One slide a turn of the FX thread (the window repaints and shows the progress between slides),
     * each added to the deck in the background before the next is drawn: one slide's pictures at a time.
     */
    private void drawFrom(int index, SlideDrawer drawer, DeckExporter.Deck deck, Path file) {
        tasks.publish(() -> {
            DeckExporter.Page page = drawer.draw(index);
            tasks.run(() -> {
                try {
                    deck.add(page);
                    return index;
                } catch (IOException e) {
                    throw failedToWrite(file, e);
                }
            }, added -> {
                exportProgress.set((index + 1) / (slides.size() + 1.0)); // the saving is the last step
                if (index + 1 < slides.size()) {
                    drawFrom(index + 1, drawer, deck, file);
                } else {
                    save(deck, file);
                }
            }, failure -> closeAfterFailure(deck));
        });
    }

    private void save(DeckExporter.Deck deck, Path file) {
        tasks.run(() -> {
            try (deck) {
                deck.save(file);
                return file;
            } catch (IOException e) {
                throw failedToWrite(file, e);
            }
        }, written -> {
            exporting.set(false);
            exportProgress.set(1);
            done.set(messages.format("present.exported", written));
            savedFile.set(written);
        }, failure -> exporting.set(false));
    }

    private void closeAfterFailure(DeckExporter.Deck deck) {
        exporting.set(false);
        try {
            deck.close();
        } catch (IOException ignored) {
            // the failure is already reported; nothing was saved
        }
    }

    private IllegalStateException failedToWrite(Path file, IOException e) {
        return new IllegalStateException(messages.format("data.export.failed", file, e.getMessage()), e);
    }

    /** How far the export is, 0 to 1. */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    /** The file the last export wrote (for "Open folder"), or null. */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile;
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
        startWith(buildSlides());
    }

    /** Shows these slides (a composed deck) from the first. */
    public void startWith(List<Slide> deck) {
        slides.setAll(deck);
        index.set(0);
        blank.set(false);
        showing.set(true);
    }

    /** True while the screen is black (B): the room looks at the speaker. */
    public ReadOnlyBooleanProperty blankProperty() {
        return blank;
    }

    public void toggleBlank() {
        blank.set(!blank.get());
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
        blank.set(false);
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
            built.add(matrixSlide(messages, matrix));
        }
        return built;
    }

    /** The matrix as its screen shows it now, with the partners of the largest totals when there are many. */
    public static Slide matrixSlide(Messages messages, MatrixViewModel matrix) {
        MatrixViewModel.MetricChoice metric = matrix.metricProperty().get();
        Edition from = matrix.fromEditionProperty().get();
        Edition to = matrix.toEditionProperty().get();
        MatrixModel whole = matrix.matrixProperty().get();
        MatrixModel shown = whole.withLargestColumns(SLIDE_MATRIX_COLUMNS);
        String subtitle = (metric == null ? "" : metric.label()) + (from == null || to == null ? ""
                : " · " + from.label() + " – " + to.label()) + (shown == whole ? ""
                : " · " + messages.format("present.matrixLargest", shown.columns().size(), whole.columns().size()));
        return new Slide(Slide.Kind.MATRIX, messages.get("matrix.heading"), subtitle,
                messages.get("present.matrixSource"), null, List.of(), shown);
    }

    private Slide chartSlide(BarChartModel chart, String subtitle) {
        return chartSlide(messages, chart, subtitle);
    }

    /** A chart on a slide of its own, its sources in the source line. */
    public static Slide chartSlide(Messages messages, BarChartModel chart, String subtitle) {
        String source = chart.sources().isEmpty() ? ""
                : messages.format("present.sources", String.join(", ", chart.sources()));
        return new Slide(Slide.Kind.CHART, chart.title(), subtitle, source, chart, List.of(), null);
    }

    public static String editionRange(List<Edition> editions) {
        return editions.isEmpty() ? "" : editions.get(0).label() + " – " + editions.get(editions.size() - 1).label();
    }
}

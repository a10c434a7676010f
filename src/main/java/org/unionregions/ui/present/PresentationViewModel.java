package org.unionregions.ui.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
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
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;

/**
 * Presentation mode: one slide per chart, built from what the screens show now (their filters
 * included), stepped through with the keyboard.
 */
public final class PresentationViewModel {

    private final Messages messages;
    private final BackgroundTasks tasks;
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final StringProperty done = new SimpleStringProperty("");
    /** The standard deck: the slides every screen offers now, in the order of the screens. */
    private final Supplier<List<Slide>> standardSlides;

    private final ObservableList<Slide> slides = FXCollections.observableArrayList();
    private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);
    private final ObjectProperty<Path> savedFile = new SimpleObjectProperty<>();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final BooleanProperty blank = new SimpleBooleanProperty(false);
    private final ObjectBinding<Slide> current;
    private final StringBinding position;

    public PresentationViewModel(Messages messages, AsyncRunner runner, Supplier<List<Slide>> standardSlides) {
        this.messages = messages;
        this.tasks = new BackgroundTasks(runner, messages);
        this.standardSlides = standardSlides;
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
        startWith(standardSlides.get());
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
}

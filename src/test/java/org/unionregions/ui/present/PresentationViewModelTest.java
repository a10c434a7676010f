package org.unionregions.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TempStore;
import org.unionregions.app.ScreenCatalogue;
import org.unionregions.i18n.Messages;
import org.unionregions.io.DeckExporter;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.matrix.MatrixContent;
import org.unionregions.ui.matrix.MatrixModel;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.overview.TilesContent;
import org.unionregions.ui.shell.ScreenContext;
import org.unionregions.ui.shell.ScreenSet;

class PresentationViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;


    static PresentationViewModel loaded(DataStore store, String language) {
        ScreenSet screens = ScreenSet.loadNow(ScreenCatalogue.screens(), store, Messages.forLanguage(language),
                Clock.systemUTC());
        PresentationViewModel deck = new PresentationViewModel(Messages.forLanguage(language), AsyncRunner.direct(),
                screens::standardSlides);
        deck.start();
        return deck;
    }

    @BeforeEach
    void open() {
        store = temp.store();
    }

    @Test
    void oneSlidePerChartWithTitleSubtitleAndSource() {
        PresentationViewModel presentation = loaded(store, "en");
        assertEquals(List.of("Forum of Regions of Belarus and Russia", "Agreements signed per edition",
                "Contract value per edition, USD", "Contract value per edition, RUB", "Contract value per edition, BYN",
                "Belarus–Russia trade turnover per year", "Region pairs: Belarusian regions × Russian regions"),
                presentation.slides().stream().map(Slide::title).toList());
        Slide agreements = presentation.slides().get(1);
        assertEquals("I 2014 – XIII 2026 · reported (solid) and expected (hollow)", agreements.subtitle());
        assertTrue(agreements.source().startsWith("Sources: ") && agreements.source().contains("TASS"),
                agreements.source());
        Slide matrix = presentation.slides().get(6);
        MatrixModel shownMatrix = ((MatrixContent) matrix.content()).matrix();
        assertTrue(matrix.subtitle().startsWith("Documents signed (count) · I 2014 – XIII 2026 · the 20 of "),
                matrix.subtitle());
        assertEquals(MatrixViewModel.SLIDE_MATRIX_COLUMNS, shownMatrix.columns().size(),
                "a slide shows the partners with the most documents, readable across a room");
        double smallestShown = shownMatrix.columns().stream().mapToDouble(h -> h.total()).min().orElseThrow();
        assertTrue(shownMatrix.cells().values().stream().allMatch(cell -> shownMatrix.columns().stream()
                .anyMatch(h -> h.code().equals(cell.russianRegion()))), "no cell of a column left out");
        assertTrue(smallestShown >= 1);
        assertEquals(6, ((TilesContent) presentation.slides().get(0).content()).tiles().size());
    }

    @Test
    void stepsForwardAndBackWithinTheDeckAndLeaves() {
        PresentationViewModel presentation = loaded(store, "ru");
        assertEquals("1 / 7", presentation.positionProperty().get());
        assertEquals("Форум регионов Беларуси и России", presentation.currentProperty().get().title());
        presentation.previous();
        assertEquals(0, presentation.indexProperty().get());
        presentation.next();
        assertEquals("Подписано соглашений на форуме", presentation.currentProperty().get().title());
        presentation.last();
        presentation.next();
        assertEquals("7 / 7", presentation.positionProperty().get());
        assertTrue(presentation.showingProperty().get());
        presentation.exit();
        assertFalse(presentation.showingProperty().get());
    }

    @Test
    void aDeckIsDrawnOneSlideATurnOfTheFxThreadShowingItsProgressThenWrittenAndNamed(@TempDir Path dir)
            throws Exception {
        Deque<Runnable> turns = new ArrayDeque<>(); // the FX thread's turns, run one at a time here
        AsyncRunner runner = new AsyncRunner(Runnable::run, turns::add);
        Messages messages = Messages.forLanguage("en");
        ScreenSet screens = ScreenSet.wire(ScreenCatalogue.screens(), ScreenContext.detached(store, runner, messages,
                new FigureFormat(messages), Clock.systemUTC()));
        screens.entries().forEach(entry -> entry.model().load());
        while (!turns.isEmpty()) {
            turns.poll().run();
        }
        PresentationViewModel deck = new PresentationViewModel(messages, runner, screens::standardSlides);
        List<Integer> drawn = new ArrayList<>();
        Path file = dir.resolve("deck.pdf");
        deck.exportDeck(PresentationViewModel.DeckFormat.PDF, file, index -> {
            drawn.add(index);
            BufferedImage picture = new BufferedImage(192, 108, BufferedImage.TYPE_INT_RGB);
            return new DeckExporter.Page("slide " + index, "", "", picture, picture, null, null);
        });
        assertTrue(deck.exportingProperty().get());
        assertEquals(List.of(), drawn, "nothing drawn in the turn that asked");
        int slides = deck.slides().size();
        List<Double> progress = new ArrayList<>();
        while (!turns.isEmpty()) {
            int before = drawn.size();
            turns.poll().run();
            assertTrue(drawn.size() - before <= 1, "one slide a turn at most: the window repaints in between");
            progress.add(deck.exportProgressProperty().get());
        }
        assertEquals(slides, drawn.size());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress only grows: " + progress);
        }
        assertFalse(deck.exportingProperty().get());
        assertEquals(file, deck.savedFileProperty().get());
        assertEquals("Slides saved to " + file, deck.doneProperty().get());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertEquals(slides, pdf.getNumberOfPages());
        }
    }
}

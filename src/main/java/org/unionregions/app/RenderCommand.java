package org.unionregions.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.unionregions.i18n.Messages;
import org.unionregions.io.DeckExporter;
import org.unionregions.store.DataStore;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Themes;
import org.unionregions.ui.present.PresentationViewModel;
import org.unionregions.ui.present.SlideRenderer;

/**
 * {@code render --out DIR --format png|pdf|pptx}: the presentation slides drawn headless (JavaFX on
 * its Monocle platform, software rendering), for decks prepared by scripts overnight.
 */
final class RenderCommand {

    private RenderCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Messages messages = Messages.forLanguage(options.language());
        FigureFormat format = new FigureFormat(messages);
        PresentationViewModel deck;
        try (DataStore store = options.openStore(org.unionregions.store.Database.Mode.READ)) {
            var screens = org.unionregions.ui.shell.ScreenSet.loadNow(ScreenCatalogue.screens(), store, messages,
                    Clock.systemDefaultZone());
            deck = new PresentationViewModel(messages, org.unionregions.ui.common.AsyncRunner.direct(),
                    screens::standardSlides);
            deck.start();
            if (options.deck() != null) {
                var composed = store.decks().named(options.deck());
                if (composed.isEmpty()) {
                    err.println("error: no deck named \"" + options.deck() + "\" in " + options.where()
                            + (store.decks().names().isEmpty() ? " (none composed yet)"
                            : "; there are: " + String.join(", ", store.decks().names())));
                    return 2;
                }
                deck.startWith(new org.unionregions.ui.shell.DeckComposer(store, messages, Clock.systemDefaultZone(),
                        ScreenCatalogue.screens())
                        .slides(composed.get().entries()));
            }
        } catch (IllegalStateException | IllegalArgumentException | StoreException e) {
            err.println("error: " + e.getMessage());
            return 74;
        }
        try {
            List<DeckExporter.Page> pages = draw(deck, format, "dark".equals(options.theme()));
            Path target = options.out();
            Files.createDirectories(target);
            switch (options.format()) {
                case "png" -> DeckExporter.writePngs(pages, target);
                case "pdf" -> DeckExporter.writePdf(pages, target.resolve("union-regions-slides.pdf"),
                        DeckExporter.deckLanguage(messages.language()));
                default -> DeckExporter.writePptx(pages, target.resolve("union-regions-slides.pptx"),
                        DeckExporter.deckLanguage(messages.language()));
            }
            out.println("rendered " + pages.size() + " slides as " + options.format() + " into " + target);
            return 0;
        } catch (IOException | InterruptedException e) {
            err.println("error: " + e.getMessage());
            return 74;
        }
    }

    /** Starts JavaFX without a display if it is not running yet, and draws the slides on its thread. */
    static List<DeckExporter.Page> draw(PresentationViewModel deck, FigureFormat format, boolean dark)
            throws InterruptedException {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await(30, TimeUnit.SECONDS);
        AtomicReference<List<DeckExporter.Page>> pages = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Themes.apply(dark);
                pages.set(SlideRenderer.render(deck, format, null, ScreenCatalogue.slideArt()));
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                drawn.countDown();
            }
        });
        if (!drawn.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("drawing the slides took more than five minutes");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return pages.get();
    }
}

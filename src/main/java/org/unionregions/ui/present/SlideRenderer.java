package org.unionregions.ui.present;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import org.unionregions.io.DeckExporter;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Themes;

/** Draws every slide of a deck as pictures for export (FX thread): the whole slide, and its content alone. */
public final class SlideRenderer {

    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;

    private SlideRenderer() {
    }

    public static List<DeckExporter.Page> render(PresentationViewModel deck, FigureFormat format,
                                                 String userAgentStylesheet) {
        PresentationViewModel.SlideDrawer drawer = drawer(deck, format, userAgentStylesheet, true);
        List<DeckExporter.Page> pages = new ArrayList<>();
        for (int i = 0; i < deck.slides().size(); i++) {
            pages.add(drawer.draw(i));
        }
        return pages;
    }

    /**
     * Draws slide by slide on one off-screen scene, on the FX thread: the window's export draws one
     * slide a turn, so it stays responsive and shows its progress. {@code withTexts}: also the
     * slide with its texts drawn in (PNG slides); PDF and PPTX write the texts as text.
     */
    public static PresentationViewModel.SlideDrawer drawer(PresentationViewModel deck, FigureFormat format,
                                                           String userAgentStylesheet, boolean withTexts) {
        PresentationView view = new PresentationView(deck, format);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().add(Themes.appStylesheet());
        if (userAgentStylesheet != null) {
            scene.setUserAgentStylesheet(userAgentStylesheet);
        }
        return index -> {
            deck.show(index);
            Slide slide = deck.slides().get(index);
            BufferedImage whole = null; // the slide with its texts drawn in: only PNG slides need it
            if (withTexts) {
                view.setTextVisible(true);
                whole = snapshot(view);
            }
            view.setTextVisible(false);
            BufferedImage content = snapshot(view);
            return new DeckExporter.Page(slide.title(), slide.subtitle(), slide.source(), whole, content);
        };
    }

    private static BufferedImage snapshot(PresentationView view) {
        view.applyCss();
        view.layout();
        return SwingFXUtils.fromFXImage(view.snapshot(null, null), null);
    }
}

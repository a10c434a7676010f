package org.unionregions.ui.present;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import org.unionregions.io.DeckChart;
import org.unionregions.io.DeckExporter;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Themes;

/** Draws every slide of a deck as pictures for export (FX thread): the whole slide, and its content alone. */
public final class SlideRenderer {

    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;

    private SlideRenderer() {
    }

    public static List<DeckExporter.Page> render(PresentationViewModel deck, FigureFormat format,
                                                 String userAgentStylesheet, SlideArt art) {
        PresentationViewModel.SlideDrawer drawer = drawer(deck, format, userAgentStylesheet, true, art);
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
                                                           String userAgentStylesheet, boolean withTexts,
                                                           SlideArt art) {
        PresentationView view = new PresentationView(deck, format, art);
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
                whole = snapshot(view, HEIGHT);
            }
            view.setTextVisible(false);
            // drawn at the shape of the deck's content box, so it fills the page's width (at 16:9 it
            // filled about three quarters of it)
            BufferedImage content = snapshot(view, (int) Math.round(WIDTH / DeckExporter.CONTENT_ASPECT));
            view.resize(WIDTH, HEIGHT);
            String position = (index + 1) + " / " + deck.slides().size();
            return new DeckExporter.Page(slide.title(), slide.subtitle(), slide.source(), whole, content,
                    slide.chart() != null ? deckChart(slide.chart(), format) : null, position, slide.notes(),
                    slide.content() instanceof MapContent map ? map.map() : null);
        };
    }

    private static BufferedImage snapshot(PresentationView view, int height) {
        view.resize(WIDTH, height);
        view.applyCss();
        view.layout();
        return SwingFXUtils.fromFXImage(view.snapshot(null, null), null);
    }

    /** A slide's bar chart as data for a native chart: each series' value per category, null where none. */
    static DeckChart deckChart(BarChartModel chart, FigureFormat format) {
        List<Double> all = chart.series().stream().flatMap(s -> s.bars().stream()).map(BarChartModel.Bar::value)
                .toList();
        List<DeckChart.Series> series = new ArrayList<>();
        for (BarChartModel.Series one : chart.series()) {
            java.util.Map<String, Double> byCategory = new java.util.HashMap<>();
            one.bars().forEach(bar -> byCategory.put(bar.category(), bar.value()));
            List<Double> values = new ArrayList<>();
            chart.categories().forEach(category -> values.add(byCategory.get(category)));
            DeckChart.Look look = switch (one.styleClass()) {
                case BarChartModel.EXPECTED_STYLE -> DeckChart.Look.EXPECTED;
                case BarChartModel.SECOND_BASIS_STYLE -> DeckChart.Look.SECOND;
                default -> DeckChart.Look.REPORTED;
            };
            series.add(new DeckChart.Series(one.name(), look, values));
        }
        // a category label "XI\n2024" reads as one line in a chart's cell: "XI 2024"
        List<String> categories = chart.categories().stream().map(c -> c.replace('\n', ' ')).toList();
        return new DeckChart(chart.valueAxisLabel(), format.chartNumberFormat(chart.unit(), all), categories,
                series);
    }
}

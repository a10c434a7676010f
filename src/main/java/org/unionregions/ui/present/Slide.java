package org.unionregions.ui.present;

import java.util.List;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Edition;
import org.unionregions.ui.common.BarChartModel;

/** One slide: a title, a subtitle (range, metric), a source line, what it shows, and the speaker's notes. */
public record Slide(String title, String subtitle, String source, SlideContent content, String notes) {

    public Slide(String title, String subtitle, String source, SlideContent content) {
        this(title, subtitle, source, content, "");
    }

    /** The slide with a presenter's own title, subtitle (each kept where empty) and notes. */
    public Slide retitled(String newTitle, String newSubtitle, String newNotes) {
        return new Slide(newTitle == null || newTitle.isBlank() ? title : newTitle,
                newSubtitle == null || newSubtitle.isBlank() ? subtitle : newSubtitle, source, content,
                newNotes == null ? "" : newNotes);
    }

    /** The bar chart this slide shows, or null when it shows something else. */
    public BarChartModel chart() {
        return content instanceof ChartContent chart ? chart.chart() : null;
    }

    /** A chart on a slide of its own, its sources in the source line. */
    public static Slide ofChart(Messages messages, BarChartModel chart, String subtitle) {
        String source = chart.sources().isEmpty() ? ""
                : messages.format("present.sources", String.join(", ", chart.sources()));
        return new Slide(chart.title(), subtitle, source, new ChartContent(chart));
    }

    /** "I 2014 – XIII 2026": the editions a slide covers. */
    public static String editionRange(List<Edition> editions) {
        return editions.isEmpty() ? "" : editions.get(0).label() + " – " + editions.get(editions.size() - 1).label();
    }
}

package org.unionregions.ui.present;

import java.util.List;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.matrix.MatrixModel;
import org.unionregions.ui.overview.OverviewViewModel;

/** One slide: a title, a subtitle (range, metric), a source line, what it shows, and the speaker's notes. */
public record Slide(Kind kind, String title, String subtitle, String source, BarChartModel chart,
                    List<OverviewViewModel.Tile> tiles, MatrixModel matrix, String notes) {

    public enum Kind { TILES, CHART, MATRIX }

    public Slide(Kind kind, String title, String subtitle, String source, BarChartModel chart,
                 List<OverviewViewModel.Tile> tiles, MatrixModel matrix) {
        this(kind, title, subtitle, source, chart, tiles, matrix, "");
    }

    /** The slide with a presenter's own title, subtitle (each kept where empty) and notes. */
    public Slide retitled(String newTitle, String newSubtitle, String newNotes) {
        return new Slide(kind, newTitle == null || newTitle.isBlank() ? title : newTitle,
                newSubtitle == null || newSubtitle.isBlank() ? subtitle : newSubtitle, source, chart, tiles, matrix,
                newNotes == null ? "" : newNotes);
    }
}

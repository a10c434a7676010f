package org.unionregions.ui.present;

import java.util.List;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.matrix.MatrixModel;
import org.unionregions.ui.overview.OverviewViewModel;

/** One slide: a title, a subtitle (range, metric), a source line, and what it shows. */
public record Slide(Kind kind, String title, String subtitle, String source, BarChartModel chart,
                    List<OverviewViewModel.Tile> tiles, MatrixModel matrix) {

    public enum Kind { TILES, CHART, MATRIX }
}

package org.unionregions.ui.present;

import javafx.scene.Node;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.SourcedBarChart;

/** Draws a {@link ChartContent}: the chart large, every bar's value printed on it, no title of its own. */
final class ChartArt implements SlideArt {

    @Override
    public Node draw(SlideContent content, Frame frame) {
        if (!(content instanceof ChartContent chartContent)) {
            return null;
        }
        BarChartModel model = chartContent.chart();
        SourcedBarChart chart = new SourcedBarChart(frame.format());
        boolean overEditions = model.series().stream()
                .anyMatch(series -> series.styleClass().equals(BarChartModel.EXPECTED_STYLE));
        chart.getStyleClass().addAll(overEditions ? "edition-chart" : "trade-chart", "slide-chart");
        chart.show(model);
        chart.setValueLabels(true);
        chart.setTitle(null); // the slide's own title says it, larger
        return chart;
    }
}

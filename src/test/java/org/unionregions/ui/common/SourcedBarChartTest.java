package org.unionregions.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.BarChartModel.Bar;
import org.unionregions.ui.common.BarChartModel.Series;

/** Where the bars stand: a lone bar in the middle of its edition, a pair side by side. */
@ExtendWith(ApplicationExtension.class)
class SourcedBarChartTest {

    private SourcedBarChart chart;

    @Start
    void start(Stage stage) {
        chart = new SourcedBarChart(new FigureFormat(Messages.forLanguage("en")));
        chart.show(new BarChartModel("Agreements", "Agreements", "count", List.of("III", "IV", "V"), List.of(
                new Series("Reported", "reported", List.of(bar("III", 40), bar("V", 76))),
                new Series("Expected", "expected", List.of(bar("III", 40), bar("IV", 60)))),
                "no data", List.of()));
        stage.setScene(new Scene(chart, 600, 400));
        stage.show();
    }

    private static Bar bar(String category, double value) {
        return new Bar(category, value, String.valueOf(value), category + ": " + value, null);
    }

    @Test
    void aBarAloneInItsEditionStandsInTheMiddleOfIt(FxRobot robot) {
        robot.interact(() -> { });
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        for (String alone : List.of("IV", "V")) {
            Node bar = barsOf(alone).get(0);
            double centre = bar.getBoundsInParent().getCenterX();
            assertEquals(axis.getDisplayPosition(alone), centre, 1.0, alone + "'s only bar is off-centre");
        }
        List<Node> pair = barsOf("III");
        Bounds reported = pair.get(0).getBoundsInParent();
        Bounds expected = pair.get(1).getBoundsInParent();
        assertTrue(reported.getMaxX() <= expected.getMinX(), "the two bars of III stand side by side");
        assertEquals(axis.getDisplayPosition("III"), (reported.getMinX() + expected.getMaxX()) / 2, 2.0,
                String.format(Locale.ROOT, "the pair of III is centred on its edition"));
    }

    private List<Node> barsOf(String category) {
        return chart.getData().stream().flatMap(series -> series.getData().stream())
                .filter(item -> item.getXValue().equals(category)).map(XYChart.Data::getNode).toList();
    }
}

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

    /**
     * The profile's chart, region after region: each time, every bar stands over its own year on the
     * axis and the axis's labels are the new years (it kept the previous region's, #28).
     */
    @Test
    void aChartShownAgainWithOtherYearsDrawsEveryBarOverItsOwnYear(FxRobot robot) {
        List<List<String>> years = List.of(List.of("2011", "2014", "2023", "2025"),
                List.of("2011", "2012", "2018", "2019"), List.of("2016", "2024"), List.of("2011", "2014", "2023", "2025"));
        for (List<String> shown : years) {
            List<Bar> bars = new java.util.ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                bars.add(bar(shown.get(i), i + 1));
            }
            robot.interact(() -> chart.show(new BarChartModel("Documents", "Documents", "count", shown,
                    List.of(new Series("Reported", "reported", bars)), "no data", List.of())));
            robot.interact(() -> { }); // a pulse: laid out
            CategoryAxis axis = (CategoryAxis) chart.getXAxis();
            List<String> labels = axis.getTickMarks().stream().filter(mark -> mark.isTextVisible())
                    .map(mark -> mark.getValue()).toList();
            assertEquals(shown, labels, "the axis's labels");
            for (String year : shown) {
                Node bar = barsOf(year).get(0);
                double centre = bar.getBoundsInParent().getCenterX();
                assertEquals(axis.getDisplayPosition(year), centre, 1.0, year + "'s bar is not over " + year);
                assertEquals(year, axis.getValueForDisplay(centre), "the year under " + year + "'s bar");
            }
        }
    }

    private List<Node> barsOf(String category) {
        return chart.getData().stream().flatMap(series -> series.getData().stream())
                .filter(item -> item.getXValue().equals(category)).map(XYChart.Data::getNode).toList();
    }
}

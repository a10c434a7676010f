package org.unionregions.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;

/**
 * The baseline for start-up: a bare JavaFX window with one bar chart of thirteen bars, timed like the
 * app (JVM start to the pulse after the chart is shown). Run by src/packaging/measure-startup.sh.
 */
public final class BareChartWindow extends Application {

    @Override
    public void start(Stage stage) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 1; i <= 13; i++) {
            series.getData().add(new XYChart.Data<>(String.valueOf(i), i * 10));
        }
        chart.getData().add(series);
        stage.setScene(new Scene(chart, 1280, 800));
        stage.show();
        Platform.runLater(() -> {
            System.out.println("startup-ms="
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
            Platform.exit();
        });
    }

    public static void main(String[] args) {
        launch(args);
    }

    /** Entry point that works with JavaFX on the class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BareChartWindow.class, args);
        }
    }
}

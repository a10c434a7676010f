package org.unionregions.ui.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;
import org.unionregions.io.OutputFile;

/**
 * A chart as a picture for slides: drawn anew at 1920x1080 layout size and rendered at the requested
 * scale (3840x2160 is the same layout drawn twice as fine, not an enlarged screenshot). Runs on the
 * FX thread.
 */
public final class ChartImages {

    public enum Size {
        FULL_HD(1920, 1080, 1),
        UHD_4K(3840, 2160, 2);

        final int width;
        final int height;
        final double scale;

        Size(int width, int height, double scale) {
            this.width = width;
            this.height = height;
            this.scale = scale;
        }
    }

    private ChartImages() {
    }

    /**
     * {@code styleClasses}: the on-screen chart's classes, so the picture keeps its series styles;
     * {@code caption}: the source line under the chart, so a picture pasted into a deck keeps its
     * attribution ("" for none).
     */
    public static WritableImage render(BarChartModel model, FigureFormat format, Size size, String userAgentCss,
                                       java.util.List<String> styleClasses, String caption) {
        SourcedBarChart chart = new SourcedBarChart(format);
        styleClasses.stream().filter(c -> !chart.getStyleClass().contains(c)).forEach(chart.getStyleClass()::add);
        chart.getStyleClass().add("slide-chart");
        javafx.scene.control.Label source = new javafx.scene.control.Label(caption);
        source.setId("picture-caption");
        source.getStyleClass().add("slide-source");
        source.setWrapText(true);
        source.setVisible(!caption.isEmpty());
        source.setManaged(!caption.isEmpty());
        javafx.scene.layout.VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        StackPane slide = new StackPane(new javafx.scene.layout.VBox(12, chart, source));
        slide.setPadding(new Insets(40));
        slide.getStyleClass().add("slide");
        Scene scene = new Scene(slide, size.width / size.scale, size.height / size.scale);
        scene.getStylesheets().add(Themes.appStylesheet());
        if (userAgentCss != null) {
            scene.setUserAgentStylesheet(userAgentCss);
        }
        chart.show(model);
        slide.applyCss();
        slide.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(size.scale, size.scale));
        return slide.snapshot(parameters, new WritableImage(size.width, size.height));
    }

    /** Writes the picture as PNG, whole or not at all, never over a database. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        OutputFile.write(file, png(image));
    }

    /**
     * The picture as PNG content for {@link OutputFile#write}: the pixels are copied here, on the FX
     * thread, and the slow part (compression) runs wherever the content is written.
     */
    public static OutputFile.Content png(WritableImage image) {
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        return partial -> ImageIO.write(picture, "png", partial.toFile());
    }

    public static ClipboardContent clipboardContent(WritableImage image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        return content;
    }
}

package org.unionregions.ui.common;

import org.unionregions.i18n.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unionregions.TestData;
import org.unionregions.store.DataStore;
import org.unionregions.ui.editions.EditionsViewModel;

/** Charts for slides: the PNG has the requested size, real content, and 4K is drawn, not enlarged. */
@ExtendWith(ApplicationExtension.class)
class ChartImagesTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Themes.apply(false);
    }

    @Test
    void theAgreementsChartRendersAtFullHdAndAt4k(FxRobot robot) throws Exception {
        BarChartModel model;
        try (DataStore store = TestData.bundled(dir)) {
            Messages messages = Messages.forLanguage("ru");
            EditionsViewModel viewModel = new EditionsViewModel(store, AsyncRunner.direct(), messages,
                    new FigureFormat(messages));
            viewModel.load();
            model = viewModel.agreementsChartProperty().get();
        }
        FigureFormat format = new FigureFormat(Messages.forLanguage("ru"));
        Files.createDirectories(Path.of("target", "screenshots"));
        for (ChartImages.Size size : ChartImages.Size.values()) {
            AtomicReference<WritableImage> image = new AtomicReference<>();
            String caption = "Источники: " + String.join(", ", model.sources());
            robot.interact(() -> image.set(ChartImages.render(model, format, size, null,
                    java.util.List.of("edition-chart"), caption)));
            Path file = Path.of("target", "screenshots", "slide-agreements-" + size.name().toLowerCase() + ".png");
            ChartImages.writePng(image.get(), file);
            BufferedImage picture = ImageIO.read(file.toFile());
            assertEquals(size.width, picture.getWidth());
            assertEquals(size.height, picture.getHeight());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < picture.getHeight(); y += 4) {
                for (int x = 0; x < picture.getWidth(); x += 4) {
                    colours.add(picture.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, size + " looks blank: " + colours.size() + " colours");
            // the title's band at the top is not background alone
            int titleRow = (int) (70 * size.scale);
            boolean ink = false;
            for (int x = 0; x < picture.getWidth(); x++) {
                ink |= picture.getRGB(x, titleRow) != picture.getRGB(5, 5);
            }
            assertTrue(ink, size + ": no title drawn");
            // nor is the source line's band at the bottom: a pasted picture keeps its attribution
            boolean sourceInk = false;
            for (int y = picture.getHeight() - (int) (75 * size.scale); y < picture.getHeight() - 20 * size.scale; y++) {
                for (int x = 0; x < picture.getWidth() / 2; x++) {
                    sourceInk |= picture.getRGB(x, y) != picture.getRGB(5, 5);
                }
            }
            assertTrue(sourceInk, size + ": no source line drawn");
        }
    }
}

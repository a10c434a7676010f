package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} writes the deck without a window: PDF with text and embedded fonts, PPTX, PNG. */
class RenderCommandTest {

    @TempDir
    Path dir;

    /** Headline figures, agreements, contract value in RUB, USD and BYN (never summed), trade, matrix. */
    private static final int SLIDES = 7;

    private int render(String format, String language, Path out) throws Exception {
        org.unionregions.store.Database.open(dir.resolve("render.db")).close(); // render reads, never creates
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RenderCommand.run(Options.parse(List.of("render", "--out", out.toString(), "--format", format,
                        "--lang", language, "--db", dir.resolve("render.db").toString())),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void pdfHasOnePagePerSlideWithTheCyrillicTitleAsTextAndFontsEmbedded() throws Exception {
        Path out = dir.resolve("pdf");
        render("pdf", "ru", out);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("union-regions-slides.pdf").toFile())) {
            assertEquals(SLIDES, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Подписано соглашений на форуме"), text);
            assertTrue(text.contains("Источники: "), text);
            for (var name : pdf.getPage(1).getResources().getFontNames()) {
                PDFont font = pdf.getPage(1).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " not embedded");
            }
        }
    }

    @Test
    void pptxOpensWithOneSlidePerChartAndTheirTitles() throws Exception {
        Path out = dir.resolve("pptx");
        render("pptx", "en", out);
        try (InputStream in = Files.newInputStream(out.resolve("union-regions-slides.pptx"));
             XMLSlideShow show = new XMLSlideShow(in)) {
            assertEquals(SLIDES, show.getSlides().size());
            List<String> texts = show.getSlides().get(SLIDES - 2).getShapes().stream()
                    .filter(shape -> shape instanceof XSLFTextShape).map(shape -> ((XSLFTextShape) shape).getText())
                    .toList();
            assertTrue(texts.contains("Belarus–Russia trade turnover per year"), texts.toString());
            assertTrue(show.getPictureData().size() >= SLIDES, "a picture per slide");
        }
    }

    @Test
    void pngSlidesAreFullHdAndNotBlank() throws Exception {
        Path out = dir.resolve("png");
        render("png", "en", out);
        for (int i = 1; i <= SLIDES; i++) {
            BufferedImage slide = ImageIO.read(out.resolve(String.format("slide-%02d.png", i)).toFile());
            assertEquals(1920, slide.getWidth());
            assertEquals(1080, slide.getHeight());
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < 1080; y += 6) {
                for (int x = 0; x < 1920; x += 6) {
                    colours.add(slide.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, "slide " + i + " looks blank");
        }
    }
}

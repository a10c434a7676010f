package org.unionregions.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * A deck of slides as PNG files, one PDF (DejaVu Sans embedded, so Cyrillic shows everywhere; titles
 * and sources stay text) or one PPTX (one slide per chart, title and source as text boxes).
 * Each file is written through {@link OutputFile}: whole or not at all, never over a database.
 */
public final class DeckExporter {

    /** One slide: its texts, the whole slide as a picture, and its content without the texts. */
    public record Page(String title, String subtitle, String source, BufferedImage whole, BufferedImage content) {
    }

    private static final float PAGE_WIDTH = 960;
    private static final float PAGE_HEIGHT = 540;

    private DeckExporter() {
    }

    public static List<Path> writePngs(List<Page> pages, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path file = folder.resolve(String.format("slide-%02d.png", i + 1));
            BufferedImage picture = pages.get(i).whole();
            OutputFile.write(file, partial -> ImageIO.write(picture, "png", partial.toFile()));
            files.add(file);
        }
        return files;
    }

    public static void writePdf(List<Page> pages, Path file) throws IOException {
        write(pdf(), pages, file);
    }

    public static void writePptx(List<Page> pages, Path file) throws IOException {
        write(pptx(), pages, file);
    }

    private static void write(Deck deck, List<Page> pages, Path file) throws IOException {
        try (deck) {
            for (Page page : pages) {
                deck.add(page);
            }
            deck.save(file);
        }
    }

    /**
     * A deck written a slide at a time: each page's pictures are compressed into the document as it
     * is added and can then be let go, so a deck never holds every slide's raw pictures at once.
     */
    public interface Deck extends AutoCloseable {
        void add(Page page) throws IOException;

        /** Writes the deck through {@link OutputFile}. */
        void save(Path file) throws IOException;

        @Override
        void close() throws IOException;
    }

    public static Deck pdf() throws IOException {
        PDDocument document = new PDDocument();
        PDFont regular = PdfText.font(document, "DejaVuSans.ttf");
        PDFont bold = PdfText.font(document, "DejaVuSans-Bold.ttf");
        return new Deck() {
            @Override
            public void add(Page page) throws IOException {
                PDPage pdfPage = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
                document.addPage(pdfPage);
                PDImageXObject picture = LosslessFactory.createFromImage(document, page.content());
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    PdfText.line(content, bold, 24, 30, PAGE_HEIGHT - 46, page.title());
                    PdfText.line(content, regular, 14, 30, PAGE_HEIGHT - 70, page.subtitle());
                    float boxHeight = PAGE_HEIGHT - 90 - 40;
                    float scale = Math.min((PAGE_WIDTH - 60) / picture.getWidth(), boxHeight / picture.getHeight());
                    float width = picture.getWidth() * scale;
                    float height = picture.getHeight() * scale;
                    content.drawImage(picture, (PAGE_WIDTH - width) / 2, 40 + (boxHeight - height) / 2, width, height);
                    List<String> sourceLines = PdfText.wrap(page.source(), regular, 9, PAGE_WIDTH - 60);
                    for (int line = 0; line < sourceLines.size(); line++) {
                        PdfText.line(content, regular, 9, 30, 12 + 11 * (sourceLines.size() - 1 - line),
                                sourceLines.get(line));
                    }
                }
            }

            @Override
            public void save(Path file) throws IOException {
                OutputFile.write(file, partial -> document.save(partial.toFile()));
            }

            @Override
            public void close() throws IOException {
                document.close();
            }
        };
    }

    public static Deck pptx() {
        XMLSlideShow show = new XMLSlideShow();
        show.setPageSize(new java.awt.Dimension((int) PAGE_WIDTH, (int) PAGE_HEIGHT));
        return new Deck() {
            @Override
            public void add(Page page) throws IOException {
                XSLFSlide slide = show.createSlide();
                textBox(slide, page.title(), 26, true, 30, 14, 900, 40);
                textBox(slide, page.subtitle(), 14, false, 30, 54, 900, 26);
                XSLFPictureData data = show.addPicture(png(page.content()), PictureData.PictureType.PNG);
                XSLFPictureShape picture = slide.createPicture(data);
                double boxHeight = PAGE_HEIGHT - 90 - 40;
                double scale = Math.min((PAGE_WIDTH - 60) / page.content().getWidth(),
                        boxHeight / page.content().getHeight());
                double width = page.content().getWidth() * scale;
                double height = page.content().getHeight() * scale;
                picture.setAnchor(new java.awt.geom.Rectangle2D.Double((PAGE_WIDTH - width) / 2,
                        86 + (boxHeight - height) / 2, width, height));
                textBox(slide, page.source(), 10, false, 30, PAGE_HEIGHT - 36, 900, 26);
            }

            @Override
            public void save(Path file) throws IOException {
                OutputFile.write(file, partial -> {
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        show.write(out);
                    }
                });
            }

            @Override
            public void close() throws IOException {
                show.close();
            }
        };
    }

    private static void textBox(XSLFSlide slide, String text, double size, boolean bold, double x, double y,
                                double width, double height) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new java.awt.geom.Rectangle2D.Double(x, y, width, height));
        XSLFTextRun run = box.setText(text == null ? "" : text);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}

package org.unionregions.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionShapes;

/**
 * A deck of slides as PNG files, one PDF (DejaVu Sans embedded, so Cyrillic shows everywhere; titles
 * and sources stay text) or one PPTX (one slide per chart, title and source as text boxes).
 * Each file is written through {@link OutputFile}: whole or not at all, never over a database.
 */
public final class DeckExporter {

    /**
     * One slide: its texts, the whole slide as a picture, its content without the texts, the chart
     * as data where it is a bar chart (a PPTX gets a native, editable chart of it; null for tiles
     * and the matrix, which stay pictures), its place ("2 / 7"), the speaker's notes, and the map where
     * it is one (drawn as vectors in the PDF and as shapes in the PPTX; null otherwise).
     */
    public record Page(String title, String subtitle, String source, BufferedImage whole, BufferedImage content,
                       DeckChart chart, String position, String notes, RegionMap map) {
        public Page(String title, String subtitle, String source, BufferedImage whole, BufferedImage content,
                    DeckChart chart, String position) {
            this(title, subtitle, source, whole, content, chart, position, "", null);
        }

        public Page(String title, String subtitle, String source, BufferedImage whole, BufferedImage content,
                    DeckChart chart, String position, String notes) {
            this(title, subtitle, source, whole, content, chart, position, notes, null);
        }
    }

    private static final float PAGE_WIDTH = 960;
    private static final float PAGE_HEIGHT = 540;
    /** Where a slide's content goes, below title and subtitle and above the source line (points). */
    private static final float CONTENT_TOP = 86;
    private static final float CONTENT_BOTTOM = 62;
    /** 12 pt on a 540 pt page: 24 px on a 1080p projector, readable across a room. */
    private static final float SOURCE_SIZE = 12;

    /** The content's width to height: a slide's picture drawn at this shape fills the slide's width. */
    public static final double CONTENT_ASPECT = (PAGE_WIDTH - 60) / (PAGE_HEIGHT - CONTENT_TOP - CONTENT_BOTTOM);

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

    public static void writePdf(List<Page> pages, Path file, Locale language) throws IOException {
        write(pdf(language), pages, file);
    }

    public static void writePptx(List<Page> pages, Path file, Locale language) throws IOException {
        write(pptx(language), pages, file);
    }

    /** The language a deck's text is tagged with: ru-RU, be-BY, en-GB (spelling checkers go by it). */
    public static Locale deckLanguage(String language) {
        return switch (language) {
            case "ru" -> Locale.forLanguageTag("ru-RU");
            case "be" -> Locale.forLanguageTag("be-BY");
            default -> Locale.forLanguageTag("en-GB");
        };
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

    public static Deck pdf(Locale language) throws IOException {
        PDDocument document = new PDDocument();
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
        PDFont regular = PdfText.font(document, "DejaVuSans.ttf");
        PDFont bold = PdfText.font(document, "DejaVuSans-Bold.ttf");
        return new Deck() {
            @Override
            public void add(Page page) throws IOException {
                PDPage pdfPage = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    // a long title (a map's, with the region's name) is set smaller rather than run off the page
                    float titleSize = Math.max(14, Math.min(24, 24 * (PAGE_WIDTH - 60)
                            / Math.max(1, PdfText.width(page.title(), bold, 24))));
                    PdfText.line(content, bold, titleSize, 30, PAGE_HEIGHT - 46, page.title());
                    PdfText.line(content, regular, 14, 30, PAGE_HEIGHT - 70, page.subtitle());
                    float boxHeight = PAGE_HEIGHT - CONTENT_TOP - CONTENT_BOTTOM;
                    if (page.map() != null) {
                        MapDrawing.pdf(content, regular, page.map(), RegionShapes.get(),
                                new java.awt.geom.Rectangle2D.Double(30, CONTENT_BOTTOM, PAGE_WIDTH - 60, boxHeight));
                    } else {
                        picture(document, content, page.content(), boxHeight);
                    }
                    sourceAndPosition(content, regular, page);
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

    /** A slide's content as a picture, as large as the box allows. */
    private static void picture(PDDocument document, PDPageContentStream content, BufferedImage image,
                                float boxHeight) throws IOException {
        PDImageXObject picture = LosslessFactory.createFromImage(document, image);
        float scale = Math.min((PAGE_WIDTH - 60) / picture.getWidth(), boxHeight / picture.getHeight());
        float width = picture.getWidth() * scale;
        float height = picture.getHeight() * scale;
        content.drawImage(picture, (PAGE_WIDTH - width) / 2, CONTENT_BOTTOM + (boxHeight - height) / 2,
                width, height);
    }

    /** The source line (wrapped) and the slide's number at the foot of a PDF page. */
    private static void sourceAndPosition(PDPageContentStream content, PDFont regular, Page page) throws IOException {
        float numberWidth = 60;
        List<String> sourceLines = PdfText.wrap(page.source(), regular, SOURCE_SIZE,
                PAGE_WIDTH - 60 - numberWidth);
        for (int line = 0; line < sourceLines.size(); line++) {
            PdfText.line(content, regular, SOURCE_SIZE, 30,
                    12 + 15 * (sourceLines.size() - 1 - line), sourceLines.get(line));
        }
        if (page.position() != null) {
            float textWidth = regular.getStringWidth(page.position()) / 1000 * SOURCE_SIZE;
            PdfText.line(content, regular, SOURCE_SIZE, PAGE_WIDTH - 30 - textWidth, 12, page.position());
        }
    }

    public static Deck pptx(Locale language) {
        XMLSlideShow show = new XMLSlideShow();
        show.setPageSize(new java.awt.Dimension((int) PAGE_WIDTH, (int) PAGE_HEIGHT));
        return new Deck() {
            @Override
            public void add(Page page) throws IOException {
                XSLFSlide slide = show.createSlide();
                // a long title (a map's, with the region's name) is set smaller rather than wrapped onto the
                // subtitle (0.72 em: DejaVu Sans Bold's average Cyrillic letter)
                double titleSize = Math.max(14, Math.min(26, (PAGE_WIDTH - 60) / (0.72 * Math.max(1,
                        page.title() == null ? 0 : page.title().length()))));
                textBox(slide, page.title(), titleSize, true, 30, 14, 900, 40, language);
                textBox(slide, page.subtitle(), 14, false, 30, 54, 900, 26, language);
                double boxHeight = PAGE_HEIGHT - CONTENT_TOP - CONTENT_BOTTOM;
                if (page.map() != null) {
                    MapDrawing.pptx(slide, page.map(), RegionShapes.get(),
                            new java.awt.geom.Rectangle2D.Double(30, CONTENT_TOP, PAGE_WIDTH - 60, boxHeight), language);
                } else if (page.chart() != null) {
                    NativeCharts.add(show, slide, page.chart(),
                            new java.awt.geom.Rectangle2D.Double(30, CONTENT_TOP, PAGE_WIDTH - 60, boxHeight), language);
                } else {
                    XSLFPictureData data = show.addPicture(png(page.content()), PictureData.PictureType.PNG);
                    XSLFPictureShape picture = slide.createPicture(data);
                    double scale = Math.min((PAGE_WIDTH - 60) / page.content().getWidth(),
                            boxHeight / page.content().getHeight());
                    double width = page.content().getWidth() * scale;
                    double height = page.content().getHeight() * scale;
                    picture.setAnchor(new java.awt.geom.Rectangle2D.Double((PAGE_WIDTH - width) / 2,
                            CONTENT_TOP + (boxHeight - height) / 2, width, height));
                }
                textBox(slide, page.source(), SOURCE_SIZE, false, 30, PAGE_HEIGHT - CONTENT_BOTTOM + 4, 840,
                        CONTENT_BOTTOM - 8, language);
                if (page.notes() != null && !page.notes().isBlank()) {
                    speakerNotes(show, slide, page.notes(), language);
                }
                if (page.position() != null) {
                    textBox(slide, page.position(), SOURCE_SIZE, false, PAGE_WIDTH - 100, PAGE_HEIGHT - 30, 70, 22,
                            language).getTextParagraphs().get(0).setTextAlign(
                            org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT);
                }
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

    /** The speaker's notes of a slide, in its notes page's body, tagged with the deck's language. */
    private static void speakerNotes(XMLSlideShow show, XSLFSlide slide, String notes, Locale language) {
        org.apache.poi.xslf.usermodel.XSLFNotes page = show.getNotesSlide(slide);
        for (org.apache.poi.xslf.usermodel.XSLFTextShape shape : page.getPlaceholders()) {
            if (shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                XSLFTextRun run = shape.setText(notes);
                if (run.getXmlObject() instanceof CTRegularTextRun regular) {
                    (regular.isSetRPr() ? regular.getRPr() : regular.addNewRPr()).setLang(language.toLanguageTag());
                }
            }
        }
    }

    /** A text box whose run is tagged with the deck's language (POI tags every run en-US otherwise). */
    private static XSLFTextBox textBox(XSLFSlide slide, String text, double size, boolean bold, double x, double y,
                                       double width, double height, Locale language) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new java.awt.geom.Rectangle2D.Double(x, y, width, height));
        XSLFTextRun run = box.setText(text == null ? "" : text);
        run.setFontSize(size);
        run.setBold(bold);
        if (run.getXmlObject() instanceof CTRegularTextRun regular) {
            (regular.isSetRPr() ? regular.getRPr() : regular.addNewRPr()).setLang(language.toLanguageTag());
        }
        return box;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}

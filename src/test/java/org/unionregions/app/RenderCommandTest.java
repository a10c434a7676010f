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
            assertTrue(text.contains("2 / " + SLIDES), "page numbers: " + text);
            assertEquals("ru-RU", pdf.getDocumentCatalog().getLanguage());
            assertTrue(sourceLineSize(pdf) >= 12, "the source line is readable across a room (24 px at 1080p)");
            for (var name : pdf.getPage(1).getResources().getFontNames()) {
                PDFont font = pdf.getPage(1).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " not embedded");
            }
        }
    }

    /** The font size (pt) of the source line on the agreements slide. */
    private static float sourceLineSize(PDDocument pdf) throws java.io.IOException {
        float[] size = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                    throws java.io.IOException {
                if (text.startsWith("Источники")) {
                    size[0] = positions.get(0).getFontSizeInPt();
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(2);
        stripper.setEndPage(2);
        stripper.getText(pdf);
        return size[0];
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
            assertEquals(2, show.getPictureData().size(), "pictures only for the tiles and the matrix");
            assertEquals(SLIDES - 2, show.getCharts().size(), "the five bar charts are native charts");
        }
    }

    @Test
    void pptxChartsAreNativeWithTheDatabasesFiguresAndItsTextIsTaggedRussian() throws Exception {
        Path out = dir.resolve("pptx-ru");
        render("pptx", "ru", out);
        java.util.Map<String, Double> reported = new java.util.TreeMap<>();
        try (var store = new org.unionregions.store.DataStore(dir.resolve("render.db"))) {
            java.util.Map<Integer, org.unionregions.model.Edition> editions = new java.util.HashMap<>();
            store.editions().editions().forEach(edition -> editions.put(edition.number(), edition));
            for (var figure : store.editions().figures()) { // the smallest stated figure where sources differ
                if (figure.metric() == org.unionregions.model.Metric.AGREEMENTS && figure.hasValue()
                        && figure.status() == org.unionregions.model.FigureStatus.REPORTED) {
                    reported.merge(editions.get(figure.editionNumber()).label(), figure.value(), Math::min);
                }
            }
        }
        try (InputStream in = Files.newInputStream(out.resolve("union-regions-slides.pptx"));
             XMLSlideShow show = new XMLSlideShow(in)) {
            // as PowerPoint reads a chart: each cached point by its index, an edition without a figure absent
            var bars = show.getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0);
            var first = bars.getSerArray(0);
            java.util.Map<Long, String> categories = new java.util.HashMap<>();
            first.getCat().getStrRef().getStrCache().getPtList().forEach(pt -> categories.put(pt.getIdx(), pt.getV()));
            java.util.Map<String, Double> charted = new java.util.TreeMap<>();
            first.getVal().getNumRef().getNumCache().getPtList().forEach(pt ->
                    charted.put(categories.get(pt.getIdx()), Double.parseDouble(pt.getV())));
            assertEquals(reported, charted, "the chart's own data are the database's reported agreements");
            assertEquals(2, bars.sizeOfSerArray(), "reported and expected");
            for (var slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text) {
                        for (var paragraph : text.getTextParagraphs()) {
                            for (var run : paragraph.getTextRuns()) {
                                var rPr = ((org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun)
                                        run.getXmlObject()).getRPr();
                                assertEquals("ru-RU", rPr.getLang(), "'" + run.getRawText() + "' tagged");
                            }
                        }
                    }
                }
            }
            String chartXml = show.getCharts().get(0).getCTChartSpace().xmlText();
            assertTrue(chartXml.contains("lang=\"ru-RU\""), "the chart's texts are Russian too");
            assertTrue(java.util.regex.Pattern.compile("showVal val=\"(1|true)\"").matcher(chartXml).find(),
                    "values printed on the bars: " + chartXml.substring(0, Math.min(chartXml.length(), 4000)));
        }
    }

    /**
     * A real client opens the deck: LibreOffice converts the PPTX to PDF headless and the slides'
     * titles and source lines come out in Russian. Skipped, saying so, where LibreOffice is not
     * installed (CI has none; `apt-get install libreoffice-impress` gives it).
     */
    @Test
    void libreOfficeOpensTheDeckAndShowsItsRussianTitlesAndSources() throws Exception {
        java.util.Optional<Path> soffice = java.util.stream.Stream.of(System.getenv("PATH").split(":"))
                .map(folder -> Path.of(folder, "soffice")).filter(Files::isExecutable).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(soffice.isPresent(),
                "LibreOffice (soffice) is not installed here: the PPTX was not opened by a real client");
        Path out = dir.resolve("pptx-lo");
        render("pptx", "ru", out);
        Process convert = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=file://"
                + dir.resolve("lo-profile"), "--headless", "--convert-to", "pdf", "--outdir", out.toString(),
                out.resolve("union-regions-slides.pptx").toString()).redirectErrorStream(true).start();
        String said = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "LibreOffice did not finish");
        Path converted = out.resolve("union-regions-slides.pdf");
        assertTrue(Files.exists(converted), said);
        try (PDDocument pdf = Loader.loadPDF(converted.toFile())) {
            assertEquals(SLIDES, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Подписано соглашений на форуме", "Сумма контрактов на форуме, RUB",
                    "Товарооборот Беларуси и России по годам", "Источники: ", "По итогам", "2 / " + SLIDES)) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }

    /**
     * Three saved views in a chosen order with the standard slides between them, rendered from the
     * command line in Russian and English (the pictures land in target/screenshots/deck-LANG), and a
     * PPTX whose charts are native, with the presenter's title and notes.
     */
    @Test
    void aComposedDeckOfThreeSavedViewsRendersInItsOrderWithItsTextsAndNotes() throws Exception {
        org.unionregions.store.Database.open(dir.resolve("render.db")).close();
        try (var store = new org.unionregions.store.DataStore(dir.resolve("render.db"))) {
            store.views().save("Vitebsk Oblast", "PROFILE", java.util.Map.of("region", "BY-VI"), false);
            store.views().save("Roadmaps only", "MATRIX", java.util.Map.of("metric", "DOCUMENTS",
                    "kinds", "roadmap", "levels", "*", "statuses", "reported,expected", "onlyWithData", "true"), false);
            store.views().save("Agreements", "EDITIONS", java.util.Map.of("edition", "12"), false);
            store.decks().save("Minsk meeting", List.of(
                    new org.unionregions.store.DeckRepository.Entry("view:Vitebsk Oblast", "Витебская область: все связи",
                            "", "Начать с Витебска: 19 партнёров."),
                    new org.unionregions.store.DeckRepository.Entry("view:Roadmaps only", "", "", ""),
                    new org.unionregions.store.DeckRepository.Entry("view:Agreements", "", "", "")));
        }
        for (String language : List.of("ru", "en")) {
            Path pictures = ScreenshotTest.OUT.resolve("deck-" + language);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = RenderCommand.run(Options.parse(List.of("render", "--deck", "Minsk meeting", "--out",
                            pictures.toString(), "--format", "png", "--lang", language, "--db",
                            dir.resolve("render.db").toString())),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            assertTrue(Files.exists(pictures.resolve("slide-03.png")));
        }
        Path out = dir.resolve("deck");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RenderCommand.run(Options.parse(List.of("render", "--deck", "Minsk meeting", "--out",
                        out.toString(), "--format", "pptx", "--lang", "ru", "--db", dir.resolve("render.db").toString())),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(out.resolve("union-regions-slides.pptx"));
             XMLSlideShow show = new XMLSlideShow(in)) {
            assertEquals(3, show.getSlides().size(), "the three views, in the deck's order");
            List<String> titles = show.getSlides().stream().map(slide -> slide.getShapes().stream()
                    .filter(shape -> shape instanceof XSLFTextShape).map(shape -> ((XSLFTextShape) shape).getText())
                    .findFirst().orElse("")).toList();
            assertEquals(List.of("Витебская область: все связи", "Пары регионов: регионы Беларуси × регионы России",
                    "Подписано соглашений на форуме"), titles);
            assertEquals(2, show.getCharts().size(), "the region's timeline and the agreements are native charts");
            String notes = java.util.Arrays.stream(show.getSlides().get(0).getNotes().getPlaceholders())
                    .map(XSLFTextShape::getText).collect(java.util.stream.Collectors.joining("|"));
            assertTrue(notes.contains("Начать с Витебска: 19 партнёров."), notes);
        }
        ByteArrayOutputStream missing = new ByteArrayOutputStream();
        assertEquals(2, RenderCommand.run(Options.parse(List.of("render", "--deck", "Brest", "--out", out.toString(),
                        "--format", "pdf", "--db", dir.resolve("render.db").toString())),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(missing, true, StandardCharsets.UTF_8)));
        String said = missing.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("no deck named \"Brest\"") && said.contains("there are: Minsk meeting"), said);
    }

    /**
     * A saved map view in a deck: drawn as vectors in the PDF (no picture on its page, the regions' names
     * as text) and as one freeform shape per region in the PPTX, named by its code with its value as alt text.
     */
    @Test
    void aMapSlideIsVectorInThePdfAndShapesInThePptx() throws Exception {
        org.unionregions.store.Database.open(dir.resolve("render.db")).close();
        try (var store = new org.unionregions.store.DataStore(dir.resolve("render.db"))) {
            store.views().save("Mogilev on the map", "MAP", java.util.Map.of("metric", "DOCUMENTS", "region", "BY-MA"),
                    false);
            store.decks().save("Map", List.of(new org.unionregions.store.DeckRepository.Entry("view:Mogilev on the map",
                    "", "", "")));
        }
        for (String format : List.of("pdf", "pptx")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(0, RenderCommand.run(Options.parse(List.of("render", "--deck", "Map", "--out",
                            dir.resolve("map").toString(), "--format", format, "--lang", "ru", "--db",
                            dir.resolve("render.db").toString())),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        }
        Files.createDirectories(ScreenshotTest.OUT);
        for (String format : List.of("pdf", "pptx")) { // to look at
            Files.copy(dir.resolve("map").resolve("union-regions-slides." + format),
                    ScreenshotTest.OUT.resolve("map-slide." + format), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("map").resolve("union-regions-slides.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(0, java.util.stream.StreamSupport.stream(pdf.getPage(0).getResources().getXObjectNames()
                    .spliterator(), false).count(), "the map is drawn, not pasted as a picture");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Подписанные документы (число) с регионом Могилёвская область"), text);
            assertTrue(text.contains("Могилёвская область") && text.contains("нет данных"), text);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("map").resolve("union-regions-slides.pptx"));
             XMLSlideShow show = new XMLSlideShow(in)) {
            List<org.apache.poi.xslf.usermodel.XSLFFreeformShape> regions = show.getSlides().get(0).getShapes()
                    .stream().filter(shape -> shape instanceof org.apache.poi.xslf.usermodel.XSLFFreeformShape)
                    .map(shape -> (org.apache.poi.xslf.usermodel.XSLFFreeformShape) shape)
                    .filter(shape -> shape.getShapeName().matches("(BY|RU)-[A-Z]+")).toList();
            assertTrue(regions.size() > 40, "a shape per region in sight: " + regions.size());
            var mogilev = regions.stream().filter(shape -> shape.getShapeName().equals("BY-MA")).findFirst()
                    .orElseThrow();
            String alt = ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) mogilev.getXmlObject())
                    .getNvSpPr().getCNvPr().getDescr();
            assertTrue(alt.startsWith("Могилёвская область (выбран"), alt);
            assertTrue(show.getSlides().get(0).getShapes().stream().anyMatch(shape -> shape.getShapeName()
                    .startsWith("line RU-")), "a line to each partner");
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

package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.store.Database;

/** {@code brief --format docx}: a brief the official edits in Word, read back as Word structure. */
class BriefDocxTest {

    @TempDir
    Path dir;
    private Path database;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void create() {
        database = dir.resolve("brief.db");
        Database.open(database).close();
    }

    private Path brief(String region, String... more) throws Exception {
        Path file = dir.resolve(region + ".docx");
        List<String> args = new java.util.ArrayList<>(List.of("brief", "--region", region, "--out", file.toString(),
                "--lang", "ru", "--db", database.toString()));
        args.addAll(List.of(more));
        assertEquals(0, BriefCommand.run(Options.parse(args), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void theWordBriefHasStyledHeadingsRealTablesPicturesWithAltTextANumberedSourceListAndItsLanguage() throws Exception {
        Path file = brief("BY-VI", "--format", "docx");
        try (InputStream in = Files.newInputStream(file); XWPFDocument word = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            assertEquals("Title", paragraphs.get(0).getStyle());
            assertTrue(paragraphs.get(0).getText().startsWith("Витебская область (BY-VI)"), paragraphs.get(0).getText());
            List<String> headings = paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings.containsAll(List.of("Партнёры", "Сроки и дорожные карты", "Все факты с источниками",
                    "Источники")), headings.toString());
            assertTrue(word.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue() == 0,
                    "a heading Word's navigation pane lists");
            List<XWPFTable> tables = word.getTables();
            assertTrue(tables.size() >= 3, tables.size() + " tables");
            XWPFTable partners = tables.get(0);
            assertEquals("Партнёр", partners.getRow(0).getCell(0).getText());
            assertTrue(partners.getRow(0).isRepeatHeader(), "the header row repeats on each page");
            assertTrue(partners.getRows().stream().anyMatch(row -> row.getCell(0).getText().equals("Псковская область")));
            var pictures = word.getAllPictures();
            assertEquals(2, pictures.size(), "the map and the timeline");
            List<String> descriptions = paragraphs.stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(run -> run.getCTR().getDrawingList().stream())
                    .map(drawing -> drawing.getInlineArray(0).getDocPr().getDescr()).toList();
            assertEquals(2, descriptions.size());
            assertTrue(descriptions.stream().anyMatch(text -> text.contains("Псковская область с регионом Витебская область: 10")), descriptions.toString());
            assertTrue(descriptions.stream().anyMatch(text -> text.contains("2025 XII — По итогам: 9")), descriptions.toString());
            List<XWPFParagraph> sources = paragraphs.stream().filter(p -> p.getNumID() != null).toList();
            assertTrue(sources.size() > 40, sources.size() + " sources numbered");
            assertTrue(sources.get(0).getText().matches("\\w+\\d+ — .+"), sources.get(0).getText());
            try (InputStream styles = word.getStyles().getPackagePart().getInputStream()) {
                String xml = new String(styles.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(xml.contains("w:lang w:val=\"ru-RU\""), "the text's language for spelling: " + xml);
            }
            String footer = word.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footer.contains("PAGE"), "a page number: " + footer);
        }
    }

    @Test
    void aFileEndingInDocxIsAWordBriefWithoutBeingTold() throws Exception {
        Path file = brief("BY-HR");
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals('P', in.read(), "a ZIP (OOXML), not a PDF");
        }
    }

    /**
     * LibreOffice opens it and converts it to PDF with the Russian headings and tables intact. Skipped,
     * saying so, where LibreOffice Writer is not installed (CI has none; `apt-get install libreoffice-writer`).
     */
    @Test
    void libreOfficeConvertsTheWordBriefToPdfWithItsRussianHeadingsAndTables() throws Exception {
        java.util.Optional<Path> soffice = java.util.stream.Stream.of(System.getenv("PATH").split(":"))
                .map(folder -> Path.of(folder, "soffice")).filter(Files::isExecutable).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(soffice.isPresent() && Files.exists(Path.of(
                "/usr/lib/libreoffice/program/swriter")),
                "LibreOffice Writer is not installed here: the DOCX was not opened by a real client");
        Path file = brief("BY-VI", "--format", "docx");
        Process convert = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=file://"
                + dir.resolve("lo-profile"), "--headless", "--convert-to", "pdf", "--outdir", dir.toString(),
                file.toString()).redirectErrorStream(true).start();
        String said = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "LibreOffice did not finish");
        Path converted = dir.resolve("BY-VI.pdf");
        assertTrue(Files.exists(converted), said);
        try (PDDocument pdf = Loader.loadPDF(converted.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Партнёры", "Сроки и дорожные карты", "Псковская область", "Источники")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertTrue(pdf.getNumberOfPages() >= 3);
        }
    }
}

package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionregions.store.Database;

/** {@code brief}: a region's brief for a meeting, as an official would print it. */
class BriefCommandTest {

    @TempDir
    Path dir;
    private Path database;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void create() {
        database = dir.resolve("brief.db");
        Database.open(database).close(); // brief reads, never creates
    }

    private int brief(String region, String language, Path target) throws Options.UsageException {
        out.reset();
        err.reset();
        return BriefCommand.run(Options.parse(List.of("brief", "--region", region, "--out", target.toString(),
                        "--lang", language, "--db", database.toString())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The facts of the region's pairs that state no document (partner listings, figures), from the files. */
    private static long otherFacts(String code) {
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        org.unionregions.store.BundledData.read("regions.csv").forEach(row -> codes.put(row.get("name_en"), row.get("code")));
        return org.unionregions.TestData.FACT_FILES.stream()
                .flatMap(file -> org.unionregions.store.BundledData.read(file).stream())
                .filter(row -> code.equals(codes.get(row.get("by_region"))) || code.equals(codes.get(row.get("ru_region"))))
                .filter(row -> org.unionregions.model.Kind.VOCABULARY.match(row.get("kind"))
                        .flatMap(org.unionregions.model.Kind::of)
                        .map(kind -> kind.group() != org.unionregions.model.Kind.Group.DOCUMENT).orElse(true))
                .count();
    }

    @ParameterizedTest
    @CsvSource({"BY-BR, Брестская область", "BY-HM, Минск", "BY-HO, Гомельская область",
            "BY-HR, Гродненская область", "BY-MA, Могилёвская область", "BY-MI, Минская область",
            "BY-VI, Витебская область", "RU-ORL, Орловская область"})
    void everyBelarusianRegionAndARussianOneGetTwoPagesAndItsFactTableOfTextWithNumbersAndAVectorChart(String code,
                                                                                            String name)
            throws Exception {
        Path pdf = dir.resolve(code + ".pdf");
        assertEquals(0, brief(code, "ru", pdf), err.toString(StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            // up to three pages of figures, partners, the map and the timeline, then the fact table: a row a
            // document (its sources side by side) or another fact, about forty rows a page
            long rows = org.unionregions.store.SourceSignings.documentsOf(code).size() + otherFacts(code);
            int most = 3 + (int) Math.ceil(rows / 40.0);
            assertTrue(pages >= 2 && pages <= most, code + ": " + pages + " pages for " + rows + " rows");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(code + ")") && text.contains("Партнёры") && text.contains("Источники"),
                    text.substring(0, Math.min(400, text.length())));
            assertTrue(text.replace("ё", "е").contains(name.replace("ё", "е")), name);
            assertTrue(text.contains("Подписанные документы (число) с регионом"), "the map of its partners, titled");
            assertTrue(text.contains("1 / " + pages) && text.contains(pages + " / " + pages), "page numbers");
            assertEquals("ru-RU", document.getDocumentCatalog().getLanguage());
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    PDFont used = page.getResources().getFont(font);
                    assertTrue(used.isEmbedded(), used.getName());
                }
                assertEquals(0, countImages(page), "the chart is drawn as lines and text, not a picture");
            }
        }
    }

    private static int countImages(PDPage page) {
        int images = 0;
        for (COSName ignored : page.getResources().getXObjectNames()) {
            images++;
        }
        return images;
    }

    @Test
    void pdftotextReadsTheCyrillicOfTheBrief() throws Exception {
        assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not installed");
        Path pdf = dir.resolve("vitebsk.pdf");
        assertEquals(0, brief("BY-VI", "ru", pdf));
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, text);
        assertTrue(text.contains("Витебская область (BY-VI)"), text);
        assertTrue(text.contains("Псковская область") && text.contains("соглашение"), text);
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aBriefInEnglishAndOneInBelarusianSpeakTheirLanguage() throws Exception {
        Path english = dir.resolve("en.pdf");
        assertEquals(64, brief("Vitebsk", "en", english));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("did you mean Vitebsk Oblast (BY-VI)"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(0, brief("Витебская область", "en", english), "a region by its name in any language");
        Path belarusian = dir.resolve("be.pdf");
        assertEquals(0, brief("BY-VI", "be", belarusian));
        try (PDDocument en = Loader.loadPDF(english.toFile()); PDDocument be = Loader.loadPDF(belarusian.toFile())) {
            assertTrue(new PDFTextStripper().getText(en).contains("Partners"));
            assertTrue(new PDFTextStripper().getText(be).contains("Віцебская вобласць"));
        }
    }

    @Test
    void anUnknownRegionOrTheDatabaseAsTheTargetIsRefusedAndNothingIsWritten() throws Exception {
        assertEquals(64, brief("Narnia", "ru", dir.resolve("narnia.pdf")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no region Narnia"));
        assertTrue(Files.notExists(dir.resolve("narnia.pdf")));
        byte[] before = Files.readAllBytes(database);
        assertEquals(74, brief("BY-VI", "ru", database));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is a database; writing over it would destroy it"),
                err.toString(StandardCharsets.UTF_8));
        assertArrayEquals(before, Files.readAllBytes(database));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().endsWith(".part")).toList());
        }
    }
}

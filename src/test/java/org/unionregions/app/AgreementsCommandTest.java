package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.store.Database;

/** {@code agreements}: what a region's staff print before a meeting: what runs out, and when. */
class AgreementsCommandTest {

    @TempDir
    Path dir;
    private Path database;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void create() {
        database = dir.resolve("agreements.db");
        Database.open(database).close();
    }

    private int run(String... args) throws Options.UsageException {
        out.reset();
        err.reset();
        List<String> all = new java.util.ArrayList<>(List.of("agreements", "--db", database.toString()));
        all.addAll(List.of(args));
        return AgreementsCommand.run(Options.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void vitebsksDocumentsExpiringWithinAYearOnAFixedDayAreItsVolgogradRoadmapWithItsSource() throws Exception {
        assertEquals(0, run("--region", "BY-VI", "--expiring", "12m", "--on", "2026-12-08", "--format", "csv",
                "--lang", "en"), err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("Russian partner,Kind,Signed by,Year,Term,Flags,Status,Sources", lines.get(0));
        assertEquals(List.of("Volgograd Oblast,roadmap,regional government,,2024–2026,"
                + "in force; expires within 12 months,Reported,P20"), lines.subList(1, lines.size()));
        // a year later the Saratov and Nizhny Novgorod roadmaps (2025–2027) run out within the year
        assertEquals(0, run("--region", "Vitebsk", "--expiring", "1y", "--on", "2027-03-01", "--format", "csv",
                "--lang", "en"));
        String later = out.toString(StandardCharsets.UTF_8);
        assertTrue(later.contains("Saratov Oblast,roadmap") && later.contains("Nizhny Novgorod Oblast,roadmap"), later);
        assertTrue(!later.contains("Volgograd"), "its term ended on 31 December 2026: " + later);
    }

    @Test
    void aPdfListsTheDocumentsInRussianWithTheirFlags() throws Exception {
        Path pdf = dir.resolve("vitebsk.pdf");
        assertEquals(0, run("--region", "BY-VI", "--on", "2026-12-08", "--format", "pdf", "--out", pdf.toString()),
                err.toString(StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Витебская область: соглашения по срокам"), text);
            assertTrue(text.contains("Волгоградская область"), text);
            assertTrue(text.contains("в реестре нет дорожной карты или плана"), text);
        }
    }

    @Test
    void aRussianRegionABadPeriodAndAPdfWithoutAFileAreRefusedSayingWhy() throws Exception {
        assertEquals(64, run("--region", "RU-SMO", "--format", "csv"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no Belarusian region RU-SMO"));
        assertTrue(assertThrows(Options.UsageException.class, () -> run("--region", "BY-VI", "--expiring", "12q",
                "--format", "csv")).getMessage().contains("--expiring takes months as 12m or years as 1y, not 12q"));
        assertTrue(assertThrows(Options.UsageException.class, () -> run("--region", "BY-VI", "--format", "pdf"))
                .getMessage().contains("a PDF also --out"));
        assertTrue(assertThrows(Options.UsageException.class, () -> run("--region", "BY-VI", "--on", "2026-02-31",
                "--format", "csv")).getMessage().contains("--on takes a day as YYYY-MM-DD"));
        assertTrue(Files.list(dir).noneMatch(file -> file.toString().endsWith(".pdf")), "nothing written");
    }
}

package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.model.Country;
import org.unionregions.model.Edition;
import org.unionregions.model.Figure;
import org.unionregions.model.Region;

/** The new database holds exactly the facts in assets/data, each with a source. */
class BundledDataTest {

    private static final Path ASSETS = Path.of("assets", "data");

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("bundled.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static int csvRows(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(ASSETS.resolve(file));
             CSVParser parser = CSVParser.parse(reader,
                     CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return parser.getRecords().size();
        }
    }

    @Test
    void everyTableHoldsAsManyRowsAsItsCsvFile() throws IOException {
        Map<String, Integer> counts = database.rowCounts();
        assertEquals(csvRows("sources.csv") + csvRows("region-pair-sources.csv") + csvRows("edition-sources-more.csv")
                        + csvRows("region-pair-sources-3.csv") + csvRows("region-totals-sources.csv"),
                counts.get("source"));
        assertEquals(csvRows("regions.csv"), counts.get("region"));
        assertEquals(csvRows("editions.csv"), counts.get("edition"));
        assertEquals(csvRows("edition-figures.csv") + csvRows("edition-figures-more.csv") + csvRows("edition-figures-3.csv"),
                counts.get("edition_figure"));
        assertEquals(csvRows("trade-turnover.csv") + csvRows("trade-turnover-3.csv"), counts.get("trade_figure"));
        assertEquals(csvRows("region-facts.csv") + csvRows("region-pair-facts.csv") + csvRows("region-pair-facts-3.csv"),
                counts.get("region_fact"));
        assertEquals(csvRows("region-totals-3.csv"), counts.get("region_total"));
    }

    @Test
    void thirteenEditionsFromIn2014ToXiiiIn2026() {
        List<Edition> editions = new EditionRepository(database).editions();
        assertEquals(13, editions.size());
        assertEquals("I 2014", editions.get(0).label());
        assertEquals("XIII 2026", editions.get(12).label());
        assertEquals("Ufa", editions.get(9).hostCity());
        assertEquals("RU-BA", editions.get(9).hostRegion());
    }

    @Test
    void everyFigureNamesAnExistingSource() {
        List<Figure> figures = new EditionRepository(database).figures();
        assertTrue(figures.size() > 30);
        for (Figure figure : figures) {
            assertNotNull(figure.source(), "figure " + figure.id());
            assertNotNull(figure.source().publisher(), "figure " + figure.id());
        }
        new TradeRepository(database).tradeFigures().forEach(trade -> assertNotNull(trade.source()));
        new RegionRepository(database).regionFacts().forEach(fact -> assertNotNull(fact.source()));
        assertEquals("ok", database.integrityCheck());
    }

    @Test
    void sevenBelarusianRegionsAndTheRussianFederalSubjectsWithRussianNames() {
        List<Region> regions = new RegionRepository(database).regions();
        List<Region> belarusian = regions.stream().filter(r -> r.country() == Country.BY).toList();
        assertEquals(7, belarusian.size());
        assertEquals(83, regions.size() - belarusian.size());
        Region smolensk = regions.stream().filter(r -> r.code().equals("RU-SMO")).findFirst().orElseThrow();
        assertEquals("Smolensk Oblast", smolensk.nameEn());
        assertEquals("Смоленская область", smolensk.name("ru"));
        regions.forEach(region -> assertTrue(region.nameRu().matches(".*\\p{IsCyrillic}.*"), region.code()));
    }

    @Test
    void regionFactsPointAtBothRegionsByCode() {
        var gomelBryansk = new RegionRepository(database).regionFacts().stream()
                .filter(f -> f.belarusianRegion().equals("BY-HO") && f.russianRegion().equals("RU-BRY"))
                .findFirst().orElseThrow();
        assertEquals(300_000_000d, gomelBryansk.value());
        assertEquals("USD", gomelBryansk.unit());
        assertEquals(2023, gomelBryansk.year());
    }

    /**
     * Each term read from an earlier quote (terms-read.csv) names exactly one bundled statement, whose quote
     * holds the line's words, and the words hold the years read (the last as written: "2024-26" is 2026).
     */
    @Test
    void everyTermReadFromAQuoteIsInThatQuoteAndNamesOneStatement() {
        List<org.apache.commons.csv.CSVRecord> terms = BundledData.read("terms-read.csv");
        assertTrue(terms.size() >= 19, "the earlier collections' terms are read");
        for (org.apache.commons.csv.CSVRecord term : terms) {
            String line = "terms-read.csv line " + (term.getRecordNumber() + 1);
            int statements = 0;
            for (String file : List.of("region-facts.csv", "region-pair-facts.csv")) {
                for (org.apache.commons.csv.CSVRecord fact : BundledData.read(file)) {
                    String kind = org.unionregions.model.Kind.VOCABULARY.match(fact.get("kind")).orElseThrow();
                    if (fact.get("source").equals(term.get("source")) && fact.get("by_region").equals(term.get("by_region"))
                            && fact.get("ru_region").equals(term.get("ru_region")) && kind.equals(term.get("kind"))
                            && fact.get("as_stated").contains(term.get("words"))) {
                        statements++;
                    }
                }
            }
            assertEquals(1, statements, line + " names one statement whose quote says: " + term.get("words"));
            String words = term.get("words");
            if (!term.get("valid_from").isEmpty()) {
                assertTrue(words.contains(term.get("valid_from")), line + ": the first year is in the words");
            }
            String last = term.get("valid_to");
            assertTrue(words.contains(last) || words.matches(".*\\d{4}\\s*[-–—]\\s*" + last.substring(2) + "\\D.*"),
                    line + ": the last year is in the words");
        }
    }
}

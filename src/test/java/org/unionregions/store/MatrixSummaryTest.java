package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TestData;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.PairValue;

/** The summary kept by triggers always equals an aggregation over the facts themselves. */
class MatrixSummaryTest {

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("summary.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> summary() {
        return TestData.summary(database);
    }

    private List<String> recomputed() {
        return TestData.recomputedSummary(database);
    }

    private void execute(String sql) {
        database.inTransaction(conn -> conn.createStatement().executeUpdate(sql));
    }

    @Test
    void insertsUpdatesAndDeletesKeepTheSummaryExact() {
        assertEquals(recomputed(), summary());
        execute("INSERT INTO region_fact (by_region, ru_region, year, kind, value, unit, source)"
                + " VALUES ('BY-HO', 'RU-BRY', 2023, 'trade_turnover', 5000000, 'USD', 'R8')");
        execute("INSERT INTO region_fact (by_region, ru_region, year, kind, period, status, value, unit, source)"
                + " VALUES ('BY-HO', 'RU-BRY', 2025, 'trade_turnover', 'h1', 'expected', 1000000, 'USD', 'R8')");
        execute("INSERT INTO region_fact (by_region, ru_region, kind, source) VALUES ('BY-MI', 'RU-SMO', 'agreement', 'R1')");
        assertEquals(recomputed(), summary());
        execute("UPDATE region_fact SET year = 2019, value = 7 WHERE by_region = 'BY-MI' AND ru_region = 'RU-SMO'");
        assertEquals(recomputed(), summary());
        execute("UPDATE region_fact SET ru_region = 'RU-PSK' WHERE kind = 'trade_turnover'");
        assertEquals(recomputed(), summary());
        execute("UPDATE region_fact SET period = NULL, level = 'city' WHERE period = 'h1'");
        assertEquals(recomputed(), summary());
        execute("DELETE FROM region_fact WHERE by_region = 'BY-MI'");
        assertEquals(recomputed(), summary());
        execute("DELETE FROM region_fact");
        assertEquals(List.of(), summary());
    }

    @Test
    void aBulkImportAddsToTheSummaryExactlyAsTheTriggersWould() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String[] russian = {"RU-SMO", "RU-PSK", "RU-BRY", "RU-MOS"};
        List<java.util.Map<String, Object>> facts = new ArrayList<>();
        for (int i = 0; i < TableWriter.BULK_THRESHOLD + 10; i++) {
            boolean valued = random.nextBoolean();
            facts.add(TestData.fact("BY-MI", russian[random.nextInt(russian.length)],
                    random.nextInt(4) == 0 ? null : 2014 + random.nextInt(12),
                    random.nextBoolean() ? "trade_turnover" : "agreement", "bulk " + i, valued ? random.nextInt(1000) + 0.5 : null,
                    valued ? (random.nextBoolean() ? "USD" : "RUB") : null, "R1"));
        }
        TestData.writeAsImport(database, org.unionregions.model.Tables.REGION_FACT, facts);
        assertEquals(recomputed(), summary());
        assertEquals(TestData.bundledFacts() + TableWriter.BULK_THRESHOLD + 10,
                database.rowCounts().get("region_fact"));
    }

    @Test
    void aRolledBackWriteLeavesTheSummaryAsItWas() {
        List<String> before = summary();
        try {
            database.inTransaction(conn -> {
                conn.createStatement().executeUpdate("INSERT INTO region_fact (by_region, ru_region, kind, source)"
                        + " VALUES ('BY-MI', 'RU-TA', 'agreement', 'R1')");
                throw new java.sql.SQLException("simulated failure after the insert");
            });
        } catch (StoreException expected) {
            // the transaction was rolled back
        }
        assertEquals(before, summary());
    }

    /**
     * Gomel-Bryansk: 2023 is reported twice (R8, P41: "almost $300 mn") and 2024 only for January to
     * May, so the cell is 2023's $300 mn, once. Minsk-Omsk has only a year-to-date figure: no cell.
     */
    @Test
    void theTradeMatrixShowsEachPairsLatestWholeYearOnceNeverASumOfYearsOrPartsOfAYear() {
        List<PairValue> trade = new MatrixRepository(database).matrix(
                new PairQuery(PairMetric.TRADE, "USD", null, null, Set.of()));
        assertEquals(List.of("BY-HO|RU-BRY|300000000|2|2023", "BY-MA|RU-BRY|62600000|1|2024",
                "BY-MI|RU-YAR|24000000|1|2012"), trade.stream()
                .map(v -> v.belarusianRegion() + "|" + v.russianRegion() + "|" + Math.round(v.value()) + "|"
                        + v.facts() + "|" + v.year()).sorted().toList());
        List<PairValue> until2020 = new MatrixRepository(database).matrix(
                new PairQuery(PairMetric.TRADE, "USD", 2010, 2020, Set.of()));
        assertEquals(List.of("BY-MI|RU-YAR|24000000"), until2020.stream()
                .map(v -> v.belarusianRegion() + "|" + v.russianRegion() + "|" + Math.round(v.value())).toList());
        execute("INSERT INTO region_fact (by_region, ru_region, year, kind, value, unit, source)"
                + " VALUES ('BY-HO', 'RU-BRY', 2023, 'trade_turnover', 280000000, 'USD', 'R1')");
        PairValue differing = new MatrixRepository(database).matrix(new PairQuery(PairMetric.TRADE, "USD", null, null,
                Set.of())).stream().filter(v -> v.belarusianRegion().equals("BY-HO")).findFirst().orElseThrow();
        assertEquals(280_000_000, differing.value(), "where sources differ, the lowest");
        assertEquals(3, differing.facts());
    }

    @Test
    void theDocumentMatrixCountsEveryBundledDocument() {
        List<PairValue> documents = new MatrixRepository(database).matrix(PairQuery.documents());
        // each signing once, however many rows of the bundled files state it (derived from the files)
        assertEquals(SourceSignings.documents().size(), documents.stream().mapToDouble(PairValue::value).sum());
    }
}

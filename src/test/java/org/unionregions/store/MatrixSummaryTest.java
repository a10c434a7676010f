package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        return rows("SELECT by_region, ru_region, kind, year, unit, facts, valued, total FROM region_pair_summary"
                + " ORDER BY 1, 2, 3, 4, 5");
    }

    private List<String> recomputed() {
        return rows("SELECT by_region, ru_region, kind, coalesce(year, 0), coalesce(unit, ''), count(*),"
                + " count(value), coalesce(sum(value), 0) FROM region_fact"
                + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5");
    }

    private List<String> rows(String sql) {
        return database.read(conn -> {
            List<String> rows = new ArrayList<>();
            try (Statement statement = conn.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    rows.add(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
                            + row.getInt(4) + "|" + row.getString(5) + "|" + row.getInt(6) + "|" + row.getInt(7)
                            + "|" + Math.round(row.getDouble(8)));
                }
            }
            return rows;
        });
    }

    private void execute(String sql) {
        database.inTransaction(conn -> conn.createStatement().executeUpdate(sql));
    }

    @Test
    void insertsUpdatesAndDeletesKeepTheSummaryExact() {
        assertEquals(recomputed(), summary());
        execute("INSERT INTO region_fact (by_region, ru_region, year, kind, value, unit, source)"
                + " VALUES ('BY-HO', 'RU-BRY', 2023, 'trade', 5000000, 'USD', 'R8')");
        execute("INSERT INTO region_fact (by_region, ru_region, kind, source) VALUES ('BY-MI', 'RU-SMO', 'agreement', 'R1')");
        assertEquals(recomputed(), summary());
        execute("UPDATE region_fact SET year = 2019, value = 7 WHERE by_region = 'BY-MI' AND ru_region = 'RU-SMO'");
        assertEquals(recomputed(), summary());
        execute("UPDATE region_fact SET ru_region = 'RU-PSK' WHERE kind = 'trade'");
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
            facts.add(org.unionregions.TestData.fact("BY-MI", russian[random.nextInt(russian.length)],
                    random.nextInt(4) == 0 ? null : 2014 + random.nextInt(12),
                    random.nextBoolean() ? "trade" : "agreement", "bulk " + i, valued ? random.nextInt(1000) + 0.5 : null,
                    valued ? (random.nextBoolean() ? "USD" : "RUB") : null, "R1"));
        }
        org.unionregions.TestData.writeAsImport(database, org.unionregions.model.Tables.REGION_FACT, facts);
        assertEquals(recomputed(), summary());
        assertEquals(TableWriter.BULK_THRESHOLD + 30, database.rowCounts().get("region_fact"));
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

    @Test
    void theMatrixQueryMatchesTheBundledFacts() {
        List<PairValue> trade = new MatrixRepository(database).matrix(
                new PairQuery(PairMetric.TRADE, "USD", null, null, Set.of()));
        assertEquals(List.of("BY-HO|RU-BRY|300000000|1", "BY-MA|RU-BRY|62600000|1"), trade.stream()
                .map(v -> v.belarusianRegion() + "|" + v.russianRegion() + "|" + Math.round(v.value()) + "|"
                        + v.facts()).sorted().toList());
        List<PairValue> documents = new MatrixRepository(database).matrix(PairQuery.documents());
        assertEquals(18, documents.stream().mapToDouble(PairValue::value).sum());
    }
}

package org.unionregions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.unionregions.model.TableDef;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.Staging;
import org.unionregions.store.TableWriter;

/** A fresh database with the bundled data, in a test's temporary folder; and rows written as an import writes them. */
public final class TestData {

    private TestData() {
    }

    public static DataStore bundled(Path dir) {
        DataStore store = new DataStore(dir.resolve("test.db"));
        store.database();
        return store;
    }

    /**
     * Replaces every region fact with {@code rows}: by_region, ru_region, year, edition, kind, value,
     * unit, as_stated, level, status, each from source R1, each a document of its own.
     */
    public static void replaceFacts(DataStore store, Object[][] rows) {
        store.database().inTransaction(conn -> {
            conn.createStatement().executeUpdate("DELETE FROM region_fact");
            try (java.sql.PreparedStatement insert = conn.prepareStatement("INSERT INTO region_fact (by_region,"
                    + " ru_region, year, edition, kind, value, unit, as_stated, level, status, source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'R1')")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The bundled files of region facts, every collection. */
    public static final List<String> FACT_FILES = List.of("region-facts.csv", "region-pair-facts.csv",
            "region-pair-facts-3.csv");

    /** The region facts shipped (every collection): what a fresh database holds. */
    public static int bundledFacts() {
        return FACT_FILES.stream().mapToInt(file -> org.unionregions.store.BundledData.read(file).size()).sum();
    }

    /** The bundled facts about a pair with this Russian region (by its English name). */
    public static int bundledFactsWith(String russianRegion) {
        int count = 0;
        for (String file : FACT_FILES) {
            for (var row : org.unionregions.store.BundledData.read(file)) {
                if (row.get("ru_region").equals(russianRegion)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The sources shipped, of every collection. */
    public static int bundledSources() {
        return List.of("sources.csv", "region-pair-sources.csv", "edition-sources-more.csv", "region-pair-sources-3.csv",
                "region-totals-sources.csv").stream()
                .mapToInt(file -> org.unionregions.store.BundledData.read(file).size()).sum();
    }

    /** The region-pair summary as stored, one line per cell. */
    public static List<String> summary(Database database) {
        return lines(database, "SELECT by_region, ru_region, kind, level, status, partial, year, unit, facts, valued,"
                + " round(total) FROM region_pair_summary ORDER BY 1, 2, 3, 4, 5, 6, 7, 8");
    }

    /** The summary as the facts themselves add up (what the triggers and a bulk import must keep). */
    public static List<String> recomputedSummary(Database database) {
        return lines(database, "SELECT by_region, ru_region, kind, coalesce(level, ''), status,"
                + " CASE WHEN coalesce(period, '') IN ('', 'annual') THEN 0 ELSE 1 END, coalesce(year, 0), coalesce(unit, ''), count(*),"
                + " count(value), round(coalesce(sum(value), 0)) FROM region_fact WHERE document IS NULL"
                + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
                + " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8");
    }

    public static List<String> lines(Database database, String sql) {
        return database.read(conn -> {
            List<String> lines = new java.util.ArrayList<>();
            try (var statement = conn.createStatement(); var row = statement.executeQuery(sql)) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        line.append(i > 1 ? "|" : "").append(row.getString(i));
                    }
                    lines.add(line.toString());
                }
            }
            return lines;
        });
    }

    public static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    /**
     * Writes {@code rows} (already checked, typed values by column) in one transaction through the
     * import's own path: a staging file, then the writer's copy (the bulk path from its threshold on).
     */
    public static int writeAsImport(Database database, TableDef table, List<Map<String, Object>> rows) {
        try (Staging staging = Staging.create(table)) {
            long line = 1;
            for (Map<String, Object> row : rows) {
                staging.addRow(++line, row);
            }
            staging.finish();
            TableWriter writer = new TableWriter(database, table);
            return database.withAttached(staging, () -> database.inTransaction(new Database.Change("import",
                    table.name(), rows.size()), conn -> writer.insertStaged(conn, staging, () -> false, n -> { })));
        }
    }

    /** A region fact's values, as the checker makes them (nulls where not given). */
    public static Map<String, Object> fact(String by, String ru, Integer year, String kind, String title,
                                           Double value, String unit, String source) {
        java.util.HashMap<String, Object> fact = new java.util.HashMap<>();
        fact.put("by_region", by);
        fact.put("ru_region", ru);
        fact.put("year", year);
        fact.put("kind", kind);
        fact.put("title", title);
        fact.put("value", value);
        fact.put("unit", unit);
        fact.put("source", source);
        fact.put("status", "reported");
        fact.put("qualifier", "");
        return fact;
    }
}

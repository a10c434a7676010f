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
        return fact;
    }
}

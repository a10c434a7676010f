package org.unionregions.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.unionregions.model.ColumnType;
import org.unionregions.model.TableDef;

/** Any registry table a page at a time, with a text search over all its columns; and the whole table for export. */
public final class TableBrowser {

    /**
     * A page of a table: column names (the row's key among them), rows as text, matching rows.
     * {@code keyIndex} is the position of the key in each row.
     */
    public record Page(String table, List<String> columns, List<List<String>> rows, int matching, int keyIndex,
                       List<Integer> versions) {

        public Page {
            versions = List.copyOf(versions);
        }

        /** The key of one of the page's rows, as the writer takes it. */
        public String keyOf(List<String> row) {
            return row.get(keyIndex);
        }

        /** The version of a row as it was read with this page (a save checks the row is still at it). */
        public Integer versionOf(List<String> row) {
            int index = rows.indexOf(row);
            return index < 0 || index >= versions.size() ? null : versions.get(index);
        }
    }

    /** How a page is ordered: by one of the table's columns, or (null column) by its key. */
    public record Order(String column, boolean descending) {
        public static final Order AS_STORED = new Order(null, false);
    }

    /** Gets each exported row: the column values as the database holds them (String, Long, Double or null). */
    @FunctionalInterface
    public interface RowSink {
        void accept(List<Object> values) throws java.io.IOException;
    }

    private final Database database;

    public TableBrowser(Database database) {
        this.database = database;
    }

    public Page page(TableDef table, String search, int limit) {
        return page(table, search, limit, Order.AS_STORED);
    }

    /**
     * The first {@code limit} matching rows in {@code order}: sorted by the database over every
     * matching row, not just the rows on the page.
     */
    public Page page(TableDef table, String search, int limit, Order order) {
        List<String> columns = table.storedColumns();
        String select = String.join(", ", columns);
        boolean searching = search != null && !search.isBlank();
        String where = searching ? " WHERE " + searchCondition(table) : "";
        int patterns = searching ? patternCount(table) : 0;
        // the column is one of the table's own, never text from outside
        String orderBy = (order.column() != null && columns.contains(order.column())
                ? order.column() + (order.descending() ? " DESC" : "") + ", " : "") + table.key();
        return database.read(conn -> {
            int matching;
            try (PreparedStatement count = conn.prepareStatement("SELECT count(*) FROM " + table.name() + where)) {
                bindSearch(count, patterns, search);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    matching = row.getInt(1);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            List<Integer> versions = new ArrayList<>();
            try (PreparedStatement query = conn.prepareStatement("SELECT " + select + ", version FROM " + table.name()
                    + where + " ORDER BY " + orderBy + " LIMIT ?")) {
                int bound = bindSearch(query, patterns, search);
                query.setInt(bound + 1, limit);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        List<String> cells = new ArrayList<>(columns.size());
                        for (int i = 1; i <= columns.size(); i++) {
                            Object value = row.getObject(i);
                            cells.add(value == null ? "" : plain(value));
                        }
                        rows.add(cells);
                        versions.add(row.getInt(columns.size() + 1));
                    }
                }
            }
            return new Page(table.name(), columns, rows, matching, columns.indexOf(table.key()), versions);
        });
    }

    /** Every row of the table in key order, streamed: a million rows are never all in memory. */
    public int forEachRow(TableDef table, RowSink sink) throws java.io.IOException {
        List<String> columns = table.storedColumns();
        int[] count = {0};
        java.io.IOException[] failure = {null};
        database.read(conn -> {
            try (PreparedStatement query = conn.prepareStatement("SELECT " + String.join(", ", columns) + " FROM "
                    + table.name() + " ORDER BY " + table.key());
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    List<Object> values = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        values.add(row.getObject(i));
                    }
                    sink.accept(values);
                    count[0]++;
                }
            } catch (java.io.IOException e) {
                failure[0] = e;
            }
            return null;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return count[0];
    }

    /**
     * Any column containing the text, in any case of any alphabet ({@link TextSearch}); a region column
     * also where the region's name in English, Russian or Belarusian contains it ("Гомель" finds BY-HO).
     */
    private static String searchCondition(TableDef table) {
        List<String> tests = new ArrayList<>();
        for (String column : table.storedColumns()) {
            tests.add("fold(CAST(" + column + " AS TEXT)) LIKE ? ESCAPE '\\'"); // a server folds text only
            if (isRegion(table, column)) {
                tests.add(column + " IN (SELECT code FROM region WHERE fold(name_en) LIKE ? ESCAPE '\\'"
                        + " OR fold(name_ru) LIKE ? ESCAPE '\\' OR fold(name_be) LIKE ? ESCAPE '\\')");
            }
        }
        return String.join(" OR ", tests);
    }

    private static int patternCount(TableDef table) {
        return table.storedColumns().stream().mapToInt(column -> isRegion(table, column) ? 4 : 1).sum();
    }

    private static boolean isRegion(TableDef table, String column) {
        return table.column(column).map(c -> c.type() == ColumnType.REGION).orElse(false);
    }

    private static int bindSearch(PreparedStatement statement, int patterns, String search) throws SQLException {
        String pattern = patterns == 0 ? null : TextSearch.containing(search);
        for (int i = 1; i <= patterns; i++) {
            statement.setString(i, pattern);
        }
        return patterns;
    }

    public static String plain(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return String.valueOf(number.longValue());
        }
        return value.toString();
    }
}

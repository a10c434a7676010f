package org.unionregions.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Any table, a page at a time, with a text search over all its columns; and deleting one row. */
public final class TableBrowser {

    /** A page of a table: column names, rows as text (the first column is the row id), matching rows. */
    public record Page(String table, List<String> columns, List<List<String>> rows, int matching) {
    }

    private final Database database;

    public TableBrowser(Database database) {
        this.database = database;
    }

    /** How a page is ordered: by one of the table's columns, or (null column) as stored. */
    public record Order(String column, boolean descending) {
        public static final Order AS_STORED = new Order(null, false);
    }

    public Page page(String table, String search, int limit) {
        return page(table, search, limit, Order.AS_STORED);
    }

    /**
     * The first {@code limit} matching rows in {@code order}: sorted by the database over every
     * matching row, not just the rows on the page.
     */
    public Page page(String table, String search, int limit, Order order) {
        requireKnown(table);
        return database.read(conn -> {
            List<String> columns = new ArrayList<>();
            try (Statement statement = conn.createStatement();
                 ResultSet empty = statement.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
                ResultSetMetaData meta = empty.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
            }
            String where = "";
            boolean searching = search != null && !search.isBlank();
            if (searching) {
                where = " WHERE " + String.join(" OR ", columns.stream().map(c -> c + " LIKE ?").toList());
            }
            int matching;
            try (PreparedStatement count = conn.prepareStatement("SELECT count(*) FROM " + table + where)) {
                bindSearch(count, searching ? columns.size() : 0, search);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    matching = row.getInt(1);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            // the column is one the table itself reported, never text from outside
            String orderBy = order.column() != null && columns.contains(order.column())
                    ? order.column() + (order.descending() ? " DESC" : "") + ", rowid" : "rowid";
            try (PreparedStatement select = conn.prepareStatement("SELECT rowid, * FROM " + table + where
                    + " ORDER BY " + orderBy + " LIMIT ?")) {
                int bound = bindSearch(select, searching ? columns.size() : 0, search);
                select.setInt(bound + 1, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        List<String> cells = new ArrayList<>(columns.size() + 1);
                        for (int i = 1; i <= columns.size() + 1; i++) {
                            Object value = row.getObject(i);
                            cells.add(value == null ? "" : plain(value));
                        }
                        rows.add(cells);
                    }
                }
            }
            List<String> withId = new ArrayList<>();
            withId.add("rowid");
            withId.addAll(columns);
            return new Page(table, withId, rows, matching);
        });
    }

    /** Deletes one row; refused with a clear message when other rows refer to it. */
    public void delete(String table, long rowid) {
        requireKnown(table);
        try {
            database.inTransaction(conn -> {
                try (PreparedStatement delete = conn.prepareStatement("DELETE FROM " + table + " WHERE rowid = ?")) {
                    delete.setLong(1, rowid);
                    return delete.executeUpdate();
                }
            });
        } catch (StoreException e) {
            if (e.getMessage().contains("FOREIGN KEY")) {
                throw new StoreException(StoreException.Reason.REFERENCED, "This row cannot be deleted: other rows"
                        + " refer to it (for example figures citing this source, or facts about this region). Delete or"
                        + " change those first.");
            }
            throw e;
        }
    }

    private static int bindSearch(PreparedStatement statement, int columns, String search)
            throws java.sql.SQLException {
        for (int i = 1; i <= columns; i++) {
            statement.setString(i, "%" + search.strip() + "%");
        }
        return columns;
    }

    private static String plain(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return String.valueOf(number.longValue());
        }
        return value.toString();
    }

    private static void requireKnown(String table) {
        if (!Database.TABLES.contains(table)) {
            throw new IllegalArgumentException("unknown table " + table);
        }
    }
}

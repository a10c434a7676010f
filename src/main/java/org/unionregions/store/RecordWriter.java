package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Writes checked rows of the small tables (editions, their figures, trade, regions, sources). Column
 * names come from the importer's fixed table rules, never from a file; values are always bound.
 */
public final class RecordWriter {

    private static final Map<String, String> KEY_COLUMN = Map.of("source", "id", "region", "code",
            "edition", "number");
    private static final int BATCH = 1_000;

    private final Database database;

    public RecordWriter(Database database) {
        this.database = database;
    }

    /** The keys a reference may name: source ids, region codes, edition numbers (as text). */
    public Set<String> keys(String table) {
        String column = KEY_COLUMN.get(table);
        if (column == null) {
            throw new IllegalArgumentException("no key column for " + table);
        }
        return database.read(conn -> {
            Set<String> keys = new HashSet<>();
            try (Statement statement = conn.createStatement();
                 ResultSet row = statement.executeQuery("SELECT " + column + " FROM " + table)) {
                while (row.next()) {
                    keys.add(row.getString(1));
                }
            }
            return keys;
        });
    }

    /** The row ids of stored rows equal to {@code values} in {@code columns} (NULL equals NULL). */
    public List<Long> matching(String table, List<String> columns, Map<String, Object> values) {
        requireKnown(table);
        return database.read(conn -> {
            String where = String.join(" AND ", columns.stream().map(c -> c + " IS ?").toList());
            try (PreparedStatement query = conn.prepareStatement("SELECT rowid FROM " + table + " WHERE " + where)) {
                for (int i = 0; i < columns.size(); i++) {
                    query.setObject(i + 1, values.get(columns.get(i)));
                }
                List<Long> ids = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    public long insert(String table, Map<String, Object> values) {
        return insertAll(table, List.of(values), () -> false, written -> { });
    }

    /** All rows in one transaction, or none; returns the row id of the last. */
    public long insertAll(String table, List<Map<String, Object>> rows, BooleanSupplier cancelled,
                          IntConsumer progress) {
        requireKnown(table);
        if (rows.isEmpty()) {
            return -1;
        }
        List<String> columns = List.copyOf(rows.get(0).keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        return database.inTransaction(conn -> {
            try (PreparedStatement insert = conn.prepareStatement(sql)) {
                BatchedInsert.run(insert, rows, (statement, row) -> bind(statement, columns, row), BATCH, cancelled,
                        progress);
            }
            return lastRowId(conn);
        });
    }

    public void update(String table, long rowid, Map<String, Object> values) {
        requireKnown(table);
        List<String> columns = List.copyOf(values.keySet());
        String sql = "UPDATE " + table + " SET " + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                + " WHERE rowid = ?";
        database.inTransaction(conn -> {
            try (PreparedStatement update = conn.prepareStatement(sql)) {
                bind(update, columns, values);
                update.setLong(columns.size() + 1, rowid);
                if (update.executeUpdate() != 1) {
                    throw new SQLException("no row " + rowid + " in " + table);
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, List<String> columns, Map<String, Object> row)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            statement.setObject(i + 1, row.get(columns.get(i)));
        }
    }

    private static long lastRowId(Connection conn) throws SQLException {
        try (Statement statement = conn.createStatement();
             ResultSet row = statement.executeQuery("SELECT last_insert_rowid()")) {
            return row.getLong(1);
        }
    }

    private static void requireKnown(String table) {
        if (!Database.TABLES.contains(table) || "region_fact".equals(table)) {
            throw new IllegalArgumentException("not a table for the record writer: " + table);
        }
    }
}

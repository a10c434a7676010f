package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.unionregions.model.TableDef;

/**
 * Writes a row's values before and after a change into {@code row_history}, inside the change's own
 * transaction and tied to its change log entry (which says who and when). Values are kept as a JSON
 * object, column by column, as the database returned them.
 */
final class RowHistory {

    private RowHistory() {
    }

    static void record(Connection conn, TableDef table, String key, String action, Map<String, Object> before,
                       Map<String, Object> after) throws SQLException {
        Dialect dialect = Dialect.of(conn);
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO row_history (change, table_name, row_key,"
                + " action, old_values, new_values) VALUES (" + dialect.currentChange() + ", ?, ?, ?, ?, ?)")) {
            insert.setString(1, table.name());
            insert.setString(2, key);
            insert.setString(3, action);
            insert.setString(4, before == null ? null : json(before));
            insert.setString(5, after == null ? null : json(after));
            insert.executeUpdate();
        }
    }

    /** A JSON object of the row's columns: text quoted and escaped, numbers as they are, NULL as null. */
    static String json(Map<String, Object> row) {
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, Object> column : row.entrySet()) {
            if (text.length() > 1) {
                text.append(", ");
            }
            quote(text, column.getKey());
            text.append(": ");
            Object value = column.getValue();
            if (value == null) {
                text.append("null");
            } else if (value instanceof Number number) {
                text.append(number instanceof Double || number instanceof Float
                        ? stripZero(number.doubleValue()) : number.toString());
            } else {
                quote(text, value.toString());
            }
        }
        return text.append('}').toString();
    }

    private static String stripZero(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static void quote(StringBuilder text, String value) {
        text.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}

package org.unionregions.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.unionregions.model.Source;

/** Reading nullable columns and the joined source columns (s_id, s_publisher, s_location, s_note). */
final class Rows {

    static final String SOURCE_COLUMNS = "s.id AS s_id, s.publisher AS s_publisher, s.location AS s_location,"
            + " s.note AS s_note";

    private Rows() {
    }

    static Source source(ResultSet row) throws SQLException {
        String id = row.getString("s_id");
        if (id == null) {
            return null;
        }
        return new Source(id, row.getString("s_publisher"), row.getString("s_location"), row.getString("s_note"));
    }

    /** True where the rows read have a column of that name (a migration reads a table before a later version adds one). */
    static boolean hasColumn(ResultSet row, String name) throws SQLException {
        java.sql.ResultSetMetaData meta = row.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnName(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static LocalDate nullableDate(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}

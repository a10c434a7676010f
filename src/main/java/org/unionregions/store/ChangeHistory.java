package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry's history as people read it: every committed change (who, when, what) and, for a
 * row, each of its changes with the values before and after. Read only; written by the store as it
 * changes things.
 */
public final class ChangeHistory {

    /** One committed change: an edit, an import (its file and row count), a copy, a migration. */
    public record Change(long id, String madeAt, String madeBy, String action, String detail, Integer rows) {
    }

    /** One change of one row, with its values as JSON objects (null before an insert, after a delete). */
    public record RowChange(long change, String madeAt, String madeBy, String table, String key, String action,
                            String oldValues, String newValues) {
    }

    /** Which changes to list; null or blank parts mean any. {@code fromDay}/{@code toDay}: ISO dates, inclusive. */
    public record Filter(String table, String person, String fromDay, String toDay) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    public static final int LIMIT = 1_000;

    private final Database database;

    public ChangeHistory(Database database) {
        this.database = database;
    }

    /** The newest changes first, at most {@link #LIMIT}. */
    public List<Change> changes(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, made_at, made_by, action, detail, rows FROM change_log"
                + " WHERE 1 = 1");
        List<String> parameters = new ArrayList<>();
        if (present(filter.table())) {
            sql.append(" AND (detail = ? OR detail LIKE ? OR id IN (SELECT change FROM row_history WHERE table_name = ?))");
            parameters.add(filter.table());
            parameters.add(filter.table() + " %");
            parameters.add(filter.table());
        }
        if (present(filter.person())) {
            sql.append(" AND made_by = ?");
            parameters.add(filter.person().strip());
        }
        if (present(filter.fromDay())) {
            sql.append(" AND made_at >= ?");
            parameters.add(filter.fromDay());
        }
        if (present(filter.toDay())) {
            sql.append(" AND made_at < ?");
            parameters.add(java.time.LocalDate.parse(filter.toDay()).plusDays(1).toString());
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(LIMIT);
        return database.read(conn -> {
            try (PreparedStatement query = conn.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setString(i + 1, parameters.get(i));
                }
                List<Change> changes = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        int count = row.getInt(6);
                        Integer rows = row.wasNull() ? null : count;
                        changes.add(new Change(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                                row.getString(5), rows));
                    }
                }
                return changes;
            }
        });
    }

    /** The people who made changes, for the filter's choices. */
    public List<String> people() {
        return database.read(conn -> {
            List<String> people = new ArrayList<>();
            try (PreparedStatement query = conn.prepareStatement("SELECT DISTINCT made_by FROM change_log ORDER BY made_by");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    people.add(row.getString(1));
                }
            }
            return people;
        });
    }

    /** Every change of one row, the newest first. */
    public List<RowChange> ofRow(String table, String key) {
        return database.read(conn -> ofRow(conn, table, key, LIMIT));
    }

    /** The newest {@code limit} changes of one row, read in the caller's transaction. */
    static List<RowChange> ofRow(Connection conn, String table, String key, int limit) throws SQLException {
        return rowChanges(conn, limit, "h.table_name = ? AND h.row_key = ?", table, key);
    }

    /** The rows one change wrote (empty for an import: it is one entry). */
    public List<RowChange> ofChange(long change) {
        return database.read(conn -> rowChanges(conn, LIMIT, "h.change = ?", change));
    }

    private static List<RowChange> rowChanges(Connection conn, int limit, String condition, Object... values)
            throws SQLException {
        try (PreparedStatement query = conn.prepareStatement("SELECT h.change, c.made_at, c.made_by, h.table_name,"
                + " h.row_key, h.action, h.old_values, h.new_values FROM row_history h JOIN change_log c"
                + " ON c.id = h.change WHERE " + condition + " ORDER BY h.id DESC LIMIT " + limit)) {
            for (int i = 0; i < values.length; i++) {
                TableWriter.bind(query, i + 1, values[i]);
            }
            List<RowChange> changes = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    changes.add(new RowChange(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8)));
                }
            }
            return changes;
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The version of a stored row (what a form read with it), or null when it is gone. */
    public Integer version(org.unionregions.model.TableDef table, String key) {
        return database.read(conn -> {
            try (PreparedStatement query = conn.prepareStatement("SELECT version FROM " + table.name() + " WHERE "
                    + table.key() + " = ?")) {
                TableWriter.bindKey(query, 1, table, key);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getInt(1) : null;
                }
            }
        });
    }


    /**
     * The columns of a JSON object as the row history writes it (flat: text, numbers, null), in their
     * order; text unescaped, numbers as written, null as null. Empty for null.
     */
    public static java.util.Map<String, String> values(String json) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        int[] at = {json.indexOf('{') + 1};
        while (true) {
            skipSpace(json, at);
            if (at[0] >= json.length() || json.charAt(at[0]) == '}') {
                return values;
            }
            String name = string(json, at);
            skipSpace(json, at);
            at[0]++; // ':'
            skipSpace(json, at);
            String value;
            if (json.charAt(at[0]) == '"') {
                value = string(json, at);
            } else {
                int end = at[0];
                while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
                    end++;
                }
                String literal = json.substring(at[0], end).strip();
                value = "null".equals(literal) ? null : literal;
                at[0] = end;
            }
            values.put(name, value);
            skipSpace(json, at);
            if (at[0] < json.length() && json.charAt(at[0]) == ',') {
                at[0]++;
            }
        }
    }

    private static void skipSpace(String json, int[] at) {
        while (at[0] < json.length() && Character.isWhitespace(json.charAt(at[0]))) {
            at[0]++;
        }
    }

    private static String string(String json, int[] at) {
        StringBuilder text = new StringBuilder();
        at[0]++; // opening quote
        while (at[0] < json.length()) {
            char c = json.charAt(at[0]++);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char escaped = json.charAt(at[0]++);
                switch (escaped) {
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'u' -> {
                        text.append((char) Integer.parseInt(json.substring(at[0], at[0] + 4), 16));
                        at[0] += 4;
                    }
                    default -> text.append(escaped);
                }
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}

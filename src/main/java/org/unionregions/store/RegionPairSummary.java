package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The region-pair summary (schema version 4) is kept by triggers on region_fact. A bulk import sets
 * them aside and adds its own rows here instead: from sums made while the file was read (SQLite can
 * only group by sorting, the slowest step of a million-row import; BENCHMARKS.md), or, where a file had too many
 * distinct cells to sum in memory, by one GROUP BY over the facts it added.
 */
final class RegionPairSummary {

    /** Beyond this many distinct cells the sums give way to the GROUP BY: memory stays bounded. */
    static final int MAX_CELLS = 300_000;

    private static final String UPSERT = "INSERT INTO region_pair_summary (by_region, ru_region, kind, level,"
            + " status, partial, year, unit, facts, valued, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
            + " (kind, level, status, partial, year, unit, by_region, ru_region) DO UPDATE SET facts = facts"
            + " + excluded.facts, valued = valued + excluded.valued, total = total + excluded.total";

    private RegionPairSummary() {
    }

    /**
     * One cell of the summary, as its key columns are stored (no level: '', no year: 0, no unit: '');
     * partial: the fact covers part of its year.
     */
    private record Cell(String belarusianRegion, String russianRegion, String kind, String level, String status,
                        boolean partial, int year, String unit) {

        /**
         * Mixed, not a record's sum of 31-multiples: those of short codes such as "BY-MI" and
         * "RU-SMO" collided so often that a large import spent much of its time comparing cells.
         */
        @Override
        public int hashCode() {
            long h = belarusianRegion.hashCode();
            h = h * 0x9E3779B97F4A7C15L + russianRegion.hashCode();
            h = h * 0x9E3779B97F4A7C15L + kind.hashCode();
            h = h * 0x9E3779B97F4A7C15L + level.hashCode();
            h = h * 0x9E3779B97F4A7C15L + status.hashCode();
            h = h * 0x9E3779B97F4A7C15L + (partial ? 1 : 0);
            h = h * 0x9E3779B97F4A7C15L + year;
            h = h * 0x9E3779B97F4A7C15L + unit.hashCode();
            h ^= h >>> 31;
            return (int) (h ^ (h >>> 32));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && year == cell.year && partial == cell.partial
                    && belarusianRegion.equals(cell.belarusianRegion)
                    && russianRegion.equals(cell.russianRegion) && kind.equals(cell.kind) && level.equals(cell.level)
                    && status.equals(cell.status) && unit.equals(cell.unit);
        }
    }

    /** A period other than the whole year ("jan-may", "h1", "ytd"); V4__summary.sql says it in SQL. */
    static boolean coversPartOfYear(Object period) {
        return period instanceof String text && !text.isEmpty() && !text.equals("annual");
    }

    /** The summary of staged facts, added up in file order, as the triggers would add them. */
    static final class Sums {
        private Map<Cell, double[]> cells = new HashMap<>();
        /**
         * One instance of each kind's text, so cells compare their texts by identity: region codes and
         * units come as the checker's own instances, a kind as read from each line.
         */
        private final Map<String, String> kinds = new HashMap<>();

        /** A staged fact; {@code value} null where it has none (yet). */
        void add(Map<String, Object> fact) {
            if (cells == null || fact.get("document") != null) {
                return; // a further statement of a document is not counted (V8__documents.sql)
            }
            double[] sums = cells.computeIfAbsent(cell(fact.get("by_region"), fact.get("ru_region"),
                    canonical(fact.get("kind")), canonical(fact.get("level")), canonical(fact.get("status")),
                    fact.get("period"), fact.get("year"), fact.get("unit")), key -> new double[3]);
            sums[0]++;
            if (fact.get("value") instanceof Number value) {
                sums[1]++;
                sums[2] += value.doubleValue();
            }
            if (cells.size() > MAX_CELLS) {
                cells = null; // too many distinct cells: the commit groups in SQL instead
            }
        }

        private Object canonical(Object text) {
            return text instanceof String word ? kinds.computeIfAbsent(word, k -> k) : null;
        }

        /** A value decided after the fact was staged (an ambiguous "1,500"). */
        void addValue(Object by, Object ru, Object kind, Object level, Object status, Object period, Object year,
                      Object unit, double value) {
            if (cells == null) {
                return;
            }
            double[] sums = cells.get(cell(by, ru, kind, level, status, period, year, unit));
            sums[1]++;
            sums[2] += value;
        }

        boolean complete() {
            return cells != null;
        }

        private static Cell cell(Object by, Object ru, Object kind, Object level, Object status, Object period,
                                 Object year, Object unit) {
            return new Cell((String) by, (String) ru, (String) kind, level == null ? "" : (String) level,
                    (String) status, coversPartOfYear(period), year == null ? 0 : ((Number) year).intValue(), unit == null ? "" : (String) unit);
        }

        /** Adds the sums to the summary table, inside the caller's transaction. */
        void addTo(Connection conn) throws SQLException {
            try (PreparedStatement upsert = conn.prepareStatement(UPSERT)) {
                for (Map.Entry<Cell, double[]> entry : cells.entrySet()) {
                    Cell cell = entry.getKey();
                    upsert.setString(1, cell.belarusianRegion());
                    upsert.setString(2, cell.russianRegion());
                    upsert.setString(3, cell.kind());
                    upsert.setString(4, cell.level());
                    upsert.setString(5, cell.status());
                    upsert.setInt(6, cell.partial() ? 1 : 0);
                    upsert.setInt(7, cell.year());
                    upsert.setString(8, cell.unit());
                    upsert.setLong(9, (long) entry.getValue()[0]);
                    upsert.setLong(10, (long) entry.getValue()[1]);
                    upsert.setDouble(11, entry.getValue()[2]);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }
    }

    /** Adds the facts with an id above {@code lastIdBefore} to the summary, as the triggers would have. */
    static void addFactsAfter(Connection conn, long lastIdBefore) throws SQLException {
        try (PreparedStatement upsert = conn.prepareStatement("INSERT INTO region_pair_summary"
                + " (by_region, ru_region, kind, level, status, partial, year, unit, facts, valued, total)"
                + " SELECT by_region, ru_region, kind, coalesce(level, ''), status, coalesce(period, '') NOT IN ('', 'annual'),"
                + " coalesce(year, 0), coalesce(unit, ''), count(*), count(value), coalesce(sum(value), 0)"
                + " FROM region_fact WHERE id > ? AND document IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ON CONFLICT (kind, level,"
                + " status, partial, year, unit, by_region, ru_region) DO UPDATE SET facts = facts + excluded.facts,"
                + " valued = valued + excluded.valued, total = total + excluded.total")) {
            upsert.setLong(1, lastIdBefore);
            upsert.executeUpdate();
        }
    }

    /**
     * "ok" when the summary holds exactly what the facts add up to, or how many of its groups do not
     * (the same SQL on both engines; totals compared to a billionth, as sums of doubles drift).
     */
    static String disagreement(Connection conn) throws SQLException {
        return disagreement(conn, true);
    }

    /** {@code documents}: the schema has documents (version 8): only a document's first statement is summed. */
    static String disagreement(Connection conn, boolean documents) throws SQLException {
        String facts = "SELECT by_region, ru_region, kind, coalesce(level, '') AS level, status,"
                + " CASE WHEN coalesce(period, '') IN ('', 'annual') THEN 0 ELSE 1 END AS partial,"
                + " coalesce(year, 0) AS year, coalesce(unit, '') AS unit, count(*) AS facts, count(value) AS valued,"
                + " coalesce(sum(value), 0) AS total FROM region_fact" + (documents ? " WHERE document IS NULL" : "")
                + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8";
        String sql = "SELECT count(*) FROM (" + facts + ") f FULL OUTER JOIN region_pair_summary s"
                + " ON s.by_region = f.by_region AND s.ru_region = f.ru_region AND s.kind = f.kind AND s.level = f.level"
                + " AND s.status = f.status AND s.partial = f.partial AND s.year = f.year AND s.unit = f.unit"
                + " WHERE s.facts IS NULL OR f.facts IS NULL OR s.facts <> f.facts OR s.valued <> f.valued"
                + " OR abs(s.total - f.total) > 1e-9 * (1 + abs(f.total))";
        try (java.sql.Statement statement = conn.createStatement();
             java.sql.ResultSet row = statement.executeQuery(sql)) {
            row.next();
            long wrong = row.getLong(1);
            return wrong == 0 ? "ok" : "the region-pair summary disagrees with the facts in " + wrong
                    + (wrong == 1 ? " group" : " groups");
        }
    }
}

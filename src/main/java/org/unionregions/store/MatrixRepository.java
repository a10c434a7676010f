package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.PairValue;
import org.unionregions.model.RegionFact;
import org.unionregions.model.Tables;

/**
 * The region-pair matrix, aggregated in SQL over region_pair_summary (kept by triggers on
 * region_fact), and the facts behind one cell, read from region_fact itself.
 */
public final class MatrixRepository {

    private final Database database;

    public MatrixRepository(Database database) {
        this.database = database;
    }

    /** The WHERE clause of a query and its parameters, in order. */
    private record Filter(String sql, List<Object> parameters) {
    }

    /**
     * The WHERE clause for the summary table (alias s: year 0 = undated, unit '' = none) or for the
     * facts themselves (alias f).
     */
    private static Filter filter(PairQuery query, boolean summary) {
        String alias = summary ? "s." : "f.";
        StringBuilder sql = new StringBuilder(" WHERE ");
        List<Object> parameters = new ArrayList<>();
        List<String> kinds = query.kinds().isEmpty() ? query.metric().kinds()
                : query.kinds().stream().filter(query.metric().kinds()::contains).sorted().toList();
        in(sql, parameters, alias + "kind", kinds.isEmpty() ? List.of("") : kinds);
        if (!query.levels().isEmpty()) {
            sql.append(" AND ");
            in(sql, parameters, summary ? "s.level" : "coalesce(f.level, '')", query.levels().stream().sorted().toList());
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND ");
            in(sql, parameters, alias + "status", query.statuses().stream().sorted().toList());
        }
        if (query.metric().isMoney()) {
            sql.append(" AND ").append(alias).append("unit = ? AND ")
                    .append(summary ? "s.valued > 0" : "f.value IS NOT NULL");
            parameters.add(query.currency());
        }
        if (query.yearLimited()) {
            sql.append(" AND ").append(alias).append("year > 0"); // undated facts fall outside any range
        }
        if (query.fromYear() != null) {
            sql.append(" AND ").append(alias).append("year >= ?");
            parameters.add(query.fromYear());
        }
        if (query.toYear() != null) {
            sql.append(" AND ").append(alias).append("year <= ?");
            parameters.add(query.toYear());
        }
        return new Filter(sql.toString(), parameters);
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        sql.append(column).append(" IN (").append("?, ".repeat(values.size() - 1)).append("?)");
        parameters.addAll(values);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** Every pair with at least one matching fact; pairs without facts are absent (not zero). */
    public List<PairValue> matrix(PairQuery query) {
        Query sql = query(query);
        return cells(sql.sql(), sql.parameters());
    }

    /** The SQL the matrix of {@code query} runs, with its parameters (benchmarks replay it in psql). */
    public record Query(String sql, List<Object> parameters) {
        /** The SQL with each parameter written in as a literal. */
        public String inlined() {
            StringBuilder text = new StringBuilder();
            int next = 0;
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    Object value = parameters.get(next++);
                    text.append(value instanceof Number ? value.toString() : "'" + value.toString().replace("'", "''") + "'");
                } else {
                    text.append(c);
                }
            }
            return text.toString();
        }
    }

    public Query query(PairQuery query) {
        return query.metric().aggregate() == PairMetric.Aggregate.LATEST_YEAR ? latestYear(query) : totals(query);
    }

    private Query totals(PairQuery query) {
        Filter filter = filter(query, true);
        String value = query.metric().isMoney() ? "sum(s.total), sum(s.valued), sum(CASE WHEN s.status = 'expected'"
                + " THEN s.valued ELSE 0 END)" : "sum(s.facts), sum(s.facts), sum(CASE WHEN s.status = 'expected'"
                + " THEN s.facts ELSE 0 END)";
        String sql = "SELECT s.by_region, s.ru_region, " + value + ", NULL FROM region_pair_summary s"
                + filter.sql() + " GROUP BY s.by_region, s.ru_region ORDER BY s.by_region, s.ru_region";
        return new Query(sql, filter.parameters());
    }

    /**
     * Each pair's latest year with a whole-year figure (the summary finds it), then that year's facts
     * (through the pair index): the lowest value where sources differ, every report counted.
     */
    private Query latestYear(PairQuery query) {
        Filter summary = filter(query, true);
        Filter facts = filter(query, false);
        String latest = "WITH latest AS (SELECT s.by_region, s.ru_region, max(s.year) AS year FROM region_pair_summary s"
                + summary.sql() + " AND s.partial = 0 AND s.year > 0 GROUP BY s.by_region, s.ru_region)";
        String expected = "sum(CASE WHEN f.status = 'expected' THEN 1 ELSE 0 END)";
        String annual = " AND coalesce(f.period, '') IN ('', 'annual')";
        String sql = database.dialect().latestYearValues(latest, expected, facts.sql(), annual);
        List<Object> parameters = new ArrayList<>(summary.parameters());
        parameters.addAll(facts.parameters());
        return new Query(sql, parameters);
    }

    private List<PairValue> cells(String sql, List<Object> parameters) {
        return database.read(conn -> {
            List<PairValue> cells = new ArrayList<>();
            try (PreparedStatement statement = conn.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        Integer year = row.getObject(6) == null ? null : row.getInt(6);
                        cells.add(new PairValue(row.getString(1), row.getString(2), row.getDouble(3), row.getInt(4),
                                row.getInt(5), year));
                    }
                }
            }
            return cells;
        });
    }

    /**
     * The facts behind one cell, newest first, undated last: the documents the cell counts (their first
     * statement matches the filters) with every statement of each, whatever it says, and the other facts
     * that match.
     */
    public List<RegionFact> facts(String belarusianRegion, String russianRegion, PairQuery query, int limit) {
        Filter filter = filter(query, false);
        String sql = "SELECT g.*, " + Rows.SOURCE_COLUMNS + " FROM region_fact g JOIN source s ON s.id = g.source"
                + " WHERE g.by_region = ? AND g.ru_region = ? AND coalesce(g.document, g.id) IN (SELECT f.id FROM"
                + " region_fact f" + filter.sql() + " AND f.by_region = ? AND f.ru_region = ? AND f.document IS NULL)"
                + " ORDER BY g.year IS NULL, g.year DESC, g.id LIMIT ?";
        return database.read(conn -> {
            try (PreparedStatement statement = conn.prepareStatement(sql)) {
                List<Object> parameters = new ArrayList<>(List.of(belarusianRegion, russianRegion));
                parameters.addAll(filter.parameters());
                parameters.add(belarusianRegion);
                parameters.add(russianRegion);
                parameters.add(limit);
                bind(statement, parameters);
                return RegionRepository.readFacts(statement);
            }
        });
    }

    /**
     * The kinds of a metric's group that facts have, for the filter; for money, only the kinds with a
     * value in a currency (a growth in percent is no choice of a trade volume).
     */
    public List<String> kindsPresent(PairMetric metric) {
        String money = metric.isMoney() ? " AND valued > 0 AND unit IN (" + quoted(Tables.CURRENCIES) + ")" : "";
        return database.read(conn -> readStrings(conn, "SELECT DISTINCT kind FROM region_pair_summary WHERE kind IN ("
                + quoted(metric.kinds()) + ")" + money + " ORDER BY kind"));
    }

    /** The levels facts state ("" for none), for the filter. */
    public List<String> levelsPresent() {
        return strings("SELECT DISTINCT level FROM region_pair_summary ORDER BY level");
    }

    /** Currencies a money metric has values in. */
    public List<String> currencies(PairMetric metric) {
        return database.read(conn -> readStrings(conn, "SELECT DISTINCT unit FROM region_pair_summary WHERE kind IN ("
                + quoted(metric.kinds()) + ") AND valued > 0 AND unit IN (" + quoted(Tables.CURRENCIES)
                + ") ORDER BY unit DESC"));
    }

    /** Keys of the app's own vocabulary, never text from outside, as SQL literals. */
    private static String quoted(List<String> keys) {
        return String.join(", ", keys.stream().map(key -> "'" + key.replace("'", "''") + "'").toList());
    }

    private List<String> strings(String sql) {
        return database.read(conn -> readStrings(conn, sql));
    }

    private static List<String> readStrings(Connection conn, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = conn.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}

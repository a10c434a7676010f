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
        if (query.metric() == PairMetric.TRADE) {
            sql.append(alias).append("kind = ?");
            parameters.add(PairQuery.TRADE_KIND);
        } else if (query.kinds().isEmpty()) {
            sql.append(alias).append("kind <> ?");
            parameters.add(PairQuery.TRADE_KIND);
        } else {
            sql.append(alias).append("kind IN (").append("?, ".repeat(query.kinds().size() - 1)).append("?)");
            parameters.addAll(query.kinds().stream().sorted().toList());
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

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** Every pair with at least one matching fact; pairs without facts are absent (not zero). */
    public List<PairValue> matrix(PairQuery query) {
        Filter filter = filter(query, true);
        String value = query.metric().isMoney() ? "sum(s.total), sum(s.valued)" : "sum(s.facts), sum(s.facts)";
        String sql = "SELECT s.by_region, s.ru_region, " + value + " FROM region_pair_summary s"
                + filter.sql() + " GROUP BY s.by_region, s.ru_region";
        return database.read(conn -> {
            List<PairValue> cells = new ArrayList<>();
            try (PreparedStatement statement = conn.prepareStatement(sql)) {
                bind(statement, filter.parameters());
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        cells.add(new PairValue(row.getString(1), row.getString(2), row.getDouble(3), row.getInt(4)));
                    }
                }
            }
            return cells;
        });
    }

    /** The facts behind one cell, newest first, undated last. */
    public List<RegionFact> facts(String belarusianRegion, String russianRegion, PairQuery query, int limit) {
        Filter filter = filter(query, false);
        String sql = "SELECT f.*, " + Rows.SOURCE_COLUMNS + " FROM region_fact f JOIN source s ON s.id = f.source"
                + filter.sql() + " AND f.by_region = ? AND f.ru_region = ?"
                + " ORDER BY f.year IS NULL, f.year DESC, f.id LIMIT ?";
        return database.read(conn -> {
            try (PreparedStatement statement = conn.prepareStatement(sql)) {
                List<Object> parameters = new ArrayList<>(filter.parameters());
                parameters.add(belarusianRegion);
                parameters.add(russianRegion);
                parameters.add(limit);
                bind(statement, parameters);
                return RegionRepository.readFacts(statement);
            }
        });
    }

    /** Kinds of document present, for the filter (trade is a metric of its own). */
    public List<String> documentKinds() {
        return strings("SELECT DISTINCT kind FROM region_pair_summary WHERE kind <> 'trade' ORDER BY kind");
    }

    /** Currencies present for a money metric. */
    public List<String> currencies(PairMetric metric) {
        String kindFilter = metric == PairMetric.TRADE ? "kind = 'trade'" : "kind <> 'trade'";
        return strings("SELECT DISTINCT unit FROM region_pair_summary WHERE " + kindFilter
                + " AND valued > 0 AND unit <> '' ORDER BY unit DESC");
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

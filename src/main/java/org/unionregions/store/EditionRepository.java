package org.unionregions.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.unionregions.model.Edition;
import org.unionregions.model.Figure;
import org.unionregions.model.FigureStatus;
import org.unionregions.model.Metric;
import org.unionregions.model.Qualifier;

/** Forum editions and the figures reported for them, each with its source. */
public final class EditionRepository {

    private static final String EDITION_QUERY = "SELECT e.*, " + Rows.SOURCE_COLUMNS
            + " FROM edition e LEFT JOIN source s ON s.id = e.theme_source";
    private static final String FIGURE_QUERY = "SELECT f.*, " + Rows.SOURCE_COLUMNS
            + " FROM edition_figure f JOIN source s ON s.id = f.source";

    private final Database database;

    public EditionRepository(Database database) {
        this.database = database;
    }

    public List<Edition> editions() {
        return database.read(conn -> {
            List<Edition> editions = new ArrayList<>();
            try (PreparedStatement statement = conn.prepareStatement(EDITION_QUERY + " ORDER BY e.number");
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    editions.add(new Edition(
                            row.getInt("number"),
                            row.getInt("year"),
                            Rows.nullableDate(row, "start_date"),
                            Rows.nullableDate(row, "end_date"),
                            row.getString("host_city"),
                            row.getString("host_region"),
                            row.getString("host_country"),
                            row.getString("format"),
                            row.getString("theme"),
                            Rows.source(row)));
                }
            }
            return editions;
        });
    }

    /** Every figure of every edition, in edition order, then metric, then the order they were entered. */
    public List<Figure> figures() {
        return database.read(conn -> {
            try (PreparedStatement statement =
                         conn.prepareStatement(FIGURE_QUERY + " ORDER BY f.edition, f.metric, f.id")) {
                return readFigures(statement);
            }
        });
    }

    private static List<Figure> readFigures(PreparedStatement statement) throws java.sql.SQLException {
        List<Figure> figures = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                figures.add(new Figure(
                        row.getLong("id"),
                        row.getInt("edition"),
                        Metric.fromKey(row.getString("metric")),
                        Rows.nullableDouble(row, "value"),
                        row.getString("unit"),
                        FigureStatus.fromKey(row.getString("status")),
                        Qualifier.fromKey(row.getString("qualifier")),
                        row.getString("as_stated"),
                        Rows.source(row)));
            }
        }
        return figures;
    }
}

package org.unionregions.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.unionregions.model.Qualifier;
import org.unionregions.model.TradeFigure;

/** Belarus-Russia trade turnover per year; one row per source and statistical basis. */
public final class TradeRepository {

    private final Database database;

    public TradeRepository(Database database) {
        this.database = database;
    }

    public List<TradeFigure> tradeFigures() {
        return database.read(conn -> {
            List<TradeFigure> figures = new ArrayList<>();
            String sql = "SELECT t.*, " + Rows.SOURCE_COLUMNS
                    + " FROM trade_figure t JOIN source s ON s.id = t.source ORDER BY t.year, t.id";
            try (PreparedStatement statement = conn.prepareStatement(sql);
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    figures.add(new TradeFigure(
                            row.getLong("id"),
                            row.getInt("year"),
                            row.getDouble("value"),
                            row.getString("currency"),
                            row.getString("basis"),
                            Qualifier.fromKey(row.getString("qualifier")),
                            row.getString("as_stated"),
                            Rows.source(row),
                            row.getString("period")));
                }
            }
            return figures;
        });
    }
}

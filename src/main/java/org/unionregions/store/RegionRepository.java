package org.unionregions.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.unionregions.model.Country;
import org.unionregions.model.Region;
import org.unionregions.model.RegionFact;

/** Regions of both countries and the facts about pairs of them. */
public final class RegionRepository {

    private final Database database;

    public RegionRepository(Database database) {
        this.database = database;
    }

    public List<Region> regions() {
        return database.read(conn -> {
            List<Region> regions = new ArrayList<>();
            try (PreparedStatement statement =
                         conn.prepareStatement("SELECT * FROM region ORDER BY country, name_en");
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    regions.add(new Region(row.getString("code"), Country.valueOf(row.getString("country")),
                            row.getString("name_en"), row.getString("name_ru"), row.getString("name_be")));
                }
            }
            return regions;
        });
    }

    /** Every fact naming the region (Belarusian or Russian), newest first, undated last. */
    public List<RegionFact> factsOf(String regionCode) {
        return database.read(conn -> {
            String sql = "SELECT f.*, " + Rows.SOURCE_COLUMNS + " FROM region_fact f JOIN source s ON s.id = f.source"
                    + " WHERE f.by_region = ? OR f.ru_region = ? ORDER BY f.year IS NULL, f.year DESC, f.id";
            try (PreparedStatement statement = conn.prepareStatement(sql)) {
                statement.setString(1, regionCode);
                statement.setString(2, regionCode);
                return readFacts(statement);
            }
        });
    }

    public List<RegionFact> regionFacts() {
        return database.read(conn -> {
            String sql = "SELECT f.*, " + Rows.SOURCE_COLUMNS
                    + " FROM region_fact f JOIN source s ON s.id = f.source ORDER BY f.id";
            try (PreparedStatement statement = conn.prepareStatement(sql)) {
                return readFacts(statement);
            }
        });
    }

    static List<RegionFact> readFacts(PreparedStatement statement) throws java.sql.SQLException {
        List<RegionFact> facts = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                facts.add(new RegionFact(row.getLong("id"), row.getString("by_region"),
                        row.getString("ru_region"), Rows.nullableInt(row, "year"),
                        Rows.nullableInt(row, "edition"), row.getString("signed_on"), row.getString("kind"),
                        row.getString("level"), row.getString("status"), row.getString("title"),
                        Rows.nullableDouble(row, "value"), row.getString("unit"), row.getString("qualifier"),
                        row.getString("period"), row.getString("as_stated"), Rows.source(row)));
            }
        }
        return facts;
    }
}

package org.unionregions.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.unionregions.model.Country;
import org.unionregions.model.Region;
import org.unionregions.model.RegionFact;
import org.unionregions.model.RegionTotal;

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

    /**
     * What the region states about itself (its own totals), newest first, with their sources, each with
     * the registry's own count of what it counts (from the matrix's summary: documents counted once).
     */
    public List<RegionTotal> totalsOf(String regionCode) {
        return totals(" WHERE t.region = ?", regionCode);
    }

    /** Every region's own totals, by region and newest first: the matrix's row headings. */
    public List<RegionTotal> totals() {
        return totals("", null);
    }

    private List<RegionTotal> totals(String where, String regionCode) {
        return database.read(conn -> {
            List<RegionTotal> totals = new ArrayList<>();
            try (PreparedStatement statement = conn.prepareStatement("SELECT t.*, " + Rows.SOURCE_COLUMNS
                    + " FROM region_total t JOIN source s ON s.id = t.source" + where
                    + " ORDER BY t.region, t.year IS NULL, t.year DESC, t.id")) {
                if (regionCode != null) {
                    statement.setString(1, regionCode);
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        totals.add(new RegionTotal(row.getLong("id"), row.getString("region"),
                                Rows.nullableInt(row, "year"), row.getString("measure"), row.getDouble("value"),
                                row.getString("level"), row.getString("as_stated"), Rows.source(row), 0));
                    }
                }
            }
            List<RegionTotal> counted = new ArrayList<>();
            for (RegionTotal total : totals) {
                counted.add(new RegionTotal(total.id(), total.region(), total.year(), total.measure(), total.value(),
                        total.level(), total.asStated(), total.source(), registryCount(conn, total)));
            }
            return counted;
        });
    }

    /**
     * The registry's count of what a region's own total counts, from its signed documents: partner
     * regions with a document its government, council or the state signed; such agreements; such
     * documents; or partner regions with a city twinning.
     */
    private static int registryCount(java.sql.Connection conn, RegionTotal total) throws java.sql.SQLException {
        String regional = " AND level IN ('region', 'parliament', 'national')";
        String documents = " AND kind IN (" + String.join(", ", org.unionregions.model.Kind.keysIn(
                org.unionregions.model.Kind.Group.DOCUMENT).stream().map(kind -> "'" + kind + "'").toList()) + ")";
        String sql = switch (total.measure()) {
            case "partner_regions" -> "SELECT count(DISTINCT ru_region)" + " FROM region_pair_summary WHERE"
                    + " by_region = ? AND status = 'reported'" + documents + regional;
            case "agreements_with_russia" -> "SELECT coalesce(sum(facts), 0) FROM region_pair_summary WHERE"
                    + " by_region = ? AND status = 'reported' AND kind = 'agreement'" + regional;
            case "documents_with_russia" -> "SELECT coalesce(sum(facts), 0) FROM region_pair_summary WHERE"
                    + " by_region = ? AND status = 'reported'" + documents + regional;
            default -> "SELECT count(DISTINCT ru_region) FROM region_pair_summary WHERE by_region = ?"
                    + " AND status = 'reported' AND kind = 'twinning' AND level = 'city'";
        };
        try (PreparedStatement count = conn.prepareStatement(sql)) {
            count.setString(1, total.region());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
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
            boolean chosenPlans = Rows.hasColumn(row, "carries_out"); // read during a migration to version 8 too
            while (row.next()) {
                facts.add(new RegionFact(row.getLong("id"), row.getString("by_region"),
                        row.getString("ru_region"), Rows.nullableInt(row, "year"),
                        Rows.nullableInt(row, "edition"), row.getString("signed_on"), row.getString("kind"),
                        row.getString("level"), row.getString("status"), row.getString("title"),
                        Rows.nullableDouble(row, "value"), row.getString("unit"), row.getString("qualifier"),
                        row.getString("period"), row.getString("as_stated"), Rows.source(row),
                        Rows.nullableInt(row, "valid_from"), Rows.nullableInt(row, "valid_to"),
                        Rows.nullableLong(row, "document"), chosenPlans ? Rows.nullableLong(row, "carries_out") : null));
            }
        }
        return facts;
    }
}

package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The region-pair summary (schema version 2) is kept by triggers on region_fact. A bulk import sets
 * them aside and adds its own rows here instead, by one GROUP BY over the facts it added.
 */
final class RegionPairSummary {

    private RegionPairSummary() {
    }

    /** Adds the facts with an id above {@code lastIdBefore} to the summary, as the triggers would have. */
    static void addFactsAfter(Connection conn, long lastIdBefore) throws SQLException {
        try (PreparedStatement upsert = conn.prepareStatement("INSERT INTO main.region_pair_summary"
                + " (by_region, ru_region, kind, year, unit, facts, valued, total)"
                + " SELECT by_region, ru_region, kind, coalesce(year, 0), coalesce(unit, ''), count(*), count(value),"
                + " coalesce(sum(value), 0) FROM main.region_fact WHERE id > ? GROUP BY 1, 2, 3, 4, 5"
                + " ON CONFLICT (kind, year, unit, by_region, ru_region) DO UPDATE SET facts = facts + excluded.facts,"
                + " valued = valued + excluded.valued, total = total + excluded.total")) {
            upsert.setLong(1, lastIdBefore);
            upsert.executeUpdate();
        }
    }
}

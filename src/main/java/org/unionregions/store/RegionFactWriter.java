package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.unionregions.model.NewRegionFact;

/**
 * Writes region-pair facts: one at a time for the edit form, or a whole import in one transaction.
 * A large import sets the summary triggers and secondary indexes aside inside its transaction, then
 * rebuilds them (the summary only for the rows it added): ten times faster, and just as atomic.
 */
public final class RegionFactWriter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RegionFactWriter.class);

    /** Below this many rows the per-row triggers are cheaper than rebuilding. */
    static final int BULK_THRESHOLD = 20_000;
    private static final int BATCH = 5_000;
    private static final int BULK_CACHE_KIB = 64 * 1024;

    private static final String INSERT = "INSERT INTO region_fact (by_region, ru_region, year, edition, signed_on,"
            + " kind, title, value, unit, as_stated, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;

    public RegionFactWriter(Database database) {
        this.database = database;
    }

    /** Inserts all facts or none. {@code cancelled} is polled between batches; progress gets rows written. */
    public int insertAll(List<NewRegionFact> facts, BooleanSupplier cancelled, IntConsumer progress) {
        long start = System.nanoTime();
        boolean bulk = facts.size() >= BULK_THRESHOLD;
        int count;
        try {
            count = insertInOneTransaction(facts, bulk, cancelled, progress, start);
        } finally {
            if (bulk) { // the cache size is not part of the transaction: give the pages back however it ended
                database.read(conn -> {
                    setCacheSize(conn, Database.CACHE_KIB);
                    return null;
                });
            }
        }
        LOG.info("{} facts written and committed in {} ms", count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }

    private int insertInOneTransaction(List<NewRegionFact> facts, boolean bulk, BooleanSupplier cancelled,
                                       IntConsumer progress, long start) {
        return database.inTransaction(conn -> {
            List<String> setAside = bulk ? setAsideTriggersAndIndexes(conn) : List.of();
            if (bulk) {
                setCacheSize(conn, BULK_CACHE_KIB); // the index rebuild sorts in memory rather than on disk
            }
            try (PreparedStatement insert = conn.prepareStatement(INSERT)) {
                BatchedInsert.run(insert, facts, RegionFactWriter::bind, BATCH, cancelled, progress);
            }
            if (bulk) {
                long inserted = System.nanoTime();
                addToSummary(conn, facts);
                long summarised = System.nanoTime();
                try (Statement statement = conn.createStatement()) {
                    for (String sql : setAside) {
                        statement.execute(sql);
                    }
                }
                LOG.info("bulk import of {} facts: insert {} ms, summary {} ms, indexes and triggers {} ms",
                        facts.size(), (inserted - start) / 1_000_000, (summarised - inserted) / 1_000_000,
                        (System.nanoTime() - summarised) / 1_000_000);
            }
            return facts.size();
        });
    }

    /** Adds one fact (the edit form); returns its id. */
    public long insert(NewRegionFact fact) {
        return database.inTransaction(conn -> {
            try (PreparedStatement insert = conn.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, fact);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void update(long id, NewRegionFact fact) {
        database.inTransaction(conn -> {
            try (PreparedStatement update = conn.prepareStatement("UPDATE region_fact SET by_region = ?,"
                    + " ru_region = ?, year = ?, edition = ?, signed_on = ?, kind = ?, title = ?, value = ?, unit = ?,"
                    + " as_stated = ?, source = ? WHERE id = ?")) {
                bind(update, fact);
                update.setLong(12, id);
                if (update.executeUpdate() != 1) {
                    throw new SQLException("no agreement with id " + id);
                }
            }
            return null;
        });
    }

    public void delete(long id) {
        database.inTransaction(conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM region_fact WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /** The duplicate keys (see {@link NewRegionFact#duplicateKey()}) of the facts stored for one pair. */
    public java.util.Set<NewRegionFact.Key> existingKeys(String belarusianRegion, String russianRegion) {
        return database.read(conn -> {
            java.util.Set<NewRegionFact.Key> keys = new java.util.HashSet<>();
            try (PreparedStatement query = conn.prepareStatement("SELECT year, edition, signed_on, kind, title,"
                    + " value, unit, source FROM region_fact WHERE by_region = ? AND ru_region = ?")) {
                query.setString(1, belarusianRegion);
                query.setString(2, russianRegion);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        keys.add(new NewRegionFact(belarusianRegion, russianRegion, Rows.nullableInt(row, "year"),
                                Rows.nullableInt(row, "edition"), row.getString("signed_on"), row.getString("kind"),
                                row.getString("title"), Rows.nullableDouble(row, "value"), row.getString("unit"),
                                null, row.getString("source")).duplicateKey());
                    }
                }
            }
            return keys;
        });
    }

    /** Typed setters: setObject's type dispatch was a tenth of a million-row import. */
    private static void bind(PreparedStatement statement, NewRegionFact fact) throws SQLException {
        statement.setString(1, fact.belarusianRegion());
        statement.setString(2, fact.russianRegion());
        setInteger(statement, 3, fact.year());
        setInteger(statement, 4, fact.editionNumber());
        statement.setString(5, fact.signedOn());
        statement.setString(6, fact.kind());
        statement.setString(7, fact.title());
        if (fact.value() == null) {
            statement.setNull(8, Types.REAL);
        } else {
            statement.setDouble(8, fact.value());
        }
        statement.setString(9, fact.unit());
        statement.setString(10, fact.asStated());
        statement.setString(11, fact.sourceId());
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setCacheSize(Connection conn, int kibibytes) throws SQLException {
        try (Statement statement = conn.createStatement()) {
            statement.execute("PRAGMA cache_size = -" + kibibytes);
        }
    }

    /** Drops region_fact's triggers and secondary indexes, returning the SQL that recreates them. */
    private static List<String> setAsideTriggersAndIndexes(Connection conn) throws SQLException {
        List<String> recreate = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement statement = conn.createStatement();
             ResultSet row = statement.executeQuery("SELECT type, name, sql FROM sqlite_master"
                     + " WHERE tbl_name = 'region_fact' AND type IN ('trigger', 'index') AND sql IS NOT NULL")) {
            while (row.next()) {
                drop.add("DROP " + row.getString(1).toUpperCase() + " " + row.getString(2));
                recreate.add(row.getString(3));
            }
        }
        try (Statement statement = conn.createStatement()) {
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        return recreate;
    }

    /** One cell of region_pair_summary, as its key columns are stored (no year: 0, no unit: ''). */
    private record SummaryKey(String belarusianRegion, String russianRegion, String kind, int year, String unit) {
    }

    /**
     * The summary rows of a bulk import, added up here from the facts in memory (in insertion order,
     * as the triggers add them) rather than by a GROUP BY that re-reads and sorts a million rows.
     */
    private static void addToSummary(Connection conn, List<NewRegionFact> facts) throws SQLException {
        Map<SummaryKey, double[]> cells = new HashMap<>();
        for (NewRegionFact fact : facts) {
            double[] cell = cells.computeIfAbsent(new SummaryKey(fact.belarusianRegion(), fact.russianRegion(),
                    fact.kind(), fact.year() == null ? 0 : fact.year(), fact.unit() == null ? "" : fact.unit()),
                    key -> new double[3]);
            cell[0]++;
            if (fact.value() != null) {
                cell[1]++;
                cell[2] += fact.value();
            }
        }
        try (PreparedStatement upsert = conn.prepareStatement("INSERT INTO region_pair_summary"
                + " (by_region, ru_region, kind, year, unit, facts, valued, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (kind, year, unit, by_region, ru_region) DO UPDATE SET facts = facts + excluded.facts,"
                + " valued = valued + excluded.valued, total = total + excluded.total")) {
            for (Map.Entry<SummaryKey, double[]> cell : cells.entrySet()) {
                SummaryKey key = cell.getKey();
                upsert.setString(1, key.belarusianRegion());
                upsert.setString(2, key.russianRegion());
                upsert.setString(3, key.kind());
                upsert.setInt(4, key.year());
                upsert.setString(5, key.unit());
                upsert.setLong(6, (long) cell.getValue()[0]);
                upsert.setLong(7, (long) cell.getValue()[1]);
                upsert.setDouble(8, cell.getValue()[2]);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}

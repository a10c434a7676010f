package org.unionregions.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.unionregions.store.Database;

/**
 * Made-up region-pair facts for benchmarks and scale tests: every Belarusian x Russian pair, all
 * editions, every kind, money in USD and RUB. The database is marked illustrative, so the app labels
 * it wherever it is shown. Never used for the default database.
 */
public final class SyntheticData {

    static final String SOURCE_ID = "SYNTHETIC";
    private static final String[] DOCUMENT_KINDS = {"agreement", "action plan", "district agreement",
        "representative office"};

    private SyntheticData() {
    }

    /** Adds {@code rows} synthetic facts in one transaction; returns how many were written. */
    public static int fill(Database database, int rows, long seed) {
        database.markIllustrative();
        return database.inTransaction(conn -> {
            try (Statement statement = conn.createStatement()) {
                statement.executeUpdate("INSERT OR IGNORE INTO source (id, publisher, note) VALUES ('" + SOURCE_ID
                        + "', 'Synthetic benchmark data', 'ILLUSTRATIVE: generated, not facts')");
            }
            List<String> belarusian = codes(conn, "BY");
            List<String> russian = codes(conn, "RU");
            List<int[]> editions = new ArrayList<>();
            try (Statement statement = conn.createStatement();
                 ResultSet row = statement.executeQuery("SELECT number, year FROM edition ORDER BY number")) {
                while (row.next()) {
                    editions.add(new int[] {row.getInt(1), row.getInt(2)});
                }
            }
            SplittableRandom random = new SplittableRandom(seed);
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO region_fact (by_region, ru_region,"
                    + " year, edition, kind, value, unit, as_stated, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    int[] edition = editions.get(random.nextInt(editions.size()));
                    int kindPick = random.nextInt(100);
                    insert.setString(1, belarusian.get(random.nextInt(belarusian.size())));
                    insert.setString(2, russian.get(random.nextInt(russian.size())));
                    insert.setInt(3, edition[1]);
                    if (kindPick < 15) {
                        insert.setNull(4, java.sql.Types.INTEGER);
                        insert.setString(5, "trade");
                        boolean usd = random.nextBoolean();
                        insert.setDouble(6, usd ? 1e5 + random.nextInt(50_000_000) : 1e7 + random.nextInt(2_000_000_000));
                        insert.setString(7, usd ? "USD" : "RUB");
                    } else {
                        insert.setInt(4, edition[0]);
                        insert.setString(5, DOCUMENT_KINDS[kindPick % DOCUMENT_KINDS.length]);
                        if (kindPick < 45) {
                            boolean usd = random.nextBoolean();
                            insert.setDouble(6, usd ? 1e5 + random.nextInt(20_000_000)
                                    : 1e6 + random.nextInt(1_000_000_000));
                            insert.setString(7, usd ? "USD" : "RUB");
                        } else {
                            insert.setNull(6, java.sql.Types.REAL);
                            insert.setNull(7, java.sql.Types.VARCHAR);
                        }
                    }
                    insert.setString(8, "synthetic #" + i);
                    insert.setString(9, SOURCE_ID);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (Statement statement = conn.createStatement()) {
                statement.execute("ANALYZE");
            }
            return rows;
        });
    }

    private static List<String> codes(java.sql.Connection conn, String country) throws java.sql.SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement statement = conn.prepareStatement("SELECT code FROM region WHERE country = ?"
                + " ORDER BY code")) {
            statement.setString(1, country);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    codes.add(row.getString(1));
                }
            }
        }
        return codes;
    }
}

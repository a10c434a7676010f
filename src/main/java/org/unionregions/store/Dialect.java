package org.unionregions.store;

/**
 * What the two engines spell differently. Everything else the repositories write is SQL both
 * accept; a repository asks its database's dialect for the rest.
 */
public enum Dialect {
    SQLITE("BEGIN IMMEDIATE"),
    /** Writers take one advisory lock (as SQLite's one writer): a duplicate check and its insert never race. */
    POSTGRESQL("BEGIN");

    /** The key of the advisory lock every write transaction on a server holds until it ends. */
    static final long WRITE_LOCK = 0x5552_4547_0001L;
    /** The key of the lock a migration holds: one client migrates, the others wait and then find it done. */
    static final long MIGRATION_LOCK = 0x5552_4547_0002L;

    private final String begin;

    Dialect(String begin) {
        this.begin = begin;
    }

    /** The statement that opens a write transaction. */
    String begin() {
        return begin;
    }

    /** {@code column} equals a bound value, NULL equal to NULL. */
    public String sameAs(String column) {
        return same(column, "?");
    }

    /** {@code left} equals {@code right} (two column expressions), NULL equal to NULL. */
    public String same(String left, String right) {
        return left + (this == SQLITE ? " IS " : " IS NOT DISTINCT FROM ") + right;
    }

    /** The engine behind a connection (the static writers get only a connection). */
    static Dialect of(java.sql.Connection connection) throws java.sql.SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? POSTGRESQL : SQLITE;
    }

    /**
     * The id of the change log entry the open transaction wrote first: writers are one at a time on
     * both engines, and on a server the session's own counter says it exactly.
     */
    String currentChange() {
        return this == SQLITE ? "(SELECT max(id) FROM change_log)" : "currval(pg_get_serial_sequence('change_log', 'id'))";
    }

    /**
     * Each pair's lowest figure, fact count and expected count in its latest year: {@code latest} is a
     * CTE of (by_region, ru_region, year), {@code factsWhere} filters the facts (alias f, from WHERE on),
     * {@code annual} keeps whole-year figures. On a server each pair's year is looked up through the
     * pair index (LATERAL): the planner otherwise joined by scanning every fact, 370 ms at a million
     * facts instead of a few.
     */
    String latestYearValues(String latest, String expected, String factsWhere, String annual) {
        if (this == POSTGRESQL) {
            return latest + " SELECT l.by_region, l.ru_region, x.lowest, x.facts, x.expected, l.year FROM latest l"
                    + " CROSS JOIN LATERAL (SELECT min(f.value) AS lowest, count(*) AS facts, " + expected
                    + " AS expected FROM region_fact f" + factsWhere
                    + " AND f.by_region = l.by_region AND f.ru_region = l.ru_region AND f.year = l.year" + annual
                    + ") x WHERE x.facts > 0 ORDER BY l.by_region, l.ru_region";
        }
        return latest + " SELECT l.by_region, l.ru_region, min(f.value), count(*), " + expected + ", l.year"
                + " FROM latest l JOIN region_fact f ON f.by_region = l.by_region AND f.ru_region = l.ru_region"
                + " AND f.year = l.year" + factsWhere + annual
                + " GROUP BY l.by_region, l.ru_region, l.year ORDER BY l.by_region, l.ru_region";
    }

    /** Sets a key of the meta table, replacing its value. */
    String upsertMeta() {
        return "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
    }
}

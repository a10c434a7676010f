package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code copy}: a whole registry, with its saved views, decks and history, from one database to
 * another (a file to a team database or back), in one transaction on the target: all of it, or
 * nothing. The target's own rows are replaced; a target holding changes people made is only replaced
 * when the caller says so.
 */
public final class RegistryCopy {

    /** Every table that holds the registry, each after the tables it refers to. */
    static final List<String> TABLES = SchemaTables.ALL.stream().map(SchemaTables.Table::name).toList();
    private static final int BATCH = 1_000;

    private RegistryCopy() {
    }

    /** Copies everything in {@code from} into {@code to}; returns the rows copied per table. */
    public static Map<String, Integer> copy(Database from, Database to, boolean replace) {
        if (from.where().equals(to.where())) {
            throw new StoreException(StoreException.Reason.OTHER, "--from and --to are the same database ("
                    + to.where() + "). Nothing was copied.");
        }
        if (from.schemaVersion() != Database.LATEST_SCHEMA_VERSION) {
            throw new StoreException(StoreException.Reason.OTHER, from.where() + " has schema version "
                    + from.schemaVersion() + "; open it once with this version of the app (or run init --db on it)"
                    + " to upgrade it, then copy. Nothing was copied.");
        }
        if (to.role() != Role.OWNER) {
            throw new StoreException(StoreException.Reason.NOT_ALLOWED, "Only a member of union_regions_owner may"
                    + " replace the registry of " + to.where() + ". Nothing was copied.", to.where());
        }
        if (!replace) {
            refuseWherePeopleChangedThings(to);
        }
        Map<String, Integer> copied = new LinkedHashMap<>();
        return from.readConsistently(source -> to.inTransaction(new Database.Change("copy", "from " + from.where(),
                null, true), target -> {
            to.engine().beginCopyIn(target);
            try (Statement statement = target.createStatement()) {
                List<String> referringFirst = new ArrayList<>(TABLES);
                Collections.reverse(referringFirst);
                for (String table : referringFirst) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            for (String table : TABLES) {
                copied.put(table, copyTable(source, target, table));
            }
            to.engine().endCopyIn(target, SchemaTables.ALL.stream().filter(SchemaTables.Table::numbered)
                    .map(SchemaTables.Table::name).toList());
            String summary = RegionPairSummary.disagreement(target);
            if (!"ok".equals(summary)) {
                throw new StoreException(StoreException.Reason.OTHER, "The copy was not saved: " + summary);
            }
            return copied;
        }));
    }

    private static void refuseWherePeopleChangedThings(Database to) {
        String changes = to.read(conn -> {
            try (Statement statement = conn.createStatement();
                 ResultSet row = statement.executeQuery("SELECT count(*), max(made_at) FROM change_log"
                         + " WHERE action NOT IN ('migrate', 'copy')")) {
                return row.next() && row.getInt(1) > 0 ? row.getInt(1) + (row.getInt(1) == 1 ? " change" : " changes")
                        + ", the last on " + row.getString(2) : null;
            }
        });
        if (changes != null) {
            throw new StoreException(StoreException.Reason.OTHER, to.where() + " holds " + changes
                    + " made by people; a copy would replace them. Add --replace if that is what you want."
                    + " Nothing was copied.");
        }
    }

    private static int copyTable(Connection source, Connection target, String table) throws SQLException {
        int rows = 0;
        try (Statement read = source.createStatement()) {
            read.setFetchSize(BATCH);
            try (ResultSet row = read.executeQuery("SELECT * FROM " + table + " ORDER BY " + SchemaTables.copyOrder(table))) {
                ResultSetMetaData columns = row.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    names.add(columns.getColumnName(i));
                }
                try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " ("
                        + String.join(", ", names) + ") VALUES (" + String.join(", ", names.stream().map(n -> "?")
                        .toList()) + ")")) {
                    while (row.next()) {
                        for (int i = 1; i <= names.size(); i++) {
                            Object value = row.getObject(i);
                            TableWriter.bind(insert, i, value instanceof Float number ? (Object) number.doubleValue()
                                    : value);
                        }
                        insert.addBatch();
                        if (++rows % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        }
        return rows;
    }
}

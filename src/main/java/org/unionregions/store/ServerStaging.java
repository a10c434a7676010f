package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.TableDef;

/**
 * An import's checked rows, copied from the local staging file into a temporary table of the server
 * session, so the duplicate check and the insert run on the server as one statement each (what
 * ATTACH gives on SQLite). The temporary table is the session's own and is dropped afterwards.
 */
final class ServerStaging {

    static final String TABLE = "pg_temp.staging_rows";
    private static final int BATCH = 2_000;

    private ServerStaging() {
    }

    static <T> T withCopied(Database database, Staging staging, Supplier<T> work) {
        Connection server = database.connection();
        try {
            copy(staging, server);
        } catch (SQLException e) {
            dropQuietly(server);
            throw StoreException.of("Cannot send the import's rows to", database.where(), e).withNothingChanged();
        }
        try {
            return work.get();
        } finally {
            dropQuietly(server);
        }
    }

    private static void copy(Staging staging, Connection server) throws SQLException {
        TableDef table = staging.table();
        List<String> columns = new ArrayList<>(List.of("line", "key_hash"));
        columns.addAll(table.columnNames());
        List<String> definitions = new ArrayList<>(List.of("line bigint PRIMARY KEY", "key_hash bigint"));
        for (ColumnDef column : table.columns()) {
            definitions.add(column.name() + " " + switch (column.type()) {
                case INTEGER, EDITION -> "integer";
                case NUMBER -> "double precision";
                default -> "text";
            });
        }
        try (Statement statement = server.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TEMPORARY TABLE staging_rows (" + String.join(", ", definitions) + ")");
        }
        String list = String.join(", ", columns);
        try (Statement read = staging.connection().createStatement();
             ResultSet row = read.executeQuery("SELECT " + list + " FROM rows ORDER BY line");
             PreparedStatement insert = server.prepareStatement("INSERT INTO " + TABLE + " (" + list + ") VALUES ("
                     + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")) {
            int pending = 0;
            while (row.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    TableWriter.bind(insert, i, row.getObject(i)); // a long into an integer column: the server casts
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        try (Statement statement = server.createStatement()) {
            statement.execute("ANALYZE " + TABLE);
        }
    }

    private static void dropQuietly(Connection server) {
        try (Statement statement = server.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
        } catch (SQLException ignored) {
            // the session's temporary table goes with the session anyway
        }
    }
}

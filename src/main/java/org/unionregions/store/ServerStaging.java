package org.unionregions.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.TableDef;

/**
 * An import's checked rows, copied from the local staging file into a temporary table of the server
 * session, so the duplicate check and the insert run on the server as one statement each (what
 * ATTACH gives on SQLite). The temporary table is the session's own and is dropped afterwards.
 */
final class ServerStaging {

    static final String TABLE = "pg_temp.staging_rows";
    private static final int BUFFER = 1 << 20;

    private ServerStaging() {
    }

    /**
     * Runs {@code work} on a server with the staged rows to hand: they are copied to the session's
     * temporary table only when a statement compares them with the registry ({@link #ensureCopied});
     * an import that needs no comparison sends them straight into the table ({@link #copyInto}).
     */
    static <T> T withStaged(Database database, Staging staging, Supplier<T> work) {
        try {
            return work.get();
        } finally {
            if (staging.onServer()) {
                staging.onServer(false);
                dropQuietly(database.connection());
            }
        }
    }

    /** Copies the staged rows into the session's temporary table, once, before a statement reads them there. */
    static void ensureCopied(Connection server, Staging staging) throws SQLException {
        if (staging.onServer()) {
            return;
        }
        try {
            copy(staging, server);
            staging.onServer(true);
        } catch (SQLException | RuntimeException e) {
            dropQuietly(server);
            throw e;
        }
    }

    /**
     * COPY of the staged rows, in file order, straight into {@code table}: the server's bulk path, every
     * row checked by the schema as an INSERT would be. {@code cancelled} is asked between pieces.
     */
    static int copyInto(Connection server, Staging staging, String table, List<String> columns,
                        BooleanSupplier cancelled, IntConsumer progress) throws SQLException {
        String list = String.join(", ", columns);
        CopyIn copy = server.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + list
                + ") FROM STDIN (FORMAT csv)");
        int rows = 0;
        try (Statement read = staging.connection().createStatement();
             ResultSet row = read.executeQuery("SELECT " + list + " FROM rows ORDER BY line")) {
            StringBuilder lines = new StringBuilder(BUFFER + 4096);
            // COPY's CSV: NULL is nothing, every other value quoted (so "" is an empty text)
            CSVPrinter printer = new CSVPrinter(lines, CSVFormat.POSTGRESQL_CSV);
            while (row.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    printer.print(row.getObject(i));
                }
                printer.println();
                rows++;
                if (lines.length() >= BUFFER) {
                    send(copy, lines);
                    if (cancelled.getAsBoolean()) {
                        throw new CancelledException();
                    }
                    progress.accept(rows);
                }
            }
            send(copy, lines);
            copy.endCopy();
            progress.accept(rows);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder is written to, which does not fail
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
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
        copyInto(server, staging, TABLE, columns, () -> false, rows -> { });
        try (Statement statement = server.createStatement()) {
            statement.execute("ANALYZE " + TABLE);
        }
    }

    private static void send(CopyIn copy, StringBuilder lines) throws SQLException {
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        lines.setLength(0);
    }

    private static void dropQuietly(Connection server) {
        try (Statement statement = server.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
        } catch (SQLException ignored) {
            // the session's temporary table goes with the session anyway
        }
    }
}

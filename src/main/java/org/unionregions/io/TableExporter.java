package org.unionregions.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.unionregions.store.Database;

/**
 * Exports a whole table to CSV (UTF-8 with BOM, so Excel shows Cyrillic) or XLSX. Text that a
 * spreadsheet would run as a formula (= + - @ at the start) is prefixed with an apostrophe. The file
 * is written beside the target and moved into place, so a failure never leaves half a file.
 */
public final class TableExporter {

    public enum Format { CSV, XLSX }

    /** The tables a user may export: all of them. */
    public static final List<String> TABLES = Database.TABLES;

    private final Database database;

    public TableExporter(Database database) {
        this.database = database;
    }

    /** Writes the table; returns the number of data rows. */
    public int export(String table, Format format, Path target) throws IOException {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("unknown table " + table + "; tables: " + String.join(", ", TABLES));
        }
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        int rows = database.read(conn -> {
            try (Statement statement = conn.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
                return format == Format.CSV ? writeCsv(result, temporary) : writeXlsx(result, table, temporary);
            } catch (IOException e) {
                throw new java.sql.SQLException("cannot write " + temporary + ": " + e.getMessage(), e);
            }
        });
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /** Text a spreadsheet would evaluate becomes inert text. */
    public static String neutralise(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static int writeCsv(ResultSet result, Path file) throws IOException, java.sql.SQLException {
        ResultSetMetaData meta = result.getMetaData();
        int columns = meta.getColumnCount();
        int rows = 0;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            for (int i = 1; i <= columns; i++) {
                printer.print(meta.getColumnName(i));
            }
            printer.println();
            while (result.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    printer.print(value instanceof String text ? neutralise(text) : plainNumber(value));
                }
                printer.println();
                rows++;
            }
        }
        return rows;
    }

    private static Object plainNumber(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return number.longValue(); // 300000000, not 3.0E8
        }
        return value;
    }

    private static int writeXlsx(ResultSet result, String table, Path file) throws IOException, java.sql.SQLException {
        ResultSetMetaData meta = result.getMetaData();
        int columns = meta.getColumnCount();
        int rows = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(table);
            Row header = sheet.createRow(0);
            for (int i = 1; i <= columns; i++) {
                header.createCell(i - 1).setCellValue(meta.getColumnName(i));
            }
            while (result.next()) {
                Row row = sheet.createRow(++rows);
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i - 1);
                    if (value instanceof Number number && meta.getColumnType(i) != Types.VARCHAR) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(neutralise(value.toString()));
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return rows;
    }
}

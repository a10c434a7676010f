package org.unionregions.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unionregions.i18n.Messages;
import org.unionregions.model.TableDef;
import org.unionregions.store.Database;
import org.unionregions.store.TableBrowser;

/**
 * Exports a whole table to CSV (UTF-8 with BOM, so Excel shows Cyrillic) or XLSX. Text that a
 * spreadsheet would run as a formula (= + - @ at the start) is prefixed with an apostrophe. Written
 * through {@link OutputFile}: whole or not at all, never over a database, a folder or a device.
 */
public final class TableExporter {

    public enum Format { CSV, XLSX }

    /** The most characters an XLSX cell holds (Excel's limit). */
    static final int XLSX_CELL_LIMIT = 32_767;

    private final TableBrowser tables;

    public TableExporter(Database database) {
        this(new TableBrowser(database));
    }

    public TableExporter(TableBrowser tables) {
        this.tables = tables;
    }

    /** Writes the table; returns the number of data rows. */
    public int export(TableDef table, Format format, Path target) throws IOException {
        return writeInPlaceOf(target, temporary -> format == Format.CSV ? writeCsv(table, temporary)
                : writeXlsx(table, temporary));
    }

    /**
     * Writes an empty import template for the table: one row of column headings in the language of
     * {@code messages} (the importer reads the headings of every language), no data.
     */
    public void template(TableDef table, Format format, Path target, Messages messages) throws IOException {
        List<String> headings = table.columns().stream().map(column -> ColumnHeaders.heading(column, messages))
                .toList();
        writeInPlaceOf(target, temporary -> {
            if (format == Format.CSV) {
                try (CSVPrinter printer = spreadsheetCsv(temporary)) {
                    printer.printRecord(headings);
                }
            } else {
                try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temporary)) {
                    Sheet sheet = workbook.createSheet(table.name());
                    Row header = sheet.createRow(0);
                    for (int i = 0; i < headings.size(); i++) {
                        header.createCell(i).setCellValue(headings.get(i));
                        sheet.setColumnWidth(i, Math.min(60, Math.max(12, headings.get(i).length() + 4)) * 256);
                    }
                    sheet.createFreezePane(0, 1);
                    workbook.write(out);
                }
            }
            return 0;
        });
    }

    /**
     * Writes rows of text under their headings as CSV (UTF-8 with BOM, formulas made inert), whole or
     * not at all: the figures behind a chart, for a spreadsheet.
     */
    public static void writeRows(Path target, List<String> headings, List<List<String>> rows) throws IOException {
        OutputFile.write(target, temporary -> {
            try (CSVPrinter printer = spreadsheetCsv(temporary)) {
                printer.printRecord(headings);
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(TableExporter::neutralise).toList());
                }
            }
        });
    }

    /** A CSV file as spreadsheets read it: UTF-8 with a BOM (so Excel shows Cyrillic), RFC 4180. */
    private static CSVPrinter spreadsheetCsv(Path file) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            return new CSVPrinter(writer, CSVFormat.RFC4180); // closing the printer closes the writer
        } catch (IOException e) {
            writer.close();
            throw e;
        }
    }

    /** Writes through {@link OutputFile}; returns the rows the content wrote. */
    private interface Content {
        int writeTo(Path temporary) throws IOException;
    }

    private int writeInPlaceOf(Path target, Content content) throws IOException {
        int[] rows = {0};
        OutputFile.write(target, temporary -> rows[0] = content.writeTo(temporary));
        return rows[0];
    }

    /** Text a spreadsheet would evaluate becomes inert text. */
    public static String neutralise(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private int writeCsv(TableDef table, Path file) throws IOException {
        List<String> columns = table.storedColumns();
        try (CSVPrinter printer = spreadsheetCsv(file)) {
            printer.printRecord(columns);
            return tables.forEachRow(table, values -> {
                for (Object value : values) {
                    printer.print(value instanceof String text ? neutralise(text) : plainNumber(value));
                }
                printer.println();
            });
        }
    }

    private static Object plainNumber(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return number.longValue(); // 300000000, not 3.0E8
        }
        return value;
    }

    private int writeXlsx(TableDef table, Path file) throws IOException {
        List<String> columns = table.storedColumns();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(table.name());
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            int[] rows = {0};
            tables.forEachRow(table, values -> {
                Row row = sheet.createRow(++rows[0]);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        String text = neutralise(value.toString());
                        if (text.length() > XLSX_CELL_LIMIT) {
                            throw new OutputFile.RefusedException(table.name() + " row " + values.get(0) + ", column "
                                    + columns.get(i) + ": " + text.length() + " characters, more than an XLSX cell"
                                    + " holds (" + XLSX_CELL_LIMIT + "); export as CSV instead");
                        }
                        row.createCell(i).setCellValue(text);
                    }
                }
            });
            workbook.write(out);
            return rows[0];
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}

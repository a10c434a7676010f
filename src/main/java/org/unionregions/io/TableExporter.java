package org.unionregions.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.unionregions.model.TableDef;
import org.unionregions.store.Database;
import org.unionregions.store.TableBrowser;

/**
 * Exports a whole table to CSV (UTF-8 with BOM, so Excel shows Cyrillic) or XLSX. Text that a
 * spreadsheet would run as a formula (= + - @ at the start) is prefixed with an apostrophe. The file
 * is written to a temporary file beside the target and moved into place, so a failure never leaves
 * half a file; a target that is the database itself, its journal, a folder or a device is refused.
 */
public final class TableExporter {

    public enum Format { CSV, XLSX }

    /** A target the export must not write: the message says why. */
    public static final class RefusedTargetException extends IOException {
        public RefusedTargetException(String message) {
            super(message);
        }
    }

    /** The most characters an XLSX cell holds (Excel's limit). */
    static final int XLSX_CELL_LIMIT = 32_767;

    private final Database database;
    private final TableBrowser tables;

    public TableExporter(Database database) {
        this.database = database;
        this.tables = new TableBrowser(database);
    }

    /** Writes the table; returns the number of data rows. */
    public int export(TableDef table, Format format, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        refuseTarget(absolute);
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        boolean moved = false;
        try {
            int rows = format == Format.CSV ? writeCsv(table, temporary) : writeXlsx(table, temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return rows;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The database, its -wal, -shm or -journal, a folder, a device, a missing folder: never written over. */
    private void refuseTarget(Path target) throws IOException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new RefusedTargetException(target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new RefusedTargetException(target + " is a folder; give the name of the file to write");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            throw new RefusedTargetException(target + " is a device, a pipe or another special file; it was not"
                    + " written");
        }
        Path db = database.file().toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path part = Path.of(db + suffix);
            boolean same = part.equals(target) || Files.exists(target) && Files.exists(part)
                    && Files.isSameFile(part, target);
            if (same) {
                throw new RefusedTargetException(target + " is the database " + (suffix.isEmpty() ? "itself"
                        : "'s " + suffix.substring(1) + " file") + "; the export would destroy it. Choose another"
                        + " file name");
            }
        }
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
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
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
                            throw new RefusedTargetException(table.name() + " row " + values.get(0) + ", column "
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

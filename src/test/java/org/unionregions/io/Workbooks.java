package org.unionregions.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a one-sheet XLSX for a test: text cells, number cells, date cells and formulas as a spreadsheet has them. */
final class Workbooks {

    /** A formula cell, saved without a result (never calculated). */
    record Formula(String formula) {
    }

    /** A number cell shown as a date (dd.mm.yyyy): Excel's day serial. */
    record DateSerial(double serial) {
    }

    private Workbooks() {
    }

    /** The first row is the header; a null cell is left out. */
    static Path write(Path file, Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("facts");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Formula formula) {
                        cell.setCellFormula(formula.formula());
                    } else if (value instanceof DateSerial date) {
                        cell.setCellValue(date.serial());
                        cell.setCellStyle(dates);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}

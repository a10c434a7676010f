package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.model.Tables;
import org.unionregions.store.Database;

class TableExporterTest {

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("export.db"));
        database.inTransaction(conn -> conn.createStatement().executeUpdate("INSERT INTO source (id, publisher)"
                + " VALUES ('EVIL', '=HYPERLINK(\"http://x\",\"click\")')"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void csvHasABomCyrillicAndNoLiveFormulas() throws Exception {
        Path file = dir.resolve("regions.csv");
        assertEquals(90, new TableExporter(database).export(Tables.REGION, TableExporter.Format.CSV, file));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("BY-MI,BY,Minsk Oblast,Минская область,Мінская вобласць"), text.substring(0, 300));

        Path sources = dir.resolve("sources.csv");
        new TableExporter(database).export(Tables.SOURCE, TableExporter.Format.CSV, sources);
        List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("EVIL,\"'=HYPERLINK(")), lines.toString());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".part")).toList(), "no .part file stays");
        }
    }

    @Test
    void xlsxOpensWithNumbersAsNumbers() throws Exception {
        Path file = dir.resolve("trade.xlsx");
        int rows = new TableExporter(database).export(Tables.TRADE_FIGURE, TableExporter.Format.XLSX, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("trade_figure");
            assertEquals(rows, sheet.getLastRowNum());
            assertEquals("value", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals(4.0e10, sheet.getRow(1).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void neutraliseOnlyTouchesFormulaStarts() {
        assertEquals("'=1+1", TableExporter.neutralise("=1+1"));
        assertEquals("'@SUM(A1)", TableExporter.neutralise("@SUM(A1)"));
        assertEquals("Minsk", TableExporter.neutralise("Minsk"));
    }
}

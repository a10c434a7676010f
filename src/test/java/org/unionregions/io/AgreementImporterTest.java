package org.unionregions.io;

import org.unionregions.i18n.Messages;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TestData;
import org.unionregions.model.NewRegionFact;
import org.unionregions.store.CancelledException;
import org.unionregions.store.DataStore;
import org.unionregions.store.RegionFactWriterAccess;

class AgreementImporterTest {

    static final String HEADER = "by_region,ru_region,year,edition,kind,value,unit,as_stated,source\n";

    @TempDir
    Path dir;
    private DataStore store;
    private AgreementImporter importer;

    @BeforeEach
    void open() {
        store = TestData.bundled(dir);
        importer = new AgreementImporter(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private int facts() {
        return store.database().rowCounts().get("region_fact");
    }

    @Test
    void utf8CommaFileIsImportedWithEveryColumn() throws Exception {
        Path file = write("good.csv", HEADER
                + "Vitebsk Oblast,Smolensk Oblast,2024,XI,agreement,,,\"signed at the XI Forum\",S54\n"
                + "BY-HO,RU-BRY,2025,,trade,\"12,345.5\",usd,\"$12,345.5\",R9\n", StandardCharsets.UTF_8);
        ImportPreview preview = importer.preview(file);
        assertEquals(List.of(), preview.problems());
        assertEquals(2, preview.rows().size());
        NewRegionFact trade = preview.rows().get(1);
        assertEquals(12345.5, trade.value());
        assertEquals("USD", trade.unit());
        assertEquals(11, preview.rows().get(0).editionNumber());
        int before = facts();
        assertEquals(2, importer.commit(preview, () -> false, rows -> { }));
        assertEquals(before + 2, facts());
    }

    @Test
    void windows1251SemicolonFileWithRussianHeadersAndDecimalComma() throws Exception {
        Path file = write("ru.csv", "Регион Беларуси;Регион России;Год;Вид;Сумма;Валюта;Источник\n"
                + "Гомельская область;Брянская область;2024;trade;62,6;USD;R9\n"
                + "Минская область;Смоленская область;2019;соглашение;;;R1\n", Charset.forName("windows-1251"));
        ImportPreview preview = importer.preview(file);
        assertEquals("Windows-1251", preview.file().encoding());
        assertEquals(';', preview.file().separator());
        assertEquals(List.of(), preview.problems());
        assertEquals(62.6, preview.rows().get(0).value());
        assertEquals("BY-MI", preview.rows().get(1).belarusianRegion());
        assertEquals("соглашение", preview.rows().get(1).kind());
    }

    @Test
    void utf8WithBomAndXlsxAreReadToo() throws Exception {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + HEADER + "Brest Oblast,Tver Oblast,2024,11,action plan,,,,R3\n")
                .getBytes(StandardCharsets.UTF_8));
        ImportPreview fromBom = importer.preview(bom);
        assertEquals("UTF-8 (BOM)", fromBom.file().encoding());
        assertEquals(List.of(), fromBom.problems());
        assertEquals("RU-TVE", fromBom.rows().get(0).russianRegion());

        Path xlsx = dir.resolve("facts.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("facts");
            String[] header = {"Регион Беларуси", "Регион России", "Год", "Вид", "Сумма", "Валюта", "Источник"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            Row data = sheet.createRow(1);
            data.createCell(0).setCellValue("Mogilev Oblast");
            data.createCell(1).setCellValue("Kaluga Oblast");
            data.createCell(2).setCellValue(2022);
            data.createCell(3).setCellValue("trade");
            data.createCell(4).setCellValue(1.5e7);
            data.createCell(5).setCellValue("USD");
            data.createCell(6).setCellValue("R4");
            workbook.write(out);
        }
        ImportPreview fromXlsx = importer.preview(xlsx);
        assertEquals(List.of(), fromXlsx.problems());
        assertEquals(2022, fromXlsx.rows().get(0).year());
        assertEquals(1.5e7, fromXlsx.rows().get(0).value());
    }

    @Test
    void everyProblemNamesFileLineColumnValueAndWhy() throws Exception {
        Path file = write("bad.csv", HEADER
                + "Vitebsk,Smolensk Oblast,2024,,agreement,,,,S54\n"
                + "Minsk Oblast,Minsk City,2024,,agreement,,,,S54\n"
                + "Minsk Oblast,Smolensk Oblast,2023,XI,agreement,,,,S54\n"
                + "Minsk Oblast,Smolensk Oblast,2024,,trade,-5,USD,,S54\n"
                + "Minsk Oblast,Smolensk Oblast,2024,,trade,5,,,S54\n"
                + "Minsk Oblast,Smolensk Oblast,2024,,agreement,,,,\n"
                + "Minsk Oblast,Smolensk Oblast,twenty,,agreement,,,,S54\n", StandardCharsets.UTF_8);
        ImportPreview preview = importer.preview(file);
        List<String> described = preview.problems().stream().map(ImportProblem::describe).toList();
        assertEquals(List.of(
                "bad.csv:2: column 'by_region' = 'Vitebsk': unknown region; did you mean Vitebsk Oblast (BY-VI)?",
                "bad.csv:3: column 'ru_region' = 'Minsk City': Minsk City is a region of BY; this column takes"
                        + " regions of RU",
                "bad.csv:4: column 'edition' = 'XI': the XI Forum was held in 2024, not in 2023",
                "bad.csv:5: column 'value' = '-5': negative value",
                "bad.csv:6: column 'unit' = '': a value needs its currency (USD, RUB, BYN, EUR, CNY); money is"
                        + " never mixed",
                "bad.csv:7: column 'source' = '': missing source: every fact needs the id of a source (see Sources)",
                "bad.csv:8: column 'year' = 'twenty': not a whole number"), described);
        assertThrows(IllegalStateException.class, () -> importer.commit(preview, () -> false, rows -> { }));
    }

    @Test
    void problemsAreWordedInTheInterfaceLanguage() throws Exception {
        Path file = write("ru-bad.csv", HEADER + "Vitebsk,Smolensk Oblast,2024,,agreement,,,,S54\n",
                StandardCharsets.UTF_8);
        var messages = org.unionregions.i18n.Messages.forLanguage("ru");
        ImportProblem problem = new AgreementImporter(store, messages).preview(file).problems().get(0);
        assertEquals("ru-bad.csv:2: столбец 'by_region' = 'Vitebsk': неизвестный регион; возможно, имелся в виду"
                + " Витебская область (BY-VI)?", problem.describe(messages));
    }

    @Test
    void missingColumnsAreNamedWithTheHeadersFound() throws Exception {
        ImportPreview preview = importer.preview(write("cols.csv", "region,partner\nBrest,Pskov\n",
                StandardCharsets.UTF_8));
        assertTrue(preview.problems().get(0).describe().startsWith("cols.csv:1: column 'by_region' = "
                .replace(" = ", "")), preview.problems().get(0).describe());
        assertTrue(preview.problems().get(0).message().contains("headers found: region, partner"));
    }

    @Test
    void oneBadRowAmongTenThousandLeavesTheDatabaseByteForByteUnchanged() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            String region = i == 7_321 ? "Atlantis" : "Minsk Oblast";
            text.append(region).append(",Smolensk Oblast,2024,,trade,").append(1000 + i).append(",USD,,R1\n");
        }
        Path file = write("big.csv", text.toString(), StandardCharsets.UTF_8);
        Path database = store.file();
        store.close();
        byte[] before = sha256(database);
        store = new DataStore(database);
        importer = new AgreementImporter(store);
        ImportPreview preview = importer.preview(file);
        assertEquals(1, preview.problems().size());
        assertEquals(7_323, preview.problems().get(0).line()); // header is line 1, row i is line i + 2
        assertEquals("Atlantis", preview.problems().get(0).value());
        assertThrows(IllegalStateException.class, () -> importer.commit(preview, () -> false, rows -> { }));
        store.close();
        assertArrayEquals(before, sha256(database));
        store = new DataStore(database);
    }

    @Test
    void cancellingABulkImportWritesNothing() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < RegionFactWriterAccess.bulkThreshold() + 10; i++) {
            text.append("Gomel Oblast,Bryansk Oblast,2024,,trade,").append(i).append(",USD,,R8\n");
        }
        ImportPreview preview = importer.preview(write("cancel.csv", text.toString(), StandardCharsets.UTF_8));
        assertEquals(List.of(), preview.problems());
        int before = facts();
        List<String> summaryBefore = summary();
        assertThrows(CancelledException.class,
                () -> importer.commit(preview, () -> true, rows -> { }));
        assertEquals(before, facts());
        assertEquals(summaryBefore, summary());
        assertEquals("ok", store.database().integrityCheck());
        // and the triggers are back: a single insert still reaches the summary
        importer.commit(importer.preview(write("one.csv", HEADER
                + "Gomel Oblast,Tula Oblast,2024,,agreement,,,,R8\n", StandardCharsets.UTF_8)), () -> false, r -> { });
        assertTrue(summary().stream().anyMatch(row -> row.startsWith("BY-HO|RU-TUL")), summary().toString());
    }

    @Test
    void aBulkImportKeepsTheSummaryExactAndTheIndexes() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < RegionFactWriterAccess.bulkThreshold() + 10; i++) {
            text.append(i % 2 == 0 ? "Gomel Oblast" : "Brest Oblast").append(",Bryansk Oblast,").append(2014 + i % 12)
                    .append(",,trade,").append(i).append(",USD,,R8\n");
        }
        importer.commit(importer.preview(write("bulk.csv", text.toString(), StandardCharsets.UTF_8)),
                () -> false, rows -> { });
        assertEquals(recomputedSummary(), summary());
        int indexes = store.database().read(conn -> {
            var row = conn.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE tbl_name ="
                    + " 'region_fact' AND type IN ('index', 'trigger') AND sql IS NOT NULL");
            row.next();
            return row.getInt(1);
        });
        assertEquals(5, indexes); // two indexes, three triggers
    }

    @Test
    void importingTheSameFileTwiceIsReportedNotDoubled() throws Exception {
        Path file = write("twice.csv", HEADER + "Grodno Oblast,Tula Oblast,2024,XI,agreement,,,,R7\n"
                + "Grodno Oblast,Tula Oblast,2024,XI,agreement,,,,R7\n", StandardCharsets.UTF_8);
        ImportPreview first = importer.preview(file);
        assertEquals(List.of("twice.csv:3: duplicate of line 2 in this file"),
                first.problems().stream().map(ImportProblem::describe).toList());
        Path bundledAgain = write("again.csv", HEADER + "Grodno Oblast,Penza Oblast,2024,11,agreement,,,,R7\n",
                StandardCharsets.UTF_8);
        assertTrue(importer.preview(bundledAgain).problems().get(0).message().startsWith("already in the database"));
    }

    @Test
    void randomAndTruncatedFilesNeverCrashAndNeverWrite() throws Exception {
        byte[] good = (HEADER + "Minsk Oblast,Smolensk Oblast,2024,,agreement,,,\"quoted, text\",R1\n")
                .getBytes(StandardCharsets.UTF_8);
        Random random = new Random(7);
        int before = facts();
        for (int i = 0; i < 200; i++) {
            byte[] bytes;
            if (i % 2 == 0) {
                bytes = java.util.Arrays.copyOf(good, random.nextInt(good.length));
            } else {
                bytes = new byte[random.nextInt(400)];
                random.nextBytes(bytes);
            }
            Path file = dir.resolve("fuzz-" + i + ".csv");
            Files.write(file, bytes);
            try {
                ImportPreview preview = importer.preview(file);
                assertTrue(preview.problems().size() + preview.rows().size() >= 0);
            } catch (TableReader.UnreadableFileException expected) {
                assertTrue(expected.getMessage().contains("fuzz-" + i + ".csv"), expected.getMessage());
            }
        }
        assertEquals(before, facts());
    }

    private List<String> summary() {
        return rows("SELECT by_region, ru_region, kind, year, unit, facts, valued, round(total) FROM"
                + " region_pair_summary ORDER BY 1, 2, 3, 4, 5");
    }

    private List<String> recomputedSummary() {
        return rows("SELECT by_region, ru_region, kind, coalesce(year, 0), coalesce(unit, ''), count(*), count(value),"
                + " round(coalesce(sum(value), 0)) FROM region_fact GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5");
    }

    private List<String> rows(String sql) {
        return store.database().read(conn -> {
            List<String> rows = new java.util.ArrayList<>();
            try (var statement = conn.createStatement(); var row = statement.executeQuery(sql)) {
                while (row.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= 8; i++) {
                        line.append(i > 1 ? "|" : "").append(row.getString(i));
                    }
                    rows.add(line.toString());
                }
            }
            return rows;
        });
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}

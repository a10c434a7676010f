package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;
import org.unionregions.store.CancelledException;
import org.unionregions.store.DataStore;

class ImporterTest {

    static final String HEADER = "by_region,ru_region,year,edition,kind,value,unit,as_stated,source\n";
    /** Rows from which an import of region facts takes the bulk path (the writer's threshold). */
    static final int BULK = 20_000;

    @TempDir
    Path dir;
    private DataStore store;
    private Importer importer;
    private final List<ImportPreview> previews = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        store = TestData.bundled(dir);
        importer = importer(Tables.REGION_FACT);
    }

    private Importer importer(TableDef table) {
        return new Importer(store, table, Messages.forLanguage("en"));
    }

    @AfterEach
    void close() {
        previews.forEach(ImportPreview::close);
        store.close();
    }

    /** A preview closed after the test. */
    private ImportPreview preview(Importer with, Path file) throws Exception {
        ImportPreview preview = with.preview(file);
        previews.add(preview);
        return preview;
    }

    private ImportPreview preview(Path file) throws Exception {
        return preview(importer, file);
    }

    private static List<String> described(ImportPreview preview) {
        return preview.problems().stream().map(ImportProblem::describe).toList();
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
        ImportPreview preview = preview(file);
        assertEquals(List.of(), preview.problems());
        assertEquals(2, preview.rowCount());
        Map<String, Object> trade = preview.firstRows().get(1);
        assertEquals(12345.5, trade.get("value"));
        assertEquals("USD", trade.get("unit"));
        assertEquals(11, ((Number) preview.firstRows().get(0).get("edition")).intValue());
        int before = facts();
        assertEquals(2, importer.commit(preview, () -> false, rows -> { }));
        assertEquals(before + 2, facts());
    }

    @Test
    void windows1251SemicolonFileWithRussianHeadersAndDecimalComma() throws Exception {
        Path file = write("ru.csv", "Регион Беларуси;Регион России;Год;Вид;Сумма;Валюта;Источник\n"
                + "Гомельская область;Брянская область;2024;trade;62,6;USD;R9\n"
                + "Минская область;Смоленская область;2019;соглашение;;;R1\n", Charset.forName("windows-1251"));
        ImportPreview preview = preview(file);
        assertEquals("Windows-1251", preview.file().encoding());
        assertEquals(';', preview.file().separator());
        assertEquals("line 2: Гомельская область | Брянская область | 2024 | trade | 62,6 | USD | R9",
                preview.file().sample());
        assertEquals(List.of(), preview.problems());
        assertEquals(62.6, preview.firstRows().get(0).get("value"));
        assertEquals("BY-MI", preview.firstRows().get(1).get("by_region"));
        assertEquals("trade_turnover", preview.firstRows().get(0).get("kind"), "the vocabulary's key for 'trade'");
        assertEquals("agreement", preview.firstRows().get(1).get("kind"), "the vocabulary's key for 'соглашение'");
    }

    @Test
    void utf8WithBomAndXlsxAreReadToo() throws Exception {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + HEADER + "Brest Oblast,Tver Oblast,2024,11,action plan,,,,R3\n")
                .getBytes(StandardCharsets.UTF_8));
        ImportPreview fromBom = preview(bom);
        assertEquals("UTF-8 (BOM)", fromBom.file().encoding());
        assertEquals(List.of(), fromBom.problems());
        assertEquals("RU-TVE", fromBom.firstRows().get(0).get("ru_region"));

        Path xlsx = Workbooks.write(dir.resolve("facts.xlsx"),
                new Object[] {"Регион Беларуси", "Регион России", "Год", "Вид", "Сумма", "Валюта", "Источник"},
                new Object[] {"Mogilev Oblast", "Kaluga Oblast", 2022, "trade", 1.5e7, "USD", "R4"});
        ImportPreview fromXlsx = preview(xlsx);
        assertEquals(List.of(), fromXlsx.problems());
        assertEquals(2022, ((Number) fromXlsx.firstRows().get(0).get("year")).intValue());
        assertEquals(1.5e7, fromXlsx.firstRows().get(0).get("value"));
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
        ImportPreview preview = preview(file);
        assertEquals(List.of(
                "bad.csv:2: column 'by_region' = 'Vitebsk': unknown region; did you mean Vitebsk Oblast (BY-VI)?",
                "bad.csv:3: column 'ru_region' = 'Minsk City': Minsk City is a region of BY; this column takes"
                        + " regions of RU",
                "bad.csv:4: column 'edition' = 'XI': the XI Forum was held in 2024, not in 2023",
                "bad.csv:5: column 'value' = '-5': negative value",
                "bad.csv:6: column 'unit' = '': a value needs its unit: a currency (USD, RUB, BYN, EUR, CNY) or a"
                        + " percentage; money is never mixed",
                "bad.csv:7: column 'source' = '': missing source: every fact needs the id of a source (see Sources)",
                "bad.csv:8: column 'year' = 'twenty': not a whole number"), described(preview));
        assertThrows(IllegalStateException.class, () -> importer.commit(preview, () -> false, rows -> { }));
    }

    @Test
    void problemsAreWordedInTheInterfaceLanguage() throws Exception {
        Path file = write("ru-bad.csv", HEADER + "Vitebsk,Smolensk Oblast,2024,,agreement,,,,S54\n",
                StandardCharsets.UTF_8);
        var messages = Messages.forLanguage("ru");
        ImportProblem problem = preview(new Importer(store, Tables.REGION_FACT, messages), file).problems().get(0);
        assertEquals("ru-bad.csv:2: столбец 'Регион Беларуси' = 'Vitebsk': неизвестный регион; возможно, имелся в виду"
                + " Витебская область (BY-VI)?", problem.describe(messages));
    }

    @Test
    void missingColumnsAreNamedWithTheHeadersFound() throws Exception {
        ImportPreview preview = preview(write("cols.csv", "region,partner\nBrest,Pskov\n",
                StandardCharsets.UTF_8));
        ImportProblem missing = preview.problems().stream().filter(p -> p.column().equals("by_region")).findFirst()
                .orElseThrow();
        assertTrue(missing.describe().startsWith("cols.csv:1: column 'by_region'"), missing.describe());
        assertTrue(missing.message().contains("headers found: region, partner"));
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
        importer = importer(Tables.REGION_FACT);
        ImportPreview preview = preview(file);
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
        for (int i = 0; i < BULK + 10; i++) {
            text.append("Gomel Oblast,Bryansk Oblast,2024,,trade,").append(i).append(",USD,,R8\n");
        }
        ImportPreview preview = preview(write("cancel.csv", text.toString(), StandardCharsets.UTF_8));
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
        for (int i = 0; i < BULK + 10; i++) {
            text.append(i % 2 == 0 ? "Gomel Oblast" : "Brest Oblast").append(",Bryansk Oblast,").append(2014 + i % 12)
                    .append(",,trade,").append(i).append(",USD,,R8\n");
        }
        importer.commit(importer.preview(write("bulk.csv", text.toString(), StandardCharsets.UTF_8)),
                () -> false, rows -> { });
        assertEquals(TestData.recomputedSummary(store.database()), summary());
        int indexes = store.database().read(conn -> {
            var row = conn.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE tbl_name ="
                    + " 'region_fact' AND type IN ('index', 'trigger') AND sql IS NOT NULL");
            row.next();
            return row.getInt(1);
        });
        assertEquals(6, indexes); // three indexes (pair, edition, document), three triggers
    }

    @Test
    void importingTheSameFileTwiceIsReportedNotDoubled() throws Exception {
        Path file = write("twice.csv", HEADER + "Grodno Oblast,Tula Oblast,2024,XI,agreement,,,,R7\n"
                + "Grodno Oblast,Tula Oblast,2024,XI,agreement,,,,R7\n", StandardCharsets.UTF_8);
        ImportPreview first = preview(file);
        assertEquals(List.of("twice.csv:3: duplicate of line 2 in this file"), described(first));
        Path bundledAgain = write("again.csv", HEADER + "Grodno Oblast,Penza Oblast,2024,11,agreement,,,,R7\n",
                StandardCharsets.UTF_8);
        assertTrue(preview(bundledAgain).problems().get(0).message().startsWith("already in the database"));
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
            try (ImportPreview preview = importer.preview(file)) {
                assertTrue(preview.problemCount() + preview.rowCount() >= 0);
            } catch (TableReader.UnreadableFileException expected) {
                assertTrue(expected.getMessage().contains("fuzz-" + i + ".csv"), expected.getMessage());
            }
        }
        assertEquals(before, facts());
    }

    // ---- the other tables: the same pipeline, their own rules --------------------------------------

    @Test
    void editionFiguresAreImportedAndReachTheCharts() throws Exception {
        Path file = write("figures.csv", "edition,metric,value,unit,status,qualifier,as_stated,source\n"
                + "13,agreements,42,count,expected,about,\"about 42 planned\",S63\n"
                + "13,contract_value,\"1,5\",USD,expected,,,S63\n", StandardCharsets.UTF_8);
        Importer figures = importer(Tables.EDITION_FIGURE);
        ImportPreview preview = preview(figures, file);
        assertEquals(List.of(), preview.problems());
        int before = count("edition_figure");
        assertEquals(2, figures.commit(preview, () -> false, written -> { }));
        assertEquals(before + 2, count("edition_figure"));
        var stored = store.editions().figures().stream()
                .filter(figure -> figure.editionNumber() == 13 && figure.metric() == org.unionregions.model.Metric.AGREEMENTS)
                .toList();
        assertTrue(stored.stream().anyMatch(figure -> Double.valueOf(42).equals(figure.value())), stored.toString());
    }

    @Test
    void russianSemicolonWindows1251TradeFileIsRead() throws Exception {
        Path file = write("trade.csv", "Год;Значение;Валюта;Основа;Оговорка;Как в источнике;Источник\n"
                + "2025;51000000000;USD;оценка;about;около 51 млрд;T14\n", Charset.forName("windows-1251"));
        ImportPreview preview = preview(importer(Tables.TRADE_FIGURE), file);
        assertEquals(List.of(), preview.problems());
        assertEquals("оценка", preview.firstRows().get(0).get("basis"));
        assertEquals(51e9, preview.firstRows().get(0).get("value"));
    }

    @Test
    void everyBadFieldOfAFigureIsReportedAndNothingIsWritten() throws Exception {
        Path file = write("bad-figures.csv", "edition,metric,value,unit,status,source\n"
                + "13,agreements,5,count,reported,S63\n"
                + "99,agreements,5,count,reported,S63\n"
                + "13,contract_value,-3,count,maybe,NOPE\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(store.file());
        Importer figures = importer(Tables.EDITION_FIGURE);
        ImportPreview preview = preview(figures, file);
        assertEquals(List.of(
                "bad-figures.csv:3: column 'edition' = '99': no forum edition 99 in the database",
                "bad-figures.csv:4: column 'value' = '-3': negative value",
                "bad-figures.csv:4: column 'unit' = 'count': contract value needs its currency (USD, RUB, BYN, EUR, CNY)",
                "bad-figures.csv:4: column 'status' = 'maybe': must be one of: reported, expected",
                "bad-figures.csv:4: column 'source' = 'NOPE': unknown source id; add the source first"),
                described(preview));
        assertEquals(1, preview.rowCount(), "only line 2 is good, and nothing is written while lines 3 and 4 fail");
        assertThrows(IllegalStateException.class, () -> figures.commit(preview, () -> false, written -> { }));
        assertArrayEquals(before, Files.readAllBytes(store.file()));
    }

    @Test
    void aFigureAlreadyStoredOrRepeatedInTheFileIsReportedNotDoubled() throws Exception {
        String stored = "1,participants,305,people,reported,,S1\n"; // shipped with the app
        Path file = write("again-figures.csv", "edition,metric,value,unit,status,qualifier,source\n" + stored
                + "13,participants,1000,people,expected,,S63\n13,participants,1000,people,expected,,S63\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("again-figures.csv:2: already in the database",
                "again-figures.csv:4: duplicate of line 3 in this file"),
                described(preview(importer(Tables.EDITION_FIGURE), file)));
    }

    // ---- hostile input: each of these was read wrongly before -------------------------------------

    @Test
    void oneStrayByteInAUtf8FileIsRefusedByLineNotReadAsWindows1251() throws Exception {
        byte[] good = (HEADER + "Минская область,Смоленская область,2024,,соглашение,,,Договор,R1\n"
                + "Брестская область,Псковская область,2024,,соглашение,,,,R3\n").getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(good, good.length + 1);
        int thirdLine = new String(good, StandardCharsets.UTF_8).indexOf("Брестская");
        int at = new String(good, StandardCharsets.UTF_8).substring(0, thirdLine).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(good, at, damaged, at + 1, good.length - at);
        damaged[at] = (byte) 0xFF;
        Path file = dir.resolve("stray.csv");
        Files.write(file, damaged);
        TableReader.UnreadableFileException refused = assertThrows(TableReader.UnreadableFileException.class,
                () -> importer.preview(file));
        assertEquals("stray.csv:3: byte 0xFF is not UTF-8, though the rest of the file is UTF-8 (a damaged file, or"
                + " two files joined); save it again as UTF-8", refused.getMessage());
    }

    @Test
    void koi8rIsDetectedAndReadAsCyrillic() throws Exception {
        Path file = write("koi8.csv", "Регион Беларуси;Регион России;Год;Вид;Название;Источник\n"
                + "Гомельская область;Брянская область;2024;agreement;Соглашение о сотрудничестве;R9\n",
                Charset.forName("KOI8-R"));
        ImportPreview preview = preview(file);
        assertEquals("KOI8-R", preview.file().encoding());
        assertEquals(List.of(), preview.problems());
        assertEquals("Соглашение о сотрудничестве", preview.firstRows().get(0).get("title"));
    }

    @Test
    void aByteOrderMarkFollowedByBytesThatAreNotUtf8IsRefusedNotTurnedIntoReplacementCharacters() throws Exception {
        byte[] text = (HEADER + "Minsk Oblast,Tula Oblast,2024,,agreement,,,x,R1\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 4];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        withBom[withBom.length - 1] = (byte) 0xC0; // after the last line: line 3
        Path file = dir.resolve("bom-bad.csv");
        Files.write(file, withBom);
        var refused = assertThrows(TableReader.UnreadableFileException.class, () -> importer.preview(file));
        assertTrue(refused.getMessage().startsWith("bom-bad.csv:3: the file starts with a byte-order mark for UTF-8"),
                refused.getMessage());
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndWithoutOneRefusedAsUtf16() throws Exception {
        String text = HEADER + "Минская область,Тульская область,2024,,agreement,,,,R1\n";
        Path withBom = dir.resolve("utf16.csv");
        Files.write(withBom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        ImportPreview preview = preview(withBom);
        assertEquals("UTF-16 (BOM)", preview.file().encoding());
        assertEquals(List.of(), preview.problems());
        assertEquals("RU-TUL", preview.firstRows().get(0).get("ru_region"));
        Path withoutBom = dir.resolve("utf16-nobom.csv");
        Files.write(withoutBom, text.getBytes(StandardCharsets.UTF_16LE));
        var refused = assertThrows(TableReader.UnreadableFileException.class, () -> importer.preview(withoutBom));
        assertEquals("utf16-nobom.csv:1: looks like UTF-16 text without a byte-order mark; save the file as UTF-8 (in"
                + " Excel: CSV UTF-8)", refused.getMessage());
    }

    @Test
    void datesThatDoNotExistAreRefusedNotMovedToTheEndOfTheMonth() throws Exception {
        Path file = write("dates.csv", "by_region,ru_region,signed_on,kind,source\n"
                + "Minsk Oblast,Tula Oblast,31.02.2024,agreement,R1\n"
                + "Minsk Oblast,Tula Oblast,31.04.2024,agreement,R1\n"
                + "Minsk Oblast,Tula Oblast,29.02.2023,agreement,R1\n"
                + "Minsk Oblast,Tula Oblast,2024-06-31,agreement,R1\n"
                + "Minsk Oblast,Tula Oblast,29.02.2024,agreement,R1\n", StandardCharsets.UTF_8);
        ImportPreview preview = preview(file);
        String noSuchDay = "no such day in the calendar (31 February?); check the date";
        assertEquals(List.of("dates.csv:2: column 'signed_on' = '31.02.2024': " + noSuchDay,
                "dates.csv:3: column 'signed_on' = '31.04.2024': " + noSuchDay,
                "dates.csv:4: column 'signed_on' = '29.02.2023': " + noSuchDay,
                "dates.csv:5: column 'signed_on' = '2024-06-31': " + noSuchDay), described(preview));
    }

    @Test
    void anEditionsDatesAreCheckedAsStrictlyInTheForm() {
        RowChecker editions = importer(Tables.EDITION).checker();
        var checked = editions.check(Map.of("number", "14", "year", "2027", "start_date", "30.02.2027")::get);
        assertEquals("no such day in the calendar (31 February?); check the date", checked.problems().get("start_date"));
    }

    @Test
    void theYearRangeHoldsWhicheverColumnTheYearComesFrom() throws Exception {
        Path file = write("years.csv", "by_region,ru_region,signed_on,kind,source\n"
                + "Minsk Oblast,Tula Oblast,+99999-01-01,agreement,R1\n"
                + "Minsk Oblast,Tula Oblast,01.01.0001,agreement,R1\n"
                + "Minsk Oblast,Tula Oblast,01.01.2101,agreement,R1\n", StandardCharsets.UTF_8);
        List<String> problems = described(preview(file));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(1).endsWith("'01.01.0001': the year must be between 1991 and 2100"), problems.get(1));
        assertTrue(problems.get(2).endsWith("the year must be between 1991 and 2100"), problems.get(2));
        assertTrue(problems.get(0).contains("+99999-01-01"), problems.get(0));

        Path xlsx = Workbooks.write(dir.resolve("serial.xlsx"),
                new Object[] {"by_region", "ru_region", "signed_on", "kind", "source"},
                new Object[] {"Minsk Oblast", "Tula Oblast", new Workbooks.DateSerial(99_999_999), "agreement", "R1"},
                new Object[] {"Minsk Oblast", "Tula Oblast", new Workbooks.DateSerial(45_470), "agreement", "R1"});
        ImportPreview fromXlsx = preview(xlsx);
        assertEquals(List.of("serial.xlsx:2: column 'signed_on' = '': the date serial 99999999 is not a date"
                + " (spreadsheets show dates up to 9999-12-31)"), described(fromXlsx));
        assertEquals(1, fromXlsx.rowCount());
    }

    @Test
    void anAmbiguousThousandsGroupIsRefusedUnlessTheFileItselfShowsItsDecimalMark() throws Exception {
        String header = "by_region,ru_region,year,kind,value,unit,source\n";
        ImportPreview alone = preview(write("alone.csv", header
                + "Minsk Oblast,Tula Oblast,2024,trade,\"1,500\",USD,R1\n"
                + "Minsk Oblast,Tula Oblast,2023,trade,1.500,USD,R1\n", StandardCharsets.UTF_8));
        assertEquals(List.of("alone.csv:2: column 'value' = '1,500': 1,500: thousands or decimal? Write 1500 if it is a"
                + " whole number, or 1.5 if it has a fraction: the file's other numbers do not show which mark it uses"
                + " for decimals", "alone.csv:3: column 'value' = '1.500': 1.500: thousands or decimal? Write 1500 if"
                + " it is a whole number, or 1.5 if it has a fraction: the file's other numbers do not show which mark"
                + " it uses for decimals"), described(alone));

        ImportPreview decimalComma = preview(write("comma.csv", header
                + "Minsk Oblast,Tula Oblast,2024,trade,\"1,500\",USD,R1\n"
                + "Minsk Oblast,Tula Oblast,2023,trade,1.500,USD,R1\n"
                + "Minsk Oblast,Tula Oblast,2022,trade,\"62,6\",USD,R1\n", StandardCharsets.UTF_8));
        assertEquals(List.of(), decimalComma.problems());
        assertEquals(List.of(1.5, 1500.0, 62.6), decimalComma.firstRows().stream().map(r -> r.get("value")).toList());

        ImportPreview decimalPoint = preview(write("point.csv", header
                + "Minsk Oblast,Tula Oblast,2024,trade,\"1,500\",USD,R1\n"
                + "Minsk Oblast,Tula Oblast,2022,trade,2.5,USD,R1\n", StandardCharsets.UTF_8));
        assertEquals(List.of(1500.0, 2.5), decimalPoint.firstRows().stream().map(r -> r.get("value")).toList());

        ImportPreview unambiguous = preview(write("plain.csv", header
                + "Minsk Oblast,Tula Oblast,2024,trade,\"1,500,000\",USD,R1\n"
                + "Minsk Oblast,Tula Oblast,2023,trade,\"1 500 000,50\",USD,R1\n", StandardCharsets.UTF_8));
        assertEquals(List.of(), unambiguous.problems(), "1,500,000 groups; 1 500 000,50 has a decimal comma");
        assertEquals(List.of(1_500_000.0, 1_500_000.5), unambiguous.firstRows().stream().map(r -> r.get("value"))
                .toList());
    }

    @Test
    void valuesWhoseSumWouldOverflowAreRefused() throws Exception {
        ImportPreview preview = preview(write("huge.csv", "by_region,ru_region,year,kind,value,unit,source\n"
                + "Minsk Oblast,Tula Oblast,2024,trade,1e308,USD,R1\n"
                + "Minsk Oblast,Tula Oblast,2023,trade,1e308,USD,R1\n", StandardCharsets.UTF_8));
        assertEquals(2, preview.problemCount());
        assertTrue(preview.problems().get(0).message().startsWith("larger than 10^15"));
    }

    @Test
    void aMisspeltHeaderIsAProblemWithTheNearestColumnNotADroppedColumn() throws Exception {
        ImportPreview preview = preview(write("misspelt.csv", "by_region,ru_region,kind,titel,source\n"
                + "Minsk Oblast,Tula Oblast,agreement,On trade,R1\n", StandardCharsets.UTF_8));
        assertEquals(List.of("misspelt.csv:1: column 'titel': no such column; did you mean title? The columns of this"
                + " table are: by_region, ru_region, year, edition, signed_on, kind, level, period, status, title, value,"
                + " unit, qualifier, as_stated, source, valid_from, valid_to, document, carries_out"), described(preview));
        assertFalse(preview.canCommit());
    }

    @Test
    void xlsxCellsHaveTheSameLimitAsCsvAndAFormulaWithoutAResultIsAProblemNotZero() throws Exception {
        Path xlsx = Workbooks.write(dir.resolve("cells.xlsx"),
                new Object[] {"by_region", "ru_region", "year", "kind", "value", "unit", "source"},
                new Object[] {"Minsk Oblast", "Tula Oblast", 2024, "trade", new Workbooks.Formula("A1*2"), "USD", "R1"});
        ImportPreview preview = preview(xlsx);
        assertEquals(List.of("cells.xlsx:2: column 'value' = '': a formula without a saved result; open the file in"
                + " Excel or LibreOffice and save it again"), described(preview));

        Path tooLong = Workbooks.write(dir.resolve("long.xlsx"), new Object[] {"title"},
                new Object[] {"x".repeat(TableReader.MAX_CELL_CHARS + 1)});
        var refused = assertThrows(TableReader.UnreadableFileException.class, () -> importer.preview(tooLong));
        assertEquals("long.xlsx:2: column 1 holds more than 10000 characters; at most 10000 are read",
                refused.getMessage());
    }

    @Test
    void aDamagedWorkbookIsRefusedInOurWordsNotPoisRequestForABugReport() throws Exception {
        Path garbage = dir.resolve("garbage.xlsx");
        Files.write(garbage, "this is not a zip file at all".getBytes(StandardCharsets.UTF_8));
        Path emptyZip = dir.resolve("empty.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(emptyZip))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("no workbook here".getBytes(StandardCharsets.UTF_8));
        }
        for (Path file : List.of(garbage, emptyZip, dir.resolve("old.xls"))) {
            if (file.toString().endsWith(".xls")) {
                Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            }
            var refused = assertThrows(TableReader.UnreadableFileException.class, () -> importer.preview(file));
            assertTrue(refused.getMessage().startsWith(file.getFileName() + ": "), refused.getMessage());
            assertFalse(refused.getMessage().toLowerCase().contains("bugzilla"), refused.getMessage());
            assertTrue(refused.getMessage().contains("XLSX") || refused.getMessage().contains(".xlsx"),
                    refused.getMessage());
        }
    }

    @Test
    void aFolderOrAPipeGivenAsTheFileIsNamedForWhatItIs() throws Exception {
        var folder = assertThrows(TableReader.UnreadableFileException.class, () -> importer.preview(dir));
        assertTrue(folder.getMessage().endsWith("is a folder, not a file"), folder.getMessage());
        Path pipe = dir.resolve("pipe.csv");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(pipe), "mkfifo is available");
        var fifo = assertThrows(TableReader.UnreadableFileException.class, () -> importer.preview(pipe));
        assertTrue(fifo.getMessage().endsWith("is a pipe, a device or another special file, not a table file"),
                fifo.getMessage());
    }

    @Test
    void twoImportsOfOneFileAtOnceStoreItOnceAndTheSecondSaysWhy() throws Exception {
        Path file = write("both.csv", HEADER + "Grodno Oblast,Tula Oblast,2025,,agreement,,,,R7\n"
                + "Brest Oblast,Tula Oblast,2025,,agreement,,,,R7\n", StandardCharsets.UTF_8);
        try (DataStore other = new DataStore(store.file())) { // a second window or command on the same file
            Importer second = new Importer(other, Tables.REGION_FACT, Messages.forLanguage("en"));
            ImportPreview mine = preview(file);
            ImportPreview theirs = second.preview(file);
            assertTrue(mine.canCommit() && theirs.canCommit(), "both checked before either wrote");
            assertEquals(2, importer.commit(mine, () -> false, rows -> { }));
            ImportConflictException conflict = assertThrows(ImportConflictException.class,
                    () -> second.commit(theirs, () -> false, rows -> { }));
            assertEquals(List.of("both.csv:2: already in the database: stored while this file was being checked"
                    + " (another import?)", "both.csv:3: already in the database: stored while this file was being"
                    + " checked (another import?)"), conflict.problems().stream().map(ImportProblem::describe).toList());
            assertTrue(conflict.getMessage().contains("Nothing was written"), conflict.getMessage());
        }
        assertEquals(TestData.bundledFacts() + 2, facts(), "each row once");
    }

    @Test
    void theStagingFileIsGoneOnceThePreviewIsClosedOrCommitted() throws Exception {
        Path file = write("gone.csv", HEADER + "Grodno Oblast,Tula Oblast,2025,,agreement,,,,R7\n",
                StandardCharsets.UTF_8);
        ImportPreview dropped = importer.preview(file);
        Path staging = dropped.staging().file();
        assertTrue(Files.exists(staging));
        dropped.close();
        assertFalse(Files.exists(staging));
        ImportPreview committed = importer.preview(file);
        Path second = committed.staging().file();
        importer.commit(committed, () -> false, rows -> { });
        assertFalse(Files.exists(second));
    }

    private List<String> summary() {
        return TestData.summary(store.database());
    }

    private int count(String table) {
        return store.database().rowCounts().get(table);
    }


    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}

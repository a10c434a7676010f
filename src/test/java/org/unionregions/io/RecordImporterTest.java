package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TestData;
import org.unionregions.model.Metric;
import org.unionregions.store.DataStore;
import org.unionregions.i18n.Messages;

/** Edition figures and trade figures from files: checked per field, all rows or none. */
class RecordImporterTest {

    @TempDir
    Path dir;
    private DataStore store;
    private RecordImporter importer;

    @BeforeEach
    void open() {
        store = TestData.bundled(dir);
        importer = new RecordImporter(store, Messages.forLanguage("en"));
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

    private int rows(String table) {
        return store.database().rowCounts().get(table);
    }

    @Test
    void editionFiguresAreImportedAndReachTheCharts() throws Exception {
        Path file = write("figures.csv", "edition,metric,value,unit,status,qualifier,as_stated,source\n"
                + "13,agreements,42,count,expected,about,\"about 42 planned\",S63\n"
                + "13,contract_value,\"1,5\",USD,expected,,,S63\n", StandardCharsets.UTF_8);
        RecordImporter.RecordPreview preview = importer.preview(file, "edition_figure");
        assertEquals(List.of(), preview.problems());
        int before = rows("edition_figure");
        assertEquals(2, importer.commit(preview, () -> false, written -> { }));
        assertEquals(before + 2, rows("edition_figure"));
        var figures = store.editions().figures().stream()
                .filter(figure -> figure.editionNumber() == 13 && figure.metric() == Metric.AGREEMENTS).toList();
        assertTrue(figures.stream().anyMatch(figure -> Double.valueOf(42).equals(figure.value())), figures.toString());
    }

    @Test
    void russianSemicolonWindows1251TradeFileIsRead() throws Exception {
        Path file = write("trade.csv", "Год;Значение;Валюта;Основа;Оговорка;Как в источнике;Источник\n"
                + "2025;51000000000;USD;оценка;about;около 51 млрд;T14\n", Charset.forName("windows-1251"));
        RecordImporter.RecordPreview preview = importer.preview(file, "trade_figure");
        assertEquals(List.of(), preview.problems());
        assertEquals("оценка", preview.rows().get(0).get("basis"));
        assertEquals(51e9, preview.rows().get(0).get("value"));
    }

    @Test
    void everyBadFieldIsReportedWithLineColumnAndValueAndNothingIsWritten() throws Exception {
        Path file = write("bad.csv", "edition,metric,value,unit,status,source\n"
                + "13,agreements,5,count,reported,S63\n"
                + "99,agreements,5,count,reported,S63\n"
                + "13,contract_value,-3,count,maybe,NOPE\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(store.file());
        RecordImporter.RecordPreview preview = importer.preview(file, "edition_figure");
        List<String> problems = preview.problems().stream().map(ImportProblem::describe).toList();
        assertEquals(List.of(
                "bad.csv:3: column 'edition' = '99': no forum edition with this number in the database",
                "bad.csv:4: column 'value' = '-3': negative value",
                "bad.csv:4: column 'unit' = 'count': contract value needs its currency (USD, RUB, BYN, EUR, CNY)",
                "bad.csv:4: column 'status' = 'maybe': must be one of: reported, expected",
                "bad.csv:4: column 'source' = 'NOPE': unknown source id; add the source first"), problems);
        assertEquals(1, preview.rowCount(), "only line 2 is good, and nothing is written while lines 3 and 4 fail");
        assertThrows(IllegalStateException.class, () -> importer.commit(preview, () -> false, written -> { }));
        assertArrayEquals(before, Files.readAllBytes(store.file()));
    }

    @Test
    void aFigureAlreadyStoredOrRepeatedInTheFileIsReportedNotDoubled() throws Exception {
        String stored = "1,participants,305,people,reported,,S1\n"; // shipped with the app
        Path file = write("again.csv", "edition,metric,value,unit,status,qualifier,source\n" + stored
                + "13,participants,1000,people,expected,,S63\n13,participants,1000,people,expected,,S63\n",
                StandardCharsets.UTF_8);
        List<String> problems = importer.preview(file, "edition_figure").problems().stream()
                .map(ImportProblem::describe).toList();
        assertEquals(List.of("again.csv:2: already in the database", "again.csv:4: duplicate of line 3 in this file"),
                problems);
    }

    @Test
    void metricAndUnitMustAgree() throws Exception {
        Path file = write("unit.csv", "edition,metric,value,unit,status,source\n13,contract_value,5,count,reported,S63\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("unit.csv:2: column 'unit' = 'count': contract value needs its currency (USD, RUB, BYN,"
                + " EUR, CNY)"), importer.preview(file, "edition_figure").problems().stream()
                .map(ImportProblem::describe).toList());
    }
}

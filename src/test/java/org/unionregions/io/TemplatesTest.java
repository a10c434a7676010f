package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;

/** Every shipped template is read by the importer with all its columns recognised. */
class TemplatesTest {

    @TempDir
    Path dir;
    private DataStore store;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachTemplateHasEveryColumnAndNoRows() throws Exception {
        store = TestData.bundled(dir);
        for (String name : List.of("agreements.csv", "agreements-ru.csv", "agreements.xlsx", "agreements-ru.xlsx")) {
            ImportPreview preview = new AgreementImporter(store).preview(Path.of("assets", "templates", name));
            assertEquals(AgreementImporter.COLUMNS.size(), preview.file().headers().size(), name);
            assertEquals(List.of(name + ":2: no data rows below the header"),
                    preview.problems().stream().map(ImportProblem::describe).toList(), name);
        }
    }

    @Test
    void figureTemplatesHaveEveryColumnOfTheirTable() throws Exception {
        store = TestData.bundled(dir);
        RecordImporter importer = new RecordImporter(store, Messages.forLanguage("en"));
        for (String table : List.of("edition_figure", "trade_figure")) {
            String base = table.equals("edition_figure") ? "edition-figures" : "trade-figures";
            for (String name : List.of(base + ".csv", base + "-ru.csv", base + ".xlsx", base + "-ru.xlsx")) {
                Preview preview = importer.preview(Path.of("assets", "templates", name), table);
                assertEquals(TableRules.of(table).orElseThrow().fields().size(), preview.file().headers().size(), name);
                assertEquals(List.of(name + ":2: no data rows below the header"),
                        preview.problems().stream().map(ImportProblem::describe).toList(), name);
            }
        }
    }
}

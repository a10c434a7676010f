package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TempStore;
import org.unionregions.i18n.Messages;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;
import org.unionregions.store.DataStore;

/** A template in any language and format is read back by the importer with every column recognised. */
class TemplatesTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    @TempDir
    Path dir;

    @Test
    void everyTemplateInEveryLanguageHasEveryColumnOfItsTableAndNoRows() throws Exception {
        DataStore store = temp.store();
        TableExporter exporter = new TableExporter(store.database());
        for (TableDef table : Tables.ALL) {
            if (table.templateName().isEmpty()) {
                continue;
            }
            for (String language : Messages.LANGUAGES) {
                for (TableExporter.Format format : TableExporter.Format.values()) {
                    String name = table.templateName().get() + "-" + language + "." + format.name().toLowerCase();
                    Path file = dir.resolve(name);
                    exporter.template(table, format, file, Messages.forLanguage(language));
                    try (ImportPreview preview = new Importer(store, table, Messages.forLanguage("en")).preview(file)) {
                        assertEquals(table.columns().size(), preview.file().headers().size(), name);
                        assertEquals(List.of(name + ":2: no data rows below the header"),
                                preview.problems().stream().map(ImportProblem::describe).toList(), name);
                    }
                }
            }
        }
    }

    @Test
    void theRussianAgreementsTemplateSpeaksRussian() throws Exception {
        Path file = dir.resolve("agreements-ru.csv");
        new TableExporter(temp.store().database()).template(Tables.REGION_FACT, TableExporter.Format.CSV, file,
                Messages.forLanguage("ru"));
        String header = Files.readString(file);
        assertTrue(header.startsWith("\uFEFFРегион Беларуси,Регион России,Год,"), header);
        assertTrue(header.contains("Кто подписал") && header.contains("Источник"), header);
    }
}

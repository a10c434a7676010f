package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.i18n.Messages;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;
import org.unionregions.store.DataStore;

/** Every shipped template is read by the importer with all its columns recognised. */
class TemplatesTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;


    @Test
    void everyTemplateHasEveryColumnOfItsTableAndNoRows() throws Exception {
        store = temp.store();
        for (TableDef table : Tables.ALL) {
            if (table.templateName().isEmpty()) {
                continue;
            }
            String base = table.templateName().get();
            for (String name : List.of(base + ".csv", base + "-ru.csv", base + ".xlsx", base + "-ru.xlsx")) {
                try (ImportPreview preview = new Importer(store, table, Messages.forLanguage("en"))
                        .preview(Path.of("assets", "templates", name))) {
                    assertEquals(table.columns().size(), preview.file().headers().size(), name);
                    assertEquals(List.of(name + ":2: no data rows below the header"),
                            preview.problems().stream().map(ImportProblem::describe).toList(), name);
                }
            }
        }
    }
}

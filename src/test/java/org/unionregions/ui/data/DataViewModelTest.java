package org.unionregions.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TestData;
import org.unionregions.io.TableExporter;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.Messages;

class DataViewModelTest {

    @TempDir
    Path dir;
    private DataStore store;
    private DataViewModel viewModel;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        store = TestData.bundled(dir);
        viewModel = new DataViewModel(store, AsyncRunner.direct(), Messages.forLanguage("en"), changes::incrementAndGet);
        viewModel.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int facts() {
        return store.database().rowCounts().get("region_fact");
    }

    @Test
    void tablesAreBrowsedAndSearched() {
        assertEquals(20, viewModel.pageProperty().get().rows().size());
        assertEquals("rowid", viewModel.pageProperty().get().columns().get(0));
        viewModel.searchProperty().set("RU-PSK");
        assertEquals(3, viewModel.pageProperty().get().rows().size());
        assertEquals("3 rows", viewModel.statusProperty().get());
        viewModel.tableProperty().set("region");
        viewModel.searchProperty().set("Смоленская");
        assertEquals(List.of("RU-SMO"), viewModel.pageProperty().get().rows().stream().map(r -> r.get(1)).toList());
    }

    @Test
    void theFormShowsEachProblemBesideItsFieldAndSavesNothing() {
        viewModel.form().put("by_region", "Vitebsk");
        viewModel.form().put("ru_region", "Tula Oblast");
        viewModel.form().put("kind", "agreement");
        viewModel.form().put("value", "5");
        viewModel.saveForm();
        assertEquals("unknown region; did you mean Vitebsk Oblast (BY-VI)?", viewModel.formErrors().get("by_region"));
        assertTrue(viewModel.formErrors().get("unit").startsWith("a value needs its currency"));
        assertTrue(viewModel.formErrors().get("source").startsWith("missing source"));
        assertEquals(20, facts());
        assertEquals(0, changes.get());
    }

    @Test
    void aValidAgreementIsAddedThenEditedThenDeleted() {
        viewModel.form().put("by_region", "Vitebsk Oblast");
        viewModel.form().put("ru_region", "Тульская область");
        viewModel.form().put("year", "2025");
        viewModel.form().put("edition", "XII");
        viewModel.form().put("kind", "agreement");
        viewModel.form().put("source", "S63");
        viewModel.saveForm();
        assertEquals(java.util.Map.of(), viewModel.formErrors());
        assertEquals(21, facts());
        assertEquals(1, changes.get());
        assertEquals("Agreement added. 21 rows", viewModel.statusProperty().get());
        assertEquals("", viewModel.form().get("by_region"));

        List<String> added = viewModel.pageProperty().get().rows().get(20);
        viewModel.editFact(added);
        assertEquals("BY-VI", viewModel.form().get("by_region"));
        assertTrue(viewModel.isEditing());
        viewModel.form().put("kind", "action plan");
        viewModel.saveForm();
        assertEquals("action plan", store.regions().regionFacts().get(20).kind());
        assertEquals(21, facts());

        viewModel.deleteRow(Long.parseLong(added.get(0)));
        assertEquals(20, facts());
        assertEquals(3, changes.get());
    }

    @Test
    void deletingASourceThatFiguresCiteIsRefusedWithAReason() {
        viewModel.tableProperty().set("source");
        List<String> s45 = viewModel.pageProperty().get().rows().stream().filter(r -> r.get(1).equals("S45"))
                .findFirst().orElseThrow();
        viewModel.deleteRow(Long.parseLong(s45.get(0)));
        assertTrue(viewModel.statusProperty().get().startsWith("This row cannot be deleted"),
                viewModel.statusProperty().get());
        assertEquals(0, changes.get());
    }

    @Test
    void importIsPreviewedThenCommittedWithProgress() throws Exception {
        Path file = dir.resolve("new.csv");
        Files.writeString(file, "Регион Беларуси;Регион России;Год;Вид;Источник\nBrest Oblast;Tver Oblast;2024;"
                + "agreement;R3\nBrest Oblast;Narnia;2024;agreement;R3\n", StandardCharsets.UTF_8);
        viewModel.previewImport(file);
        assertEquals(List.of("new.csv:3: column 'ru_region' = 'Narnia': unknown region"),
                viewModel.importProblems());
        viewModel.commitImport(); // refused while a problem remains
        assertEquals(20, facts());

        Files.writeString(file, "Регион Беларуси;Регион России;Год;Вид;Источник\nBrest Oblast;Tver Oblast;2024;"
                + "agreement;R3\n", StandardCharsets.UTF_8);
        viewModel.previewImport(file);
        assertTrue(viewModel.previewProperty().get().canCommit());
        viewModel.commitImport();
        assertEquals(21, facts());
        assertEquals(1.0, viewModel.importProgressProperty().get());
        assertNull(viewModel.previewProperty().get());
        assertEquals("Imported 1 rows from new.csv. 21 rows", viewModel.statusProperty().get());
        assertEquals(1, changes.get());
    }

    @Test
    void exportWritesTheShownTable() throws Exception {
        viewModel.tableProperty().set("edition");
        Path file = dir.resolve("editions.xlsx");
        viewModel.export(TableExporter.Format.XLSX, file);
        assertTrue(Files.size(file) > 1000);
        assertTrue(viewModel.statusProperty().get().startsWith("Exported 13 rows of Forum editions"));
    }
}

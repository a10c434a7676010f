package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TempStore;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.Importer;
import org.unionregions.model.Tables;

/** Undo and redo of what this window changed, never over what someone else changed since. */
class EditHistoryTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    @TempDir
    Path dir;
    private DataStore store;
    private EditHistory history;

    @BeforeEach
    void open() {
        store = temp.store();
        history = store.history();
    }

    private Map<String, Object> storedFact(String key) {
        return store.database().read(conn -> EditHistory.row(conn, Tables.REGION_FACT, key));
    }

    private int facts() {
        return store.database().rowCounts().get("region_fact");
    }

    @Test
    void anAddAnEditAndADeleteAreUndoneNewestFirstAndRedone() {
        int before = facts();
        String key = history.insert(Tables.REGION_FACT, TestData.fact("BY-MI", "RU-TUL", 2025, "agreement",
                "added", null, null, "R1"));
        Map<String, Object> added = storedFact(key);
        Map<String, Object> edited = new HashMap<>(added);
        edited.put("title", "edited");
        history.update(Tables.REGION_FACT, key, edited);
        history.delete(Tables.REGION_FACT, key);
        assertNull(storedFact(key));

        assertTrue(history.undo().orElseThrow() instanceof EditHistory.Deleted);
        assertEquals("edited", storedFact(key).get("title"), "back with its own id and the values it had");
        assertTrue(history.undo().orElseThrow() instanceof EditHistory.Edited);
        Map<String, Object> undone = storedFact(key);
        assertEquals(3, undone.get("version"), "added, edited, deleted and put back, edited back: each a change others see");
        undone.put("version", added.get("version"));
        assertEquals(added, undone);
        assertTrue(history.undo().orElseThrow() instanceof EditHistory.Added);
        assertNull(storedFact(key));
        assertEquals(before, facts());
        assertTrue(history.undo().isEmpty(), "nothing more than this window did");

        history.redo();
        history.redo();
        assertEquals("edited", storedFact(key).get("title"));
        assertEquals(TestData.recomputedSummary(store.database()), TestData.summary(store.database()));
    }

    @Test
    void aRowChangedSinceInAnotherWindowIsNotUndoneAndNothingChanges() {
        String key = history.insert(Tables.REGION_FACT, TestData.fact("BY-MI", "RU-TUL", 2025, "agreement",
                "mine", null, null, "R1"));
        try (DataStore colleague = new DataStore(store.file())) {
            Map<String, Object> theirs = new HashMap<>(storedFact(key));
            theirs.put("title", "a colleague's correction");
            colleague.writer(Tables.REGION_FACT).update(key, theirs);
        }
        EditHistory.NotUndoneException refused = assertThrows(EditHistory.NotUndoneException.class, history::undo);
        assertEquals(EditHistory.NotUndoneException.Reason.CHANGED_SINCE, refused.reason());
        assertTrue(refused.getMessage().endsWith("Nothing was changed."), refused.getMessage());
        assertEquals("a colleague's correction", storedFact(key).get("title"));
        assertTrue(history.nextUndo().isPresent(), "still there to try again, or to leave");
    }

    @Test
    void anImportIsUndoneExactlyItsRowsWithTheSummaryKeptExact() throws Exception {
        int before = facts();
        List<String> summaryBefore = TestData.summary(store.database());
        Path file = dir.resolve("pairs.csv");
        Files.writeString(file, "by_region,ru_region,year,kind,value,unit,source\n"
                + "Minsk Oblast,Tula Oblast,2024,trade,5000000,USD,R1\n"
                + "Brest Oblast,Tula Oblast,2024,agreement,,,R1\n", StandardCharsets.UTF_8);
        Importer importer = new Importer(store, Tables.REGION_FACT, Messages.forLanguage("en"));
        ImportPreview preview = importer.preview(file);
        EditHistory.Imported imported = importer.commitUndoably(preview, () -> false, rows -> { });
        history.imported(imported);
        String unrelated = history.insert(Tables.REGION_FACT, TestData.fact("BY-VI", "RU-PSK", 2025, "agreement",
                "added after the import", null, null, "R1"));
        assertEquals(before + 3, facts());
        history.undo(); // the row added after it
        history.undo(); // the import
        assertEquals(before, facts());
        assertEquals(summaryBefore, TestData.summary(store.database()));
        assertNull(storedFact(unrelated));
        assertTrue(history.nextRedo().isPresent(), "the added row can be redone");
        history.redo();
        assertEquals(before + 1, facts(), "redo brings back the added row; an undone import is imported again");
    }

    @Test
    void anImportedSourceCitedSinceIsNotUndone() throws Exception {
        Path file = dir.resolve("sources.csv");
        Files.writeString(file, "id,publisher\nNEW1,A new publisher\n", StandardCharsets.UTF_8);
        Importer importer = new Importer(store, Tables.SOURCE, Messages.forLanguage("en"));
        history.imported(importer.commitUndoably(importer.preview(file), () -> false, rows -> { }));
        store.writer(Tables.REGION_FACT).insert(TestData.fact("BY-MI", "RU-TUL", 2025, "agreement", "cites it",
                null, null, "NEW1"));
        EditHistory.NotUndoneException refused = assertThrows(EditHistory.NotUndoneException.class, history::undo);
        assertEquals(EditHistory.NotUndoneException.Reason.REFERENCED, refused.reason());
        assertEquals(TestData.bundledSources() + 1, store.database().rowCounts().get("source"));
    }
}

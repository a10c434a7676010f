package org.unionregions.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Tables;
import org.unionregions.store.ChangeHistory;
import org.unionregions.ui.common.AsyncRunner;

class HistoryViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();

    @Test
    void aChangeIsListedWithWhoAndItsColumnsBeforeAndAfter() {
        String key = temp.store().history().insert(Tables.SOURCE,
                new HashMap<>(Map.of("id", "Z9", "publisher", "Минский облисполком")));
        temp.store().history().update(Tables.SOURCE, key,
                new HashMap<>(Map.of("id", "Z9", "publisher", "Минский горисполком", "note", "renamed")), 1);
        HistoryViewModel history = new HistoryViewModel(temp.store(), AsyncRunner.direct(), Messages.forLanguage("en"));
        history.load();
        ChangeHistory.Change latest = history.changes().get(0);
        assertEquals("changed · Sources Z9 (1 row)", history.describe(latest));
        assertEquals("изменено · Источники Z9 (строк: 1)", new HistoryViewModel(temp.store(), AsyncRunner.direct(),
                Messages.forLanguage("ru")).describe(latest));
        assertEquals(System.getProperty("user.name"), latest.madeBy());
        history.showChange(latest);
        assertEquals(1, history.rows().size());
        HistoryViewModel.RowLine line = history.rows().get(0);
        assertEquals("changed", line.action());
        assertEquals(List.of("Publisher: Минский облисполком → Минский горисполком", "Note: — → renamed"),
                line.columns());

        history.showRow("source", "Z9");
        assertEquals(List.of("changed", "added"), history.rows().stream().map(HistoryViewModel.RowLine::action).toList());
        assertTrue(history.rowsHeadingProperty().get().contains("2 changes"), history.rowsHeadingProperty().get());

        history.personProperty().set("nobody-of-that-name");
        assertEquals(List.of(), history.changes());
        history.personProperty().set("");
        history.tableProperty().set("edition");
        assertTrue(history.changes().stream().noneMatch(change -> change.detail() != null
                && change.detail().startsWith("source")));
    }
}

package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Country;
import org.unionregions.model.Edition;
import org.unionregions.model.Region;
import org.unionregions.model.Tables;

/** One row checked against its table's description: types, references and the rules between columns. */
class RowCheckerTest {

    private static final RowChecker.References STORED = new RowChecker.References(
            Map.of("source", Set.of("R1", "S63"), "edition", Set.of("11", "12"), "region", Set.of("BY-MI", "RU-TUL")),
            List.of(new Region("BY-MI", Country.BY, "Minsk Oblast", "Минская область", "Мінская вобласць"),
                    new Region("RU-TUL", Country.RU, "Tula Oblast", "Тульская область", null)),
            List.of(new Edition(11, 2024, null, null, null, null, null, null, null, null),
                    new Edition(12, 2025, null, null, null, null, null, null, null, null)));

    private static RowChecker.Checked check(org.unionregions.model.TableDef table, Map<String, String> row) {
        return new RowChecker(table, STORED, Messages.forLanguage("en")).check(row::get);
    }

    @Test
    void aFactTakesItsYearFromItsDateAndItsEditionMustBeOfThatYear() {
        var checked = check(Tables.REGION_FACT, Map.of("by_region", "Минская область", "ru_region", "RU-TUL",
                "signed_on", "27.06.2024", "edition", "XI", "kind", "Agreement", "source", "R1"));
        assertEquals(Map.of(), checked.problems());
        assertEquals(2024, checked.values().get("year"));
        assertEquals(11, checked.values().get("edition"));
        assertEquals("BY-MI", checked.values().get("by_region"));
        assertEquals("agreement", checked.values().get("kind"), "one kind however it is capitalised");

        var wrongYear = check(Tables.REGION_FACT, Map.of("by_region", "BY-MI", "ru_region", "RU-TUL", "year", "2025",
                "edition", "XI", "kind", "agreement", "source", "R1"));
        assertEquals("the XI Forum was held in 2024, not in 2025", wrongYear.problems().get("edition"));
        var dateElsewhere = check(Tables.REGION_FACT, Map.of("by_region", "BY-MI", "ru_region", "RU-TUL",
                "year", "2025", "signed_on", "2024-06-27", "kind", "agreement", "source", "R1"));
        assertEquals("the date 2024-06-27 is not in the year 2025", dateElsewhere.problems().get("signed_on"));
    }

    @Test
    void aValueNeedsItsCurrencyAndACurrencyItsValue() {
        var noCurrency = check(Tables.REGION_FACT, Map.of("by_region", "BY-MI", "ru_region", "RU-TUL", "kind", "trade",
                "value", "5", "source", "R1"));
        assertTrue(noCurrency.problems().get("unit").startsWith("a value needs its unit: a currency"));
        var noValue = check(Tables.REGION_FACT, Map.of("by_region", "BY-MI", "ru_region", "RU-TUL", "kind", "trade",
                "unit", "usd", "source", "R1"));
        assertEquals("a unit without a value", noValue.problems().get("unit"));
        var both = check(Tables.REGION_FACT, Map.of("by_region", "BY-MI", "ru_region", "RU-TUL", "kind", "trade",
                "value", "5", "unit", "usd", "source", "R1"));
        assertEquals("USD", both.values().get("unit"));
        var wrongCountry = check(Tables.REGION_FACT, Map.of("by_region", "RU-TUL", "ru_region", "RU-TUL",
                "kind", "trade", "source", "R1"));
        assertTrue(wrongCountry.problems().get("by_region").startsWith("Tula Oblast is a region of"));
    }

    @Test
    void theOtherTablesKeepTheirOwnRules() {
        var region = check(Tables.REGION, Map.of("code", "by-br", "country", "RU", "name_en", "Brest", "name_ru", "Брест"));
        assertEquals("the code BY-BR does not belong to country RU", region.problems().get("code"));
        var figure = check(Tables.EDITION_FIGURE, Map.of("edition", "12", "metric", "participants", "unit", "USD",
                "status", "Reported", "source", "S63"));
        assertEquals("participants are people: the unit is people", figure.problems().get("unit"));
        assertEquals("reported", figure.values().get("status"), "choices in any case, stored as the key");
        assertEquals("", figure.values().get("qualifier"), "a plain figure's qualifier is empty, not NULL");
        var edition = check(Tables.EDITION, Map.of("number", "13", "year", "2026", "start_date", "2026-06-26",
                "end_date", "2026-06-25", "host_region", "Тульская область"));
        assertEquals("ends before it starts", edition.problems().get("end_date"));
        assertEquals("RU-TUL", edition.values().get("host_region"));
        var source = check(Tables.EDITION_FIGURE, Map.of("edition", "12", "metric", "agreements", "unit", "count",
                "status", "reported", "source", "S999"));
        assertEquals("unknown source id; add the source first", source.problems().get("source"));
    }

    @Test
    void aFormValueLongerThanAnyCellIsRefused() {
        var long_ = check(Tables.SOURCE, Map.of("id", "X", "publisher", "p".repeat(TableReader.MAX_CELL_CHARS + 1)));
        assertEquals("longer than 10,000 characters", long_.problems().get("publisher"));
    }
}

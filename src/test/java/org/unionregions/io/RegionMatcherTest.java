package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionregions.model.Country;
import org.unionregions.model.Region;

/** Regions found by what people type, and near misses suggested, never picked silently. */
class RegionMatcherTest {

    private final RegionMatcher matcher = new RegionMatcher(List.of(
            new Region("BY-VI", Country.BY, "Vitebsk Oblast", "Витебская область", "Віцебская вобласць"),
            new Region("BY-HM", Country.BY, "Minsk City", "Минск", "Горад Мінск"),
            new Region("RU-SMO", Country.RU, "Smolensk Oblast", "Смоленская область", null),
            new Region("RU-ORE", Country.RU, "Orenburg Oblast", "Оренбургская область", null),
            new Region("RU-ORL", Country.RU, "Oryol Oblast", "Орловская область", null)));

    @Test
    void aRegionIsFoundByCodeOrNameInAnyLanguageAndCase() {
        for (String typed : List.of("BY-VI", "by-vi", "Vitebsk Oblast", "VITEBSK  oblast", "Витебская область",
                "віцебская вобласць", "vitebsk_oblast")) {
            assertEquals("BY-VI", matcher.find(typed).orElseThrow().code(), typed);
        }
        assertEquals("RU-ORL", matcher.find("Орловская Область").orElseThrow().code());
    }

    @Test
    void aNearMissIsNotFoundButSuggestedFromItsOwnCountry() {
        assertTrue(matcher.find("Vitebsk").isEmpty(), "never picked silently");
        assertEquals(List.of("BY-VI"), matcher.suggest("Vitebsk", Country.BY).stream().map(Region::code).toList());
        assertEquals(List.of("RU-SMO"), matcher.suggest("Смоленская", Country.RU).stream().map(Region::code).toList());
        assertEquals(List.of("RU-ORE"), matcher.suggest("Ore", Country.RU).stream().map(Region::code).toList(),
                "a prefix of a name");
        assertEquals(List.of("RU-ORL"), matcher.suggest("Oryl Oblast", Country.RU).stream().map(Region::code).toList(),
                "a letter off");
        assertEquals(List.of(), matcher.suggest("Ta", Country.RU), "two letters of a code suggest nothing");
        assertEquals(List.of(), matcher.suggest("Smolensk", Country.BY), "not from the other country");
        assertEquals(List.of(), matcher.suggest("Atlantis", Country.RU));
    }

    @Test
    void aRepeatedNearMissIsAnsweredFromMemory() {
        assertSame(matcher.suggest("Vitbsk Oblast", Country.BY), matcher.suggest("Vitbsk Oblast", Country.BY));
    }
}

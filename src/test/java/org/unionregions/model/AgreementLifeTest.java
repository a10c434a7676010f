package org.unionregions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unionregions.model.AgreementLife.Entry;
import org.unionregions.model.AgreementLife.Flag;
import org.unionregions.model.AgreementLife.Link;

/** The flags of a small known registry on a fixed day, and how a plan is tied to its agreement. */
class AgreementLifeTest {

    private static final Source SOURCE = new Source("S1", "Test", null, null);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private final List<RegionFact> facts = new ArrayList<>();

    private RegionFact fact(long id, String ru, Integer year, String kind, String level, String status, Integer from,
                            Integer to, Long carriesOut, String quote) {
        RegionFact fact = new RegionFact(id, "BY-VI", ru, year, null, null, kind, level, status, null, null, null, "",
                null, quote, SOURCE, from, to, null, carriesOut);
        facts.add(fact);
        return fact;
    }

    private Map<Long, Entry> entries(int months) {
        return AgreementLife.on(facts, DAY, months).stream()
                .collect(Collectors.toMap(entry -> entry.document().id(), entry -> entry));
    }

    @Test
    void aTermCoveringTheDayIsInForceAndExpiresSoonOnlyWhenItEndsWithinTheMonths() {
        fact(1, "RU-SAR", 2025, "roadmap", "national", "reported", 2025, 2027, null, "на 2025-2027 годы");
        fact(2, "RU-NIZ", 2024, "action_plan", "region", "reported", 2024, 2026, null, "на 2024-2026 годы");
        fact(3, "RU-PSK", 2021, "action_plan", "region", "reported", 2021, 2023, null, "на 2021-2023 годы");
        fact(4, "RU-ORL", 2025, "agreement", "region", "reported", null, null, null, "соглашение");
        fact(5, "RU-BRY", 2019, "action_plan", "region", "expected", 2019, 2021, null, "договорились подписать");
        Map<Long, Entry> on = entries(12);
        assertEquals(Set.of(Flag.IN_FORCE), on.get(1L).flags(), "runs to 31 December 2027, after 8 December 2027");
        assertEquals(Set.of(Flag.IN_FORCE, Flag.EXPIRES_SOON), on.get(2L).flags(), "ends 31 December 2026");
        assertEquals(Set.of(Flag.PLAN_PAST_TERM), on.get(3L).flags(), "ended 2023, no later plan for Pskov");
        assertEquals(Set.of(Flag.NO_PLAN), on.get(4L).flags(), "no term stated: never in force or expired");
        assertEquals(Term.State.NOT_STATED, on.get(4L).term().state());
        assertEquals(Set.of(), on.get(5L).flags(), "announced only: no flags");
        assertEquals(Set.of(Flag.IN_FORCE, Flag.EXPIRES_SOON), entries(13).get(1L).flags(),
                "13 months from 8 December 2026 reach 8 January 2028, past the end of 2027");
    }

    @Test
    void aPlanCarriesOutTheLatestAgreementOfItsPairAndLevelSignedNoLaterAndAChoiceOverridesTheRule() {
        fact(10, "RU-NIZ", 2014, "agreement", "region", "reported", null, null, null, "соглашение 2014");
        fact(11, "RU-NIZ", 2024, "agreement", "region", "reported", null, null, null, "соглашение 2024");
        fact(12, "RU-NIZ", 2025, "roadmap", "region", "reported", 2025, 2027, null, "дорожная карта по реализации");
        fact(13, "RU-NIZ", 2025, "agreement", "national", "reported", null, null, null, "правительство");
        fact(14, "RU-NIZ", 2026, "action_plan", "region", "reported", 2026, 2027, 10L, "план по соглашению 2014");
        Map<Long, Entry> on = entries(12);
        assertEquals(11L, on.get(12L).carriesOut(), "2024's regional agreement, not 2014's nor the national one");
        assertEquals(Link.RULE, on.get(12L).link());
        assertEquals(10L, on.get(14L).carriesOut(), "chosen in the form");
        assertEquals(Link.CHOSEN, on.get(14L).link());
        assertEquals(List.of(12L), on.get(11L).plans());
        assertTrue(on.get(13L).flags().contains(Flag.NO_PLAN), "a national agreement is carried out by a national plan");
        assertTrue(!on.get(11L).flags().contains(Flag.NO_PLAN));
    }

    @Test
    void twoEquallyLateAgreementsLeaveThePlanUntiedAndAnExpiredAgreementWithALaterDocumentIsNotFlagged() {
        fact(20, "RU-MOS", 2020, "agreement", "city", "reported", null, null, null, "a");
        fact(21, "RU-MOS", 2020, "twinning", "city", "reported", null, null, null, "b");
        fact(22, "RU-MOS", 2021, "programme", "city", "reported", 2021, 2022, null, "c");
        fact(23, "RU-TUL", 2010, "agreement", "region", "reported", 2010, 2012, null, "на 2010-2012 гг.");
        fact(24, "RU-TUL", 2018, "memorandum", "region", "reported", null, null, null, "d");
        fact(25, "RU-KLU", 2010, "agreement", "region", "reported", 2010, 2012, null, "на 2010-2012 гг.");
        Map<Long, Entry> on = entries(12);
        assertNull(on.get(22L).carriesOut(), "two documents of 2020: the choice is a person's");
        assertEquals(Link.NONE, on.get(22L).link());
        assertEquals(Set.of(), on.get(23L).flags(), "ended 2012; the 2018 memorandum came after");
        assertEquals(Set.of(Flag.EXPIRED_NO_LATER), on.get(25L).flags(), "ended 2012, nothing later with Kaluga");
    }

    @Test
    void aTermIsTheReadingsOrTheFirstStatedAndOpenEndedOnlyWhereASourceSaysSo() {
        RegionFact first = fact(30, "RU-SMO", 2019, "agreement", "region", "reported", null, null, null, "соглашение");
        facts.add(new RegionFact(31, "BY-VI", "RU-SMO", 2019, null, null, "agreement", "region", "reported", null, null,
                null, "", null, "заключено бессрочно", SOURCE, null, null, first.id(), null));
        Entry entry = entries(12).get(30L);
        assertEquals(Term.State.OPEN_ENDED, entry.term().state());
        assertTrue(entry.flags().contains(Flag.IN_FORCE), "open-ended and signed in 2019");
        assertEquals("2024–2026", new Term(Term.State.STATED, 2024, 2026).years("to", "from"));
        assertEquals("to 2020", new Term(Term.State.STATED, null, 2020).years("to", "from"));
    }
}

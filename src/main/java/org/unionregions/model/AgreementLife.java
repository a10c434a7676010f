package org.unionregions.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The life of each document on a chosen day: its term, the plans that carry it out, and what needs
 * attention. A roadmap, action plan or programme carries out the agreement a person chose for it
 * ({@link RegionFact#carriesOut}); where none was chosen, the rule {@link #carriedOutByRule} may match one.
 * Flags are computed for the day given (a meeting's date, today by default):
 * <ul>
 * <li>{@link Flag#IN_FORCE}: signed, and its stated term covers the day (or a source calls it open-ended);</li>
 * <li>{@link Flag#EXPIRES_SOON}: in force, and its term ends within the months given;</li>
 * <li>{@link Flag#EXPIRED_NO_LATER}: not a plan; its term ended before the day and the registry holds no
 * document of the pair signed after it;</li>
 * <li>{@link Flag#NO_PLAN}: a signed agreement whose term (if stated) has not ended, that no roadmap, action
 * plan or programme in the registry carries out;</li>
 * <li>{@link Flag#PLAN_PAST_TERM}: a plan whose term ended before the day, with no later plan for the pair.</li>
 * </ul>
 * Only signed documents get flags: an announcement is listed as announced. A document without a stated
 * term is never in force, expiring or expired: its term is "not stated".
 */
public final class AgreementLife {

    public enum Flag {
        IN_FORCE, EXPIRES_SOON, EXPIRED_NO_LATER, NO_PLAN, PLAN_PAST_TERM
    }

    /** How a plan is tied to the agreement it carries out. */
    public enum Link {
        /** A person chose it in the form (or a file named it). */
        CHOSEN,
        /** The rule matched it: same pair, same level, the latest agreement signed no later. */
        RULE,
        /** None is tied. */
        NONE
    }

    /** The kinds that carry out an agreement. */
    public static final Set<Kind> PLANS = EnumSet.of(Kind.ROADMAP, Kind.ACTION_PLAN, Kind.PROGRAMME);
    /** The kinds a plan may carry out. */
    public static final Set<Kind> CARRIED_OUT = EnumSet.of(Kind.AGREEMENT, Kind.TWINNING, Kind.MEMORANDUM);

    /**
     * One document on the day: its term, the agreement it carries out (a plan) or the plans that carry it
     * out (an agreement), and its flags.
     */
    public record Entry(Document document, Term term, Long carriesOut, Link link, List<Long> plans, Set<Flag> flags) {

        public RegionFact reading() {
            return document.reading();
        }

        public boolean isPlan() {
            return AgreementLife.isPlan(document);
        }
    }

    private AgreementLife() {
    }

    /**
     * Every document of {@code facts} on {@code day}, with flags for a term ending within {@code months};
     * ordered by Belarusian region, Russian region, then year (undated last).
     */
    public static List<Entry> on(List<RegionFact> facts, LocalDate day, int months) {
        List<Document> documents = Document.of(facts);
        Map<Long, Long> documentOfStatement = new HashMap<>();
        facts.forEach(fact -> documentOfStatement.put(fact.id(), fact.documentId()));
        Map<Long, Document> byId = new LinkedHashMap<>();
        documents.forEach(document -> byId.put(document.id(), document));

        Map<Long, Long> carriesOut = new HashMap<>();
        Map<Long, Link> links = new HashMap<>();
        for (Document document : documents) {
            if (!isPlan(document)) {
                continue;
            }
            Long chosen = chosenAgreement(document, documentOfStatement, byId);
            Long ruled = chosen == null ? carriedOutByRule(document, documents) : null;
            Long agreement = chosen != null ? chosen : ruled;
            if (agreement != null) {
                carriesOut.put(document.id(), agreement);
                links.put(document.id(), chosen != null ? Link.CHOSEN : Link.RULE);
            }
        }
        Map<Long, List<Long>> plans = new HashMap<>();
        carriesOut.forEach((plan, agreement) -> plans.computeIfAbsent(agreement, id -> new ArrayList<>()).add(plan));

        // each document's term read once, and "a later document" looked for among its pair's only
        Map<Long, Term> terms = new HashMap<>();
        Map<String, List<Document>> byPair = new HashMap<>();
        for (Document document : documents) {
            terms.put(document.id(), Term.of(document));
            byPair.computeIfAbsent(pair(document), key -> new ArrayList<>()).add(document);
        }
        LocalDate horizon = day.plusMonths(months);
        List<Entry> entries = new ArrayList<>();
        for (Document document : documents) {
            Term term = terms.get(document.id());
            List<Long> itsPlans = plans.getOrDefault(document.id(), List.of());
            Set<Flag> flags = flags(document, term, itsPlans, byPair.get(pair(document)), terms, day, horizon);
            entries.add(new Entry(document, term, carriesOut.get(document.id()),
                    links.getOrDefault(document.id(), Link.NONE), List.copyOf(itsPlans), flags));
        }
        entries.sort(Comparator.comparing((Entry entry) -> entry.reading().belarusianRegion())
                .thenComparing(entry -> entry.reading().russianRegion())
                .thenComparing(entry -> entry.reading().year(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(entry -> entry.document().id()));
        return entries;
    }

    private static String pair(Document document) {
        return document.reading().belarusianRegion() + "|" + document.reading().russianRegion();
    }

    /** {@code pair}: the documents of its pair; {@code terms}: every document's term, by id. */
    private static Set<Flag> flags(Document document, Term term, List<Long> plans, List<Document> pair,
                                   Map<Long, Term> terms, LocalDate day, LocalDate horizon) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (!document.reported()) {
            return flags;
        }
        boolean plan = isPlan(document);
        LocalDate first = term.firstDay();
        LocalDate last = term.lastDay();
        boolean started = first == null ? signedBy(document, terms, day) : !first.isAfter(day);
        boolean ended = last != null && last.isBefore(day);
        if (term.state() == Term.State.OPEN_ENDED && signedBy(document, terms, day)
                || term.stated() && last != null && started && !ended) {
            flags.add(Flag.IN_FORCE);
            if (last != null && !last.isAfter(horizon)) {
                flags.add(Flag.EXPIRES_SOON);
            }
        }
        if (ended && !plan && pair.stream().noneMatch(other -> later(other, document, false, terms))) {
            flags.add(Flag.EXPIRED_NO_LATER);
        }
        if (ended && plan && pair.stream().noneMatch(other -> later(other, document, true, terms))) {
            flags.add(Flag.PLAN_PAST_TERM);
        }
        if (Kind.of(document.reading().kind()).orElse(null) == Kind.AGREEMENT && plans.isEmpty() && !ended) {
            flags.add(Flag.NO_PLAN);
        }
        return flags;
    }

    /** True where the document's year (or its term's start) is not after {@code day}; undated: assumed signed. */
    private static boolean signedBy(Document document, Map<Long, Term> terms, LocalDate day) {
        Integer year = startYear(document, terms);
        return year == null || year <= day.getYear();
    }

    /**
     * True where {@code other}, a document of the same pair, was signed after {@code document} (by its
     * year, or its term's start where it has no year); {@code plansOnly}: only a roadmap, plan or programme.
     */
    private static boolean later(Document other, Document document, boolean plansOnly, Map<Long, Term> terms) {
        if (other.same(document) || !other.reported() || plansOnly && !isPlan(other)) {
            return false;
        }
        Integer mineYear = startYear(document, terms);
        Integer theirYear = startYear(other, terms);
        return mineYear != null && theirYear != null && theirYear > mineYear;
    }

    private static Integer startYear(Document document, Map<Long, Term> terms) {
        Integer year = document.reading().year();
        return year != null ? year : terms.get(document.id()).from();
    }

    public static boolean isPlan(Document document) {
        return Kind.of(document.reading().kind()).map(PLANS::contains).orElse(false);
    }

    /** The document the plan's statements name as chosen, as a document id (a later statement named resolves to its document). */
    private static Long chosenAgreement(Document plan, Map<Long, Long> documentOfStatement, Map<Long, Document> byId) {
        for (RegionFact statement : plan.statements()) {
            if (statement.carriesOut() != null) {
                Long document = documentOfStatement.get(statement.carriesOut());
                if (document != null && byId.containsKey(document)) {
                    return document;
                }
            }
        }
        return null;
    }

    /**
     * The agreement a plan carries out by the rule: of the same pair, a twinning, memorandum or agreement
     * signed at the same level (the government of Belarus with the government of Belarus; an oblast or its
     * council with an oblast; a city, district or body below with one below), signed no later than the plan;
     * the latest of them. Where two are equally late, or none is, none: the choice is a person's.
     */
    public static Long carriedOutByRule(Document plan, List<Document> documents) {
        RegionFact reading = plan.reading();
        List<Document> candidates = new ArrayList<>();
        for (Document document : documents) {
            RegionFact agreement = document.reading();
            if (document.same(plan) || !document.reported()
                    || !Kind.of(agreement.kind()).map(CARRIED_OUT::contains).orElse(false)
                    || !agreement.belarusianRegion().equals(reading.belarusianRegion())
                    || !agreement.russianRegion().equals(reading.russianRegion())
                    || Tier.of(agreement.level()) != Tier.of(reading.level())
                    || agreement.year() != null && reading.year() != null && agreement.year() > reading.year()) {
                continue;
            }
            candidates.add(document);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort(Comparator.comparing((Document document) -> document.reading().year(),
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        Integer latest = candidates.get(0).reading().year();
        long equallyLate = candidates.stream()
                .filter(document -> Objects.equals(document.reading().year(), latest)).count();
        return equallyLate == 1 ? candidates.get(0).id() : null;
    }

    /** Who signed, in three tiers: the government of Belarus; an oblast (its government or council); below. */
    public enum Tier {
        NATIONAL, REGION, LOCAL;

        public static Tier of(String level) {
            if ("national".equals(level)) {
                return NATIONAL;
            }
            return level == null || level.isEmpty() || "region".equals(level) || "parliament".equals(level)
                    ? REGION : LOCAL;
        }
    }
}

package org.unionregions.ui.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Country;
import org.unionregions.model.Document;
import org.unionregions.model.Edition;
import org.unionregions.model.Kind;
import org.unionregions.model.PairValue;
import org.unionregions.model.Region;
import org.unionregions.model.RegionFact;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionTotal;
import org.unionregions.ui.common.DocumentWords;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.RegionMaps;

/**
 * One region and all its ties, worded in the interface language: its partners with the number of
 * documents by kind and level, its documents year by year, the trade figures of its pairs, every fact
 * with its source and quote, and, for a Russian region, the Belarusian oblast assigned to it where a
 * source says so, and the map of its partners (each by the documents of the pair, a line to each). Pure:
 * the screen and the PDF brief are both made from it.
 */
public record RegionProfile(Region region, String title, String subtitle, List<Partner> partners,
                            List<YearCount> timeline, List<Line> trade, List<Line> facts, List<String> assignedPartners,
                            int documents, int sources, List<String> completeness, RegionMap map,
                            List<TermLine> terms, int undatedDocuments) {

    /**
     * A document that needs attention today (its term ends within 12 months, it has ended with nothing
     * later, an agreement without a roadmap, a plan past its term): the brief's "terms and roadmaps".
     */
    public record TermLine(String partner, String document, String term, String flags, String sources,
                           boolean onlyWithoutPlan) {
    }

    /** A partner region: documents with it, by kind and by level, and what else the sources say. */
    public record Partner(String code, String name, int documents, String byKind, String byLevel, String other) {
    }

    /** Documents of one year: reported and announced, and the forum edition held that year, if any. */
    public record YearCount(int year, String edition, int reported, int expected) {

        public String label() {
            return edition.isEmpty() ? String.valueOf(year) : year + "\n" + edition;
        }
    }

    /**
     * One fact as a line of the profile: when, with whom, what (kind and level) and its status, the
     * value, the source's words and the source.
     */
    /**
     * {@code dated}: a document with its year, counted in the timeline. {@code furtherStatement}: another
     * source's statement of the document on the line before; {@code disagreement}: on a document's first
     * line, what its statements state differently (empty where they agree).
     */
    public record Line(String when, String partner, String kindAndLevel, String status, String value,
                       boolean expected, String quote, String sourceId, String publisher, boolean dated,
                       boolean furtherStatement, String disagreement, String disagreementBrief) {

        public Line(String when, String partner, String kindAndLevel, String status, String value, boolean expected,
                    String quote, String sourceId, String publisher, boolean dated, boolean furtherStatement,
                    String disagreement) {
            this(when, partner, kindAndLevel, status, value, expected, quote, sourceId, publisher, dated,
                    furtherStatement, disagreement, disagreement);
        }

        public String what() {
            return kindAndLevel + " · " + status;
        }

        /** The publisher with the source's id: "BelTA [P24]". */
        public String source() {
            return publisher + " [" + sourceId + "]";
        }
    }

    /** The profile of {@code region} from its facts (every fact naming it), in the language of {@code messages}. */
    public static RegionProfile of(Region region, List<RegionFact> facts, Map<String, Region> regions,
                                   List<Edition> editions, Messages messages) {
        return of(region, facts, List.of(), regions, editions, messages);
    }

    /**
     * {@code totals}: what the region states about itself; each is shown beside the registry's own count,
     * so no one reads the registry as complete.
     */
    public static RegionProfile of(Region region, List<RegionFact> facts, List<RegionTotal> totals,
                                   Map<String, Region> regions, List<Edition> editions, Messages messages) {
        FigureFormat format = new FigureFormat(messages);
        String language = messages.language();
        boolean belarusian = region.country() == Country.BY;
        Map<Integer, Edition> editionOfYear = editions.stream().collect(Collectors.toMap(Edition::year, e -> e,
                (a, b) -> a));
        Map<String, List<RegionFact>> byPartner = new TreeMap<>();
        for (RegionFact fact : facts) {
            byPartner.computeIfAbsent(belarusian ? fact.russianRegion() : fact.belarusianRegion(),
                    key -> new ArrayList<>()).add(fact);
        }
        List<Partner> partners = new ArrayList<>();
        for (Map.Entry<String, List<RegionFact>> entry : byPartner.entrySet()) {
            List<RegionFact> ofPartner = entry.getValue();
            // a document counts once, by its reading, however many sources state it
            List<RegionFact> documents = Document.of(ofPartner).stream().map(Document::reading).toList();
            partners.add(new Partner(entry.getKey(), name(regions, entry.getKey(), language), documents.size(),
                    counts(documents, fact -> kindName(messages, fact.kind())),
                    counts(documents, fact -> levelName(messages, fact.level())),
                    counts(ofPartner.stream().filter(fact -> !fact.isDocument()).toList(),
                            fact -> kindName(messages, fact.kind()))));
        }
        partners.sort(Comparator.comparingInt(Partner::documents).reversed().thenComparing(Partner::name));

        TreeMap<Integer, int[]> years = new TreeMap<>();
        List<Document> allDocuments = Document.of(facts);
        for (Document document : allDocuments) {
            RegionFact reading = document.reading();
            if (reading.year() != null) {
                years.computeIfAbsent(reading.year(), year -> new int[2])[document.reported() ? 0 : 1]++;
            }
        }
        // the years with documents, and every forum's year between the first and the last of them (a
        // forum without documents is worth seeing; a year of neither is left out)
        List<YearCount> timeline = new ArrayList<>();
        if (!years.isEmpty()) {
            for (int year = years.firstKey(); year <= years.lastKey(); year++) {
                Edition edition = editionOfYear.get(year);
                if (edition == null && !years.containsKey(year)) {
                    continue;
                }
                int[] counts = years.getOrDefault(year, new int[2]);
                timeline.add(new YearCount(year, edition == null ? "" : edition.roman(), counts[0], counts[1]));
            }
        }

        List<Line> trade = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Map<Long, Document> documentOf = new java.util.HashMap<>();
        allDocuments.forEach(document -> document.statements().forEach(s -> documentOf.put(s.id(), document)));
        java.util.Set<Long> shown = new java.util.HashSet<>();
        for (RegionFact fact : facts) {
            Document document = documentOf.get(fact.id());
            if (document == null) {
                Line line = line(fact, regions, belarusian, language, format, messages, false, "");
                if (Kind.of(fact.kind()).map(kind -> kind.group() == Kind.Group.TRADE_FIGURE).orElse(false)) {
                    trade.add(line);
                }
                lines.add(line);
            } else if (shown.add(document.id())) { // the document where its first stated line falls, all its statements together
                boolean first = true;
                for (RegionFact statement : document.statements()) {
                    Line line = line(statement, regions, belarusian, language, format, messages, !first,
                            first ? DocumentWords.disagreement(document, messages) : "");
                    lines.add(first ? new Line(line.when(), line.partner(), line.kindAndLevel(), line.status(),
                            line.value(), line.expected(), line.quote(), line.sourceId(), line.publisher(), line.dated(),
                            false, line.disagreement(), DocumentWords.disagreementInBrief(document, messages)) : line);
                    first = false;
                }
            }
        }
        List<String> assigned = region.country() == Country.RU ? facts.stream()
                .filter(fact -> Kind.ASSIGNED_PARTNER.key().equals(fact.kind()))
                .map(fact -> name(regions, fact.belarusianRegion(), language) + " [" + fact.source().id() + "]")
                .distinct().toList() : List.of();
        int documentCount = allDocuments.size();
        int sourceCount = (int) facts.stream().map(fact -> fact.source().id()).distinct().count();
        String title = region.name(language) + " (" + region.code() + ")";
        String subtitle = messages.format("profile.subtitle", messages.get("profile.country." + region.country()),
                partners.size(), documentCount, facts.size(), sourceCount,
                partners.stream().filter(partner -> partner.documents() > 0).count());
        List<String> completeness = totals.stream().map(total -> messages.format("completeness." + total.measure(),
                region.name(language), format.count(total.value()), total.year() == null ? "" : String.valueOf(total.year()),
                org.unionregions.i18n.SourceNames.worded(total.source().publisher(), messages) + " [" + total.source().id() + "]", total.registry())).toList();
        List<PairValue> pairs = partners.stream().filter(partner -> partner.documents() > 0)
                .map(partner -> belarusian ? new PairValue(region.code(), partner.code(), partner.documents(), 0)
                        : new PairValue(partner.code(), region.code(), partner.documents(), 0)).toList();
        RegionMap map = new RegionMaps(messages, format).map(List.copyOf(regions.values()), pairs, region.code(),
                messages.get("matrix.metric.documents"), RegionMap.Fit.BELARUS_AND_WEST);
        return new RegionProfile(region, title, subtitle, partners, timeline, trade, lines, assigned, documentCount,
                sourceCount, completeness, map, termLines(region, facts, regions, messages),
                (int) allDocuments.stream().filter(document -> document.reading().year() == null).count());
    }

    /** The months ahead a brief looks for terms that end. */
    static final int TERM_MONTHS = 12;

    /** The documents of {@code region} that need attention today, each named by the other side of its pair. */
    private static List<TermLine> termLines(Region region, List<RegionFact> facts, Map<String, Region> regions,
                                            Messages messages) {
        org.unionregions.ui.common.AgreementWords words = new org.unionregions.ui.common.AgreementWords(messages);
        java.util.Set<org.unionregions.model.AgreementLife.Flag> attention = java.util.EnumSet.of(
                org.unionregions.model.AgreementLife.Flag.EXPIRES_SOON,
                org.unionregions.model.AgreementLife.Flag.EXPIRED_NO_LATER,
                org.unionregions.model.AgreementLife.Flag.NO_PLAN,
                org.unionregions.model.AgreementLife.Flag.PLAN_PAST_TERM);
        List<TermLine> lines = new java.util.ArrayList<>();
        for (var entry : org.unionregions.model.AgreementLife.on(facts, java.time.LocalDate.now(), TERM_MONTHS)) {
            if (entry.flags().stream().noneMatch(attention::contains)) {
                continue;
            }
            RegionFact reading = entry.reading();
            String otherSide = region.code().equals(reading.belarusianRegion()) ? reading.russianRegion()
                    : reading.belarusianRegion();
            Region partner = regions.get(otherSide);
            lines.add(new TermLine(partner == null ? otherSide : partner.name(messages.language()),
                    words.kind(reading.kind()) + (reading.year() == null ? "" : " " + reading.year())
                            + (reading.level() == null ? "" : " · " + messages.get("level." + reading.level())),
                    words.term(entry.term()), words.flags(entry.flags(), TERM_MONTHS),
                    entry.document().sources().stream().map(org.unionregions.model.Source::id)
                            .collect(Collectors.joining(", ")), entry.flags().stream().filter(attention::contains)
                    .allMatch(flag -> flag == org.unionregions.model.AgreementLife.Flag.NO_PLAN)));
        }
        return List.copyOf(lines);
    }

    private static Line line(RegionFact fact, Map<String, Region> regions, boolean belarusian, String language,
                             FigureFormat format, Messages messages, boolean furtherStatement, String disagreement) {
        String when = (fact.year() == null ? messages.get("matrix.undated") : String.valueOf(fact.year()))
                + (fact.editionNumber() == null ? "" : " (" + Edition.toRoman(fact.editionNumber()) + ")")
                + (fact.period() == null ? "" : ", " + fact.period());
        String kindAndLevel = kindName(messages, fact.kind()) + " · " + levelName(messages, fact.level());
        String value = fact.value() == null ? "" : fact.unit() == null ? format.count(fact.value())
                : fact.unit().startsWith("%") ? format.count(fact.value()) + " " + fact.unit()
                : format.value(fact.value(), fact.unit());
        return new Line(when, name(regions, belarusian ? fact.russianRegion() : fact.belarusianRegion(), language),
                kindAndLevel, messages.get("status." + fact.status()), value, fact.isExpected(),
                Objects.toString(fact.asStated(), ""), fact.source().id(), org.unionregions.i18n.SourceNames.worded(fact.source().publisher(), messages),
                fact.countsAsDocument() && fact.year() != null, furtherStatement, disagreement);
    }

    /** "agreement 3, twinning 1": the values and how often each occurs, most frequent first. */
    private static String counts(List<RegionFact> facts, java.util.function.Function<RegionFact, String> word) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        facts.forEach(fact -> counts.merge(word.apply(fact), 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }

    static String kindName(Messages messages, String kind) {
        return messages.find("kind." + kind).orElse(kind);
    }

    static String levelName(Messages messages, String level) {
        return messages.get(level == null ? "level.none" : "level." + level);
    }

    private static String name(Map<String, Region> regions, String code, String language) {
        Region region = regions.get(code);
        return region == null ? code : region.name(language);
    }
}

package org.unionregions.ui.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.unionregions.i18n.Messages;
import org.unionregions.io.Brief;

/** A region's profile as a brief for a meeting, in the interface language. */
public final class Briefs {

    /** Source ids in their natural order: P9 before P10. */
    private static final Comparator<String> SOURCE_ORDER = Comparator.comparing((String id) -> id.replaceAll("\\d", ""))
            .thenComparingInt(Briefs::number).thenComparing(Comparator.naturalOrder());

    private static int number(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 9 ? 0 : Integer.parseInt(digits);
    }

    private Briefs() {
    }

    /** A row per document (its sources side by side, where they differ said) and per other fact. */
    private static List<List<String>> documentRows(RegionProfile profile) {
        List<List<String>> rows = new ArrayList<>();
        for (RegionProfile.Line line : profile.facts()) {
            if (line.furtherStatement() && !rows.isEmpty()) {
                List<String> document = new ArrayList<>(rows.remove(rows.size() - 1));
                document.set(3, document.get(3) + ", " + line.sourceId());
                rows.add(List.copyOf(document));
                continue;
            }
            rows.add(List.of(line.when(), line.partner(), line.kindAndLevel()
                    + (line.expected() ? " · " + line.status() : "")
                    + (line.value().isEmpty() ? "" : " · " + line.value())
                    + (line.disagreement().isEmpty() ? "" : " · " + line.disagreementBrief()), line.sourceId()));
        }
        return rows;
    }

    public static Brief of(RegionProfile profile, Messages messages) {
        return of(profile, messages, LocalDate.now());
    }

    static Brief of(RegionProfile profile, Messages messages, LocalDate today) {
        List<Brief.Section> sections = new ArrayList<>();
        if (!profile.assignedPartners().isEmpty()) {
            sections.add(new Brief.Paragraph(messages.format("profile.assigned",
                    String.join(", ", profile.assignedPartners())), false));
        }
        // the region's own totals beside the registry's: nobody reads the registry as complete
        profile.completeness().forEach(line -> sections.add(new Brief.Paragraph(line, true)));
        sections.add(new Brief.Heading(messages.get("profile.partners")));
        // partners with documents in the table; those a source only names (a main trade partner) in one line
        List<List<String>> partners = profile.partners().stream().filter(partner -> partner.documents() > 0)
                .map(partner -> List.of(partner.name(), String.valueOf(partner.documents()), partner.byKind(),
                        partner.byLevel(), partner.other())).toList();
        List<String> namedOnly = profile.partners().stream().filter(partner -> partner.documents() == 0)
                .map(partner -> partner.name() + " (" + partner.other() + ")").toList();
        sections.add(partners.isEmpty() ? new Brief.Paragraph(messages.get("profile.noPartners"), false)
                : new Brief.Table(List.of(messages.get("profile.partner"), messages.get("profile.documents"),
                messages.get("profile.byKind"), messages.get("profile.byLevel"), messages.get("profile.other")),
                partners, List.of(0.2, 0.14, 0.24, 0.22, 0.2)));
        if (!namedOnly.isEmpty()) {
            sections.add(new Brief.Paragraph(messages.format("profile.namedWithoutDocument",
                    String.join("; ", namedOnly)), true));
        }
        if (!partners.isEmpty()) {
            sections.add(new Brief.MapFigure(profile.map().title(), profile.map()));
        }
        if (!profile.timeline().isEmpty()) {
            sections.add(new Brief.Chart(messages.format("profile.timeline", profile.region().name(messages.language()))
                    + (profile.undatedDocuments() == 0 ? "" : " " + messages.format("profile.timeline.undated",
                    profile.undatedDocuments())),
                    profile.timeline().stream().map(RegionProfile.YearCount::label).toList(),
                    profile.timeline().stream().map(year -> (double) year.reported()).toList(),
                    profile.timeline().stream().map(year -> (double) year.expected()).toList(),
                    messages.get("status.reported"), messages.get("status.expected")));
        }
        if (!profile.trade().isEmpty()) {
            sections.add(new Brief.Heading(messages.get("profile.trade")));
            sections.add(new Brief.Table(List.of(messages.get("profile.when"), messages.get("profile.partner"),
                    messages.get("profile.value"), messages.get("profile.source")), profile.trade().stream()
                    .map(line -> List.of(line.when(), line.partner(), line.value(), line.source())).toList(),
                    List.of(0.18, 0.27, 0.2, 0.35)));
        }
        // the question before every forum: what runs out, what has no roadmap (in the registry, which is partial)
        sections.add(new Brief.Heading(messages.get("brief.terms")));
        List<RegionProfile.TermLine> timed = profile.terms().stream().filter(line -> !line.onlyWithoutPlan()).toList();
        List<RegionProfile.TermLine> withoutPlan = profile.terms().stream()
                .filter(RegionProfile.TermLine::onlyWithoutPlan).toList();
        if (profile.terms().isEmpty()) {
            sections.add(new Brief.Paragraph(messages.get("brief.terms.none"), false));
        }
        if (!timed.isEmpty()) {
            sections.add(new Brief.Table(List.of(messages.get("agreements.column.partner"), messages.get("profile.what"),
                    messages.get("agreements.column.term"), messages.get("agreements.column.flags"),
                    messages.get("profile.sourceId")), timed.stream().map(line -> List.of(line.partner(),
                    line.document(), line.term(), line.flags(), line.sources())).toList(),
                    List.of(0.21, 0.24, 0.12, 0.33, 0.1)));
        }
        if (!withoutPlan.isEmpty()) {
            // many agreements, one flag: a paragraph, not a table of identical rows
            sections.add(new Brief.Paragraph(messages.format("brief.terms.withoutPlan", withoutPlan.size(),
                    withoutPlan.stream().map(line -> line.partner() + " (" + line.document() + "; " + line.sources() + ")")
                            .collect(java.util.stream.Collectors.joining("; "))), false));
        }
        sections.add(new Brief.Paragraph(messages.get("brief.terms.note"), true));
        // every fact on one row with its source's id, the sources listed once below; the sources' own
        // words stay on the screen: a meeting takes two or three pages
        sections.add(new Brief.Heading(messages.get("profile.facts")));
        sections.add(new Brief.Paragraph(messages.get("profile.quotesOnScreen"), true));
        sections.add(new Brief.Table(List.of(messages.get("profile.when"), messages.get("profile.partner"),
                messages.get("profile.what"), messages.get("profile.sourceId")), documentRows(profile),
                List.of(0.13, 0.25, 0.47, 0.15)));
        Map<String, String> sources = new TreeMap<>(SOURCE_ORDER);
        profile.facts().forEach(line -> sources.put(line.sourceId(), line.publisher()));
        sections.add(new Brief.Heading(messages.get("profile.sources")));
        sections.add(new Brief.SourceList(List.of(messages.get("profile.sourceId"), messages.get("profile.publisher")),
                sources.entrySet().stream().map(source -> List.of(source.getKey(), source.getValue())).toList()));
        String date = today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
        String language = switch (messages.language()) {
            case "ru" -> "ru-RU";
            case "be" -> "be-BY";
            default -> "en-GB";
        };
        return new Brief(messages.format("profile.briefTitle", profile.title()), profile.subtitle(), language,
                messages.format("profile.footer", date), sections);
    }
}

package org.unionregions.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was announced before a forum against what was reported signed after it, side by side: per
 * edition, each metric in each unit (the edition's figures, every source's variant kept), and per
 * edition and Belarusian region, the documents announced and the documents reported signed. Figures in
 * different currencies are different lines: nothing here adds USD, RUB and BYN, and no ratio is taken.
 */
public final class AnnouncedSigned {

    /** One metric in one unit at one edition: every announced figure beside every reported one. */
    public record FigureLine(int edition, Metric metric, String unit, List<Figure> announced, List<Figure> signed) {
    }

    /**
     * One Belarusian region at one edition: the documents only announced (no source reports them signed)
     * and the documents reported signed, each with its statements' sources.
     */
    public record RegionLine(int edition, String belarusianRegion, List<Document> announced, List<Document> signed) {
    }

    private AnnouncedSigned() {
    }

    /** The edition figures of {@code editions} (every edition where empty), by edition, metric and unit. */
    public static List<FigureLine> figures(List<Figure> figures, java.util.Set<Integer> editions) {
        Map<String, List<Figure>> announced = new TreeMap<>();
        Map<String, List<Figure>> signed = new TreeMap<>();
        Map<String, Figure> first = new TreeMap<>();
        for (Figure figure : figures) {
            if (!editions.isEmpty() && !editions.contains(figure.editionNumber())) {
                continue;
            }
            String key = String.format("%03d/%d/%s", figure.editionNumber(), figure.metric().ordinal(), figure.unit());
            first.putIfAbsent(key, figure);
            (figure.status() == FigureStatus.EXPECTED ? announced : signed)
                    .computeIfAbsent(key, k -> new ArrayList<>()).add(figure);
        }
        List<FigureLine> lines = new ArrayList<>();
        first.forEach((key, figure) -> lines.add(new FigureLine(figure.editionNumber(), figure.metric(), figure.unit(),
                announced.getOrDefault(key, List.of()), signed.getOrDefault(key, List.of()))));
        return lines;
    }

    /** The documents of {@code facts} that name a forum edition (of {@code editions}; all where empty), by edition and region. */
    public static List<RegionLine> regions(List<RegionFact> facts, java.util.Set<Integer> editions) {
        Map<String, List<Document>> announced = new TreeMap<>();
        Map<String, List<Document>> signed = new TreeMap<>();
        Map<String, RegionLine> keys = new TreeMap<>();
        for (Document document : Document.of(facts)) {
            Integer edition = editionOf(document);
            if (edition == null || !editions.isEmpty() && !editions.contains(edition)) {
                continue;
            }
            String region = document.reading().belarusianRegion();
            String key = String.format("%03d/%s", edition, region);
            keys.putIfAbsent(key, new RegionLine(edition, region, List.of(), List.of()));
            (document.reported() ? signed : announced).computeIfAbsent(key, k -> new ArrayList<>()).add(document);
        }
        List<RegionLine> lines = new ArrayList<>();
        keys.forEach((key, line) -> lines.add(new RegionLine(line.edition(), line.belarusianRegion(),
                announced.getOrDefault(key, List.of()), signed.getOrDefault(key, List.of()))));
        lines.sort(Comparator.comparingInt(RegionLine::edition).thenComparing(RegionLine::belarusianRegion));
        return lines;
    }

    /** The edition a document's statements name: its reading's, else the first statement's that names one. */
    private static Integer editionOf(Document document) {
        if (document.reading().editionNumber() != null) {
            return document.reading().editionNumber();
        }
        return document.statements().stream().map(RegionFact::editionNumber).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }
}

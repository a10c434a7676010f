package org.unionregions.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Country;
import org.unionregions.model.PairValue;
import org.unionregions.model.Region;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionShapes;

/**
 * Colours a {@link RegionMap} from the pairs' values: each region by the sum over its partners, or,
 * with a region chosen, each partner by the pair's value with a line to it. Counts only (documents,
 * named partners): sums of money in different currencies would be mixed. One place for the map screen,
 * the Overview's and the profile's small maps, the slide and the brief.
 */
public final class RegionMaps {

    /**
     * Counts are skewed (most regions have one to three documents, a few dozens): on a linear scale all
     * but those few would be the same dark colour.
     */
    public static final ColourScale SCALE = ColourScale.LOGARITHMIC;

    private final Messages messages;
    private final FigureFormat format;

    public RegionMaps(Messages messages, FigureFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /**
     * The map of {@code values} over {@code regions}: totals per region (each pair counted for both its
     * regions), or the pairs of {@code chosenCode} and lines to its partners; {@code what} names the
     * value ("Documents signed (count)") in the title.
     */
    public RegionMap map(List<Region> regions, List<PairValue> values, String chosenCode, String what,
                         RegionMap.Fit fit) {
        Map<String, Region> byCode = new HashMap<>();
        regions.forEach(region -> byCode.put(region.code(), region));
        Map<String, Double> totals = new HashMap<>();
        List<RegionMap.Link> links = new ArrayList<>();
        Region chosen = chosenCode == null ? null : byCode.get(chosenCode);
        if (chosen == null) {
            for (PairValue pair : values) {
                totals.merge(pair.belarusianRegion(), pair.value(), Double::sum);
                totals.merge(pair.russianRegion(), pair.value(), Double::sum);
            }
        } else {
            boolean belarusian = chosen.country() == Country.BY;
            for (PairValue pair : values) {
                if (chosenCode.equals(belarusian ? pair.belarusianRegion() : pair.russianRegion())) {
                    totals.merge(belarusian ? pair.russianRegion() : pair.belarusianRegion(), pair.value(), Double::sum);
                }
            }
            double most = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            totals.forEach((partner, value) -> links.add(new RegionMap.Link(chosenCode, partner,
                    most == 0 ? 0 : value / most, name(byCode, partner) + ": " + format.count(value))));
            // thin lines first, so the thickest is drawn on top
            links.sort(Comparator.comparingDouble(RegionMap.Link::weight).thenComparing(RegionMap.Link::to));
        }
        String title = chosen == null ? messages.format("map.title", what)
                : messages.format("map.title.with", what, name(byCode, chosenCode));
        return drawn(byCode, totals, links, chosenCode, title, fit);
    }

    /**
     * Belarus's regions, each by how many Russian regions it has a document with (a pair counted once
     * however many documents it holds); Russia's regions are not coloured: their counts are of another thing.
     */
    public RegionMap partnersOfBelarusianRegions(List<Region> regions, List<PairValue> documents) {
        Map<String, Region> byCode = new HashMap<>();
        regions.forEach(region -> byCode.put(region.code(), region));
        Map<String, Double> partners = new HashMap<>();
        documents.stream().filter(pair -> pair.value() > 0)
                .forEach(pair -> partners.merge(pair.belarusianRegion(), 1.0, Double::sum));
        return drawn(byCode, partners, List.of(), null, messages.get("overview.map.title"), RegionMap.Fit.BELARUS);
    }

    private RegionMap drawn(Map<String, Region> byCode, Map<String, Double> totals, List<RegionMap.Link> links,
                            String chosenCode, String title, RegionMap.Fit fit) {
        Region chosen = chosenCode == null ? null : byCode.get(chosenCode);
        double min = totals.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> ranked = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<RegionMap.Area> areas = new ArrayList<>();
        for (RegionShapes.Shape shape : RegionShapes.get().shapes().values()) {
            Region region = byCode.get(shape.code());
            String name = name(byCode, shape.code());
            Double value = totals.get(shape.code());
            String valueText = value == null ? messages.get("noData") : format.count(value);
            String fill = value == null ? null : Palette.VIRIDIS.colour(SCALE.position(value, min, max));
            boolean isChosen = shape.code().equals(chosenCode);
            String accessible = isChosen ? messages.format("map.area.chosen", name, valueText)
                    : chosen == null ? messages.format("map.area", name, valueText)
                    : messages.format("map.area.with", name, name(byCode, chosenCode), valueText);
            areas.add(new RegionMap.Area(shape.code(), name, region != null && region.country() == Country.BY, fill,
                    valueText, accessible, isChosen, value == null ? Integer.MAX_VALUE : ranked.indexOf(shape.code())));
        }
        List<String> colours = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            colours.add(Palette.VIRIDIS.colour(i / 8.0));
        }
        boolean any = !totals.isEmpty();
        return new RegionMap(title, areas, links, any ? format.count(min) : "", any ? format.count(max) : "",
                colours, messages.get("scale." + SCALE.name()), messages.get("noData"),
                links.isEmpty() ? "" : messages.get("map.linesNote"), fit);
    }

    private String name(Map<String, Region> regions, String code) {
        Region region = regions.get(code);
        return region == null ? code : region.name(messages.language());
    }
}

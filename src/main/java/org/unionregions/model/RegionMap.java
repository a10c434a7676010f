package org.unionregions.model;

import java.util.List;
import java.util.Optional;

/**
 * A map of the regions as it is to be drawn, on a screen, a slide, a PDF page or a brief: each region's
 * fill, the lines to a chosen region's partners, the legend, and what part of the map to show. Drawn
 * over {@link RegionShapes}; no JavaFX here, so the PDF and PPTX writers draw it as vectors.
 *
 * @param legendScale the colour scale's name as the legend says it ("logarithmic"), empty: none said
 */
public record RegionMap(String title, List<Area> areas, List<Link> links, String legendMin, String legendMax,
                        List<String> legendColours, String legendScale, String noData, String linesNote,
                        Fit fit) {

    /** What part of the map is in sight at first. */
    public enum Fit {
        /** Belarus's regions alone. */
        BELARUS,
        /**
         * Belarus and the regions with data west of the Urals: the whole of Russia would leave Belarus a
         * few pixels wide. The boundaries are centred on 60°E, the Urals, so west is x &lt; 0.
         */
        BELARUS_AND_WEST,
        /** Every region. */
        ALL
    }

    /**
     * One region as drawn: its fill ("#rrggbb", null: no data), its value worded, what a screen reader
     * says, and its rank by value (0: the most; {@link Integer#MAX_VALUE}: no data).
     */
    public record Area(String code, String name, boolean belarusian, String fill, String valueText,
                       String accessibleName, boolean chosen, int rank) {
    }

    /** A line from the chosen region to a partner, {@code weight} from 0 to 1 by the pair's value. */
    public record Link(String from, String to, double weight, String text) {
    }

    public RegionMap {
        areas = List.copyOf(areas);
        links = List.copyOf(links);
        legendColours = List.copyOf(legendColours);
    }

    public static RegionMap empty() {
        return new RegionMap("", List.of(), List.of(), "", "", List.of(), "", "", "", Fit.BELARUS_AND_WEST);
    }

    public Optional<Area> area(String code) {
        return areas.stream().filter(area -> area.code().equals(code)).findFirst();
    }

    /** The regions named on the map: the chosen one, then up to {@code most} others by rank. */
    public List<Area> named(int most) {
        java.util.ArrayList<Area> named = new java.util.ArrayList<>();
        areas.stream().filter(Area::chosen).forEach(named::add);
        areas.stream().filter(area -> !area.chosen() && area.fill() != null && area.rank() < most)
                .sorted(java.util.Comparator.comparingInt(Area::rank)).forEach(named::add);
        return named;
    }

    /**
     * The box to show first (x, y up, in the boundaries' kilometres): {@code {minX, minY, maxX, maxY}};
     * every region's when nothing of the fit is on the map.
     */
    public double[] box(RegionShapes shapes) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (RegionShapes.Shape shape : shapes.shapes().values()) {
            boolean belarusian = shape.code().startsWith("BY-");
            boolean inSight = switch (fit) {
                case BELARUS -> belarusian;
                case BELARUS_AND_WEST -> belarusian || shape.labelX() < 0
                        && area(shape.code()).map(area -> area.fill() != null).orElse(false);
                case ALL -> true;
            };
            if (inSight) {
                double[] main = fit == Fit.ALL ? new double[] {shape.minX(), shape.minY(), shape.maxX(), shape.maxY()}
                        : shape.mainBox(); // islands far north are not what a view of the partners is for
                box[0] = Math.min(box[0], main[0]);
                box[1] = Math.min(box[1], main[1]);
                box[2] = Math.max(box[2], main[2]);
                box[3] = Math.max(box[3], main[3]);
            }
        }
        if (box[0] == Double.MAX_VALUE) {
            return new double[] {shapes.minX(), shapes.minY(), shapes.maxX(), shapes.maxY()};
        }
        return box;
    }
}

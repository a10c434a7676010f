package org.unionregions.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.StrokeLineCap;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionShapes;

/**
 * The map's nodes in the boundaries' own coordinates (kilometres, y down for JavaFX): a filled path per
 * region coloured as the model says (what the pointer and the keyboard reach), its boundary as a second
 * path above it that the pointer passes through, and the lines to a chosen region's partners. The
 * boundaries are apart because picking a stroked path builds its stroke's outline at every pointer move:
 * 630 KB a move, a full collection every couple of seconds of hovering (ScaleBenchmark). The screen
 * zooms and pans them; a slide draws them once at its size.
 */
public final class MapPicture {

    private final RegionShapes shapes;
    private final Group areas = new Group();
    private final Group outlines = new Group();
    private final Group links = new Group();
    private final Group world = new Group(areas, outlines, links);
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private final Map<String, Path> boundaries = new LinkedHashMap<>();
    private double strokeScale = 1;

    public MapPicture(RegionShapes shapes) {
        this.shapes = shapes;
        // Russia's subjects first, then Belarus's, and cities last: Minsk and Moscow lie inside their oblasts
        shapes.shapes().values().stream()
                .sorted(java.util.Comparator.comparingInt(MapPicture::drawOrder))
                .forEach(shape -> {
                    Path path = path(shape, "map-area");
                    path.setId("map-" + shape.code());
                    Path boundary = path(shape, "map-outline");
                    paths.put(shape.code(), path);
                    boundaries.put(shape.code(), boundary);
                    path.focusedProperty().addListener((obs, was, focused) -> {
                        boundary.pseudoClassStateChanged(FOCUSED, focused);
                        scaleStrokes(strokeScale);
                    });
                    areas.getChildren().add(path);
                    outlines.getChildren().add(boundary);
                });
        outlines.setMouseTransparent(true);
    }

    private static int drawOrder(RegionShapes.Shape shape) {
        boolean city = shape.code().equals("BY-HM") || shape.code().equals("RU-MOW") || shape.code().equals("RU-SPE");
        return (shape.code().startsWith("BY-") ? 1 : 0) + (city ? 2 : 0);
    }

    private static Path path(RegionShapes.Shape shape, String styleClass) {
        Path path = new Path();
        path.setFillRule(FillRule.EVEN_ODD);
        for (double[] ring : shape.rings()) {
            path.getElements().add(new MoveTo(ring[0], -ring[1]));
            for (int i = 2; i < ring.length; i += 2) {
                path.getElements().add(new LineTo(ring[i], -ring[i + 1]));
            }
            path.getElements().add(new ClosePath());
        }
        path.getStyleClass().add(styleClass);
        return path;
    }

    public Group world() {
        return world;
    }

    public Map<String, Path> paths() {
        return paths;
    }

    public RegionShapes shapes() {
        return shapes;
    }

    /** Colours the areas and draws the lines of {@code model}. */
    public void show(RegionMap model) {
        for (RegionMap.Area area : model.areas()) {
            Path path = paths.get(area.code());
            if (path == null) {
                continue;
            }
            // inline, so the theme's style sheet (which colours "no data") cannot override a value's colour
            path.setStyle(area.fill() == null ? "" : "-fx-fill: " + area.fill() + ";");
            path.setFocusTraversable(area.fill() != null || area.chosen()); // Tab visits regions with data
            path.pseudoClassStateChanged(NO_DATA, area.fill() == null);
            path.pseudoClassStateChanged(CHOSEN, area.chosen());
            path.pseudoClassStateChanged(BELARUSIAN, area.belarusian());
            path.setAccessibleText(area.accessibleName());
            boundaries.get(area.code()).pseudoClassStateChanged(CHOSEN, area.chosen());
            if (area.chosen()) {
                boundaries.get(area.code()).toFront(); // its whole outline in sight, over its neighbours'
            }
        }
        links.getChildren().clear();
        for (RegionMap.Link link : model.links()) {
            RegionShapes.Shape from = shapes.shape(link.from());
            RegionShapes.Shape to = shapes.shape(link.to());
            if (from == null || to == null) {
                continue;
            }
            Line line = new Line(from.labelX(), -from.labelY(), to.labelX(), -to.labelY());
            line.getStyleClass().add("map-link");
            line.setStrokeLineCap(StrokeLineCap.ROUND);
            line.setUserData(link.weight());
            line.setMouseTransparent(true);
            links.getChildren().add(line);
        }
        scaleStrokes(strokeScale);
    }

    /**
     * Strokes in screen pixels whatever the zoom ({@code scale}: pixels a kilometre): a boundary stays a
     * hairline, a link 1.5 to 9 pixels by its pair's value.
     */
    public void scaleStrokes(double scale) {
        strokeScale = scale;
        for (Path boundary : boundaries.values()) {
            boolean marked = boundary.getPseudoClassStates().contains(CHOSEN)
                    || boundary.getPseudoClassStates().contains(FOCUSED);
            boundary.setStrokeWidth((marked ? 3 : 0.8) / scale);
        }
        for (var node : links.getChildren()) {
            double weight = node.getUserData() instanceof Double w ? w : 0;
            ((Line) node).setStrokeWidth((1.5 + 7.5 * weight) / scale);
        }
    }

    static final javafx.css.PseudoClass NO_DATA = javafx.css.PseudoClass.getPseudoClass("no-data");
    static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");
    static final javafx.css.PseudoClass BELARUSIAN = javafx.css.PseudoClass.getPseudoClass("belarusian");
    /** A boundary's region has the keyboard's focus (the boundary itself never does). */
    static final javafx.css.PseudoClass FOCUSED = javafx.css.PseudoClass.getPseudoClass("region-focused");
}

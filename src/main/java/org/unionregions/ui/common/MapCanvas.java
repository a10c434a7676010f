package org.unionregions.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionShapes;

/**
 * The map at a size: the picture scaled and moved into the room it has (fit to the regions with data,
 * or to all), zoomed about a point, moved by a distance, with the names of the regions that matter most
 * written at their centres in screen pixels (not scaled with the map). The screen adds the mouse and
 * keys; a slide uses it as it is.
 */
public final class MapCanvas extends Region {

    /** How many regions are named: the chosen one and its strongest partners, or the strongest regions. */
    public static final int NAMED = 12;
    private static final double MARGIN = 0.04;

    private final MapPicture picture;
    private final Affine transform = new Affine();
    private final Pane names = new Pane();
    private final Rectangle clip = new Rectangle();
    private final PauseTransition settle = new PauseTransition(Duration.millis(150));
    /** A label per region named so far: made and styled once, then moved. */
    private final Map<String, Label> labels = new HashMap<>();
    private Bounds fitted;
    private double laidOutWidth;
    private double laidOutHeight;
    private boolean zoomedByHand;
    private RegionMap model = RegionMap.empty();

    public MapCanvas(RegionShapes shapes) {
        this.picture = new MapPicture(shapes);
        picture.world().getTransforms().add(transform);
        settle.setOnFinished(event -> settled());
        names.setMouseTransparent(true);
        names.setManaged(false);
        getChildren().addAll(picture.world(), names);
        setClip(clip);
        getStyleClass().add("map-canvas");
        setMinSize(200, 150);
        setPrefSize(800, 560);
    }

    public MapPicture picture() {
        return picture;
    }

    /**
     * Colours, lines and names of {@code shown}. The view is fitted to the first map with data and then
     * stays where it is: choosing a region must not move the map under the pointer (the second click of
     * a double-click landed on another region).
     */
    public void show(RegionMap shown) {
        boolean firstData = !hasData(model) && hasData(shown);
        this.model = shown;
        picture.show(shown);
        if (firstData && !zoomedByHand) {
            fitted = null; // fitted at the next layout
        }
        requestLayout();
    }

    private static boolean hasData(RegionMap map) {
        return map.areas().stream().anyMatch(area -> area.fill() != null);
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        names.resize(getWidth(), getHeight());
        boolean resized = getWidth() != laidOutWidth || getHeight() != laidOutHeight;
        laidOutWidth = getWidth();
        laidOutHeight = getHeight();
        if ((fitted == null || resized && !zoomedByHand) && getWidth() > 0 && getHeight() > 0) {
            fit(firstBounds()); // a new window size keeps the same part of the map in sight
            zoomedByHand = false;
        }
        placeNames();
    }

    /** Every region in sight. */
    public void fitAll() {
        RegionShapes shapes = picture.shapes();
        fit(box(shapes.minX(), shapes.minY(), shapes.maxX(), shapes.maxY()));
        zoomedByHand = true;
    }

    /** The part of the map the model shows first (Belarus and the regions with data west of the Urals). */
    public void fitFirst() {
        fit(firstBounds());
        zoomedByHand = false;
    }

    /** Zooms by {@code factor} keeping the point {@code (x, y)} of the canvas where it is. */
    public void zoomAt(double x, double y, double factor) {
        double scale = transform.getMxx();
        double whole = wholeScale();
        double next = Math.max(whole * 0.8, Math.min(whole * 60, scale * factor));
        double applied = next / scale;
        transform.setToTransform(next, 0, x - (x - transform.getTx()) * applied,
                0, next, y - (y - transform.getTy()) * applied);
        zoomedByHand = true;
        moving();
    }

    /** Zooms about the middle (the keys and the buttons). */
    public void zoom(double factor) {
        zoomAt(getWidth() / 2, getHeight() / 2, factor);
    }

    /** Moves the map by {@code dx, dy} pixels. */
    public void move(double dx, double dy) {
        transform.setTx(transform.getTx() + dx);
        transform.setTy(transform.getTy() + dy);
        zoomedByHand = true;
        moving();
    }

    /** Pixels a kilometre, as drawn now. */
    public double scale() {
        return transform.getMxx();
    }

    /** Where a point of the boundaries (kilometres, y up) is on the canvas. */
    public Point2D onCanvas(double x, double y) {
        return transform.transform(x, -y);
    }

    /** The names written on the map now. */
    public List<Label> names() {
        return names.getChildren().stream().map(Label.class::cast).toList();
    }

    private void fit(Bounds box) {
        double width = Math.max(1, getWidth());
        double height = Math.max(1, getHeight());
        double scale = Math.min(width / box.getWidth(), height / box.getHeight()) * (1 - 2 * MARGIN);
        double tx = (width - box.getWidth() * scale) / 2 - box.getMinX() * scale;
        double ty = (height - box.getHeight() * scale) / 2 - box.getMinY() * scale;
        transform.setToTransform(scale, 0, tx, 0, scale, ty);
        fitted = box;
        changed();
    }

    private double wholeScale() {
        RegionShapes shapes = picture.shapes();
        return Math.min(Math.max(1, getWidth()) / (shapes.maxX() - shapes.minX()),
                Math.max(1, getHeight()) / (shapes.maxY() - shapes.minY()));
    }

    /**
     * A zoom or a drag under way: only the transform changes; the strokes (90 paths' bounds to
     * recompute) and the names follow once the pointer rests for 150 ms. Doing both on every wheel notch
     * took the FX thread 277 ms a pulse (ScaleBenchmark). A cached bitmap of the picture while it moves
     * spared the software renderer but cost 130 MB resident: not worth it.
     */
    private void moving() {
        names.setVisible(false);
        settle.playFromStart();
    }

    private void settled() {
        names.setVisible(true);
        changed();
    }

    private void changed() {
        picture.scaleStrokes(transform.getMxx());
        placeNames();
    }

    /** The part of the map the model asks to show first. */
    private Bounds firstBounds() {
        double[] box = model.box(picture.shapes());
        return box(box[0], box[1], box[2], box[3]);
    }

    /** A box of the boundaries' coordinates (y up) as the picture's (y down). */
    private static Bounds box(double minX, double minY, double maxX, double maxY) {
        return new BoundingBox(minX, -maxY, maxX - minX, maxY - minY);
    }

    /** Writes the names of the regions that matter most, where they are now, skipping any that would overlap. */
    private void placeNames() {
        List<Label> shown = new ArrayList<>();
        List<Bounds> taken = new ArrayList<>();
        for (RegionMap.Area area : model.named(NAMED)) {
            RegionShapes.Shape shape = picture.shapes().shape(area.code());
            if (shape == null) {
                continue;
            }
            Label label = label(area);
            Point2D at = onCanvas(shape.labelX(), shape.labelY());
            double width = label.prefWidth(-1);
            double height = label.prefHeight(width);
            Bounds bounds = new BoundingBox(at.getX() - width / 2, at.getY() - height / 2, width, height);
            boolean inside = bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= getWidth()
                    && bounds.getMaxY() <= getHeight();
            if (inside && taken.stream().noneMatch(other -> other.intersects(bounds))) {
                label.resizeRelocate(bounds.getMinX(), bounds.getMinY(), width, height);
                taken.add(bounds);
                shown.add(label);
            }
        }
        if (!names.getChildren().equals(shown)) {
            names.getChildren().setAll(shown);
        }
    }

    /** The region's label, made and styled the first time it is named (styled before it is measured). */
    private Label label(RegionMap.Area area) {
        Label label = labels.computeIfAbsent(area.code(), code -> {
            Label made = new Label();
            made.setId("map-name-" + code);
            return made;
        });
        String style = area.chosen() ? "map-name-chosen" : "map-name";
        if (!area.name().equals(label.getText()) || !label.getStyleClass().contains(style)) {
            label.setText(area.name());
            label.getStyleClass().setAll("label", style);
            if (label.getParent() == null) {
                names.getChildren().add(label);
            }
            label.applyCss();
        }
        return label;
    }
}

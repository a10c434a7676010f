package org.unionregions.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
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
    private Bounds fitted;
    private boolean zoomedByHand;
    private RegionMap model = RegionMap.empty();

    public MapCanvas(RegionShapes shapes) {
        this.picture = new MapPicture(shapes);
        picture.world().getTransforms().add(transform);
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

    /** Colours, lines and names of {@code shown}; the view fits the regions with data unless zoomed by hand. */
    public void show(RegionMap shown) {
        this.model = shown;
        picture.show(shown);
        if (!zoomedByHand) {
            fitted = null; // refit at the next layout: what has data may have changed
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        names.resize(getWidth(), getHeight());
        if (fitted == null && getWidth() > 0 && getHeight() > 0) {
            fit(firstBounds());
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
        changed();
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
        changed();
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
        List<RegionMap.Area> named = model.named(NAMED);
        List<Label> labels = new ArrayList<>();
        List<Bounds> taken = new ArrayList<>();
        for (RegionMap.Area area : named) {
            RegionShapes.Shape shape = picture.shapes().shape(area.code());
            if (shape == null) {
                continue;
            }
            Point2D at = onCanvas(shape.labelX(), shape.labelY());
            Label label = new Label(area.name());
            label.getStyleClass().add(area.chosen() ? "map-name-chosen" : "map-name");
            label.setId("map-name-" + area.code());
            names.getChildren().add(label); // styled before it is measured
            label.applyCss();
            double width = label.prefWidth(-1);
            double height = label.prefHeight(width);
            Bounds bounds = new BoundingBox(at.getX() - width / 2, at.getY() - height / 2, width, height);
            boolean inside = bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= getWidth()
                    && bounds.getMaxY() <= getHeight();
            if (!inside || taken.stream().anyMatch(other -> other.intersects(bounds))) {
                names.getChildren().remove(label);
                continue;
            }
            label.resizeRelocate(bounds.getMinX(), bounds.getMinY(), width, height);
            taken.add(bounds);
            labels.add(label);
        }
        names.getChildren().setAll(labels);
    }
}

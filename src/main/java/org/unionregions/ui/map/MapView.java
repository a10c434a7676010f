package org.unionregions.ui.map;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.util.StringConverter;
import org.unionregions.i18n.Messages;
import org.unionregions.model.PairMetric;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionShapes;
import org.unionregions.ui.common.BusySpinner;
import org.unionregions.ui.common.MapCanvas;
import org.unionregions.ui.common.MapLegend;

/**
 * The map screen: the metric and the zoom on top, the map (a click chooses a region and shows its
 * partners, a double-click opens its profile; the wheel zooms, a drag moves; Tab goes from region to
 * region with data, Enter chooses, Ctrl+Enter opens the profile, + and - zoom, the arrows move), the
 * colour legend and where the boundaries come from below.
 */
public final class MapView extends BorderPane {

    private static final double STEP = 1.4;
    private static final double MOVE = 60;

    private final MapViewModel viewModel;
    private final Messages messages;
    private final StackPane mapArea;
    private final Label heading = new Label();
    private final MapLegend legend;
    private final Label attribution = new Label();
    private MapCanvas canvas;
    private double pressX;
    private double pressY;

    public MapView(MapViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("map-screen");
        heading.getStyleClass().add("screen-title");
        heading.setId("map-heading");
        Label hint = new Label(messages.get("map.hint"));
        hint.getStyleClass().add("screen-note");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProgressIndicator progress = BusySpinner.whileBusy(viewModel.busyProperty());
        mapArea = new StackPane(progress);
        mapArea.setId("map-area");
        mapArea.getStyleClass().add("map-frame");
        VBox.setVgrow(mapArea, Priority.ALWAYS);
        legend = new MapLegend(messages);
        legend.setId("map-legend");
        attribution.getStyleClass().add("screen-note");
        attribution.setId("map-attribution");
        attribution.setWrapText(true);
        attribution.setMinHeight(Region.USE_PREF_SIZE);
        VBox centre = new VBox(10, heading, hint, tools(), error, mapArea, legend, attribution);
        centre.setPadding(new Insets(20));
        setCenter(centre);

        viewModel.shapesProperty().addListener((obs, old, shapes) -> build(shapes));
        viewModel.mapProperty().addListener((obs, old, model) -> show(model));
        build(viewModel.shapesProperty().get());
    }

    private FlowPane tools() {
        ComboBox<PairMetric> metric = new ComboBox<>(FXCollections.observableArrayList(MapViewModel.METRICS));
        metric.setId("map-metric");
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(PairMetric value) {
                return value == null ? "" : viewModel.metricLabel(value);
            }

            @Override
            public PairMetric fromString(String text) {
                return null;
            }
        });
        metric.valueProperty().bindBidirectional(viewModel.metricProperty());
        Label metricLabel = new Label(messages.get("matrix.metric"));
        metricLabel.setLabelFor(metric);
        Button fitWest = button("map-fit-west", "map.fitWest", () -> canvas.fitFirst());
        Button fitAll = button("map-fit-all", "map.fitAll", () -> canvas.fitAll());
        Button zoomIn = button("map-zoom-in", "map.zoomIn", () -> canvas.zoom(STEP));
        Button zoomOut = button("map-zoom-out", "map.zoomOut", () -> canvas.zoom(1 / STEP));
        Button clear = button("map-clear", "map.clear", () -> viewModel.choose(viewModel.chosenProperty().get()));
        clear.disableProperty().bind(viewModel.chosenProperty().isNull());
        FlowPane bar = new FlowPane(12, 8, new HBox(8, metricLabel, metric), fitWest, fitAll, zoomIn, zoomOut, clear);
        ((HBox) bar.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> {
            if (canvas != null) {
                action.run();
            }
        });
        return button;
    }

    /** The map's nodes, once the boundaries are read. */
    private void build(RegionShapes shapes) {
        if (shapes == null || canvas != null) {
            return;
        }
        canvas = new MapCanvas(shapes);
        canvas.setId("map-canvas");
        canvas.setFocusTraversable(true);
        canvas.setAccessibleText(messages.get("map.heading"));
        mapArea.getChildren().add(0, canvas);
        attribution.setText(messages.format("map.attribution", messages.get("map.boundaries")));
        canvas.picture().paths().forEach((code, path) -> wire(code, path));
        canvas.setOnScroll(this::wheel);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            pressX = event.getX();
            pressY = event.getY();
        });
        canvas.setOnMouseDragged(event -> {
            canvas.move(event.getX() - pressX, event.getY() - pressY);
            pressX = event.getX();
            pressY = event.getY();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        show(viewModel.mapProperty().get());
    }

    /** A region's mouse, keys and tooltip. */
    private void wire(String code, Path path) {
        Tooltip tip = new Tooltip();
        Tooltip.install(path, tip);
        path.setUserData(tip);
        path.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
                return; // the end of a drag chooses nothing
            }
            if (event.getClickCount() == 2) {
                viewModel.openProfile(code);
            } else {
                viewModel.choose(code);
            }
        });
        path.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                viewModel.openProfile(code);
            } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                viewModel.choose(code);
            } else {
                return;
            }
            event.consume();
        });
    }

    private void wheel(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            canvas.zoomAt(event.getX(), event.getY(), event.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
            event.consume();
        }
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case PLUS, ADD, EQUALS -> canvas.zoom(STEP);
            case MINUS, SUBTRACT -> canvas.zoom(1 / STEP);
            case LEFT -> canvas.move(MOVE, 0);
            case RIGHT -> canvas.move(-MOVE, 0);
            case UP -> canvas.move(0, MOVE);
            case DOWN -> canvas.move(0, -MOVE);
            case DIGIT0, NUMPAD0 -> canvas.fitFirst();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void show(RegionMap model) {
        heading.setText(model.title().isEmpty() ? messages.get("map.heading") : model.title());
        showLegend(model);
        if (canvas == null) {
            return;
        }
        canvas.show(model);
        for (RegionMap.Area area : model.areas()) {
            Path path = canvas.picture().paths().get(area.code());
            if (path != null && path.getUserData() instanceof Tooltip tip) {
                tip.setText(area.accessibleName());
            }
        }
    }

    private void showLegend(RegionMap model) {
        legend.show(model);
    }
}

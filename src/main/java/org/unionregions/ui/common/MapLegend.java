package org.unionregions.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.unionregions.i18n.Messages;
import org.unionregions.model.RegionMap;

/**
 * A map's legend: "Colour scale: min [ramp] max (logarithmic) [grey swatch] no data", and what the
 * lines mean when a region is chosen. On the map screen, the small maps and the map's slide.
 */
public final class MapLegend extends FlowPane {

    private final String heading;

    public MapLegend(Messages messages) {
        super(8, 4);
        this.heading = messages.get("matrix.legend");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("map-legend");
    }

    public void show(RegionMap map) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        if (!map.legendMin().isEmpty()) {
            List<Stop> stops = new ArrayList<>();
            List<String> colours = map.legendColours();
            for (int i = 0; i < colours.size(); i++) {
                stops.add(new Stop(i / (double) (colours.size() - 1), Color.web(colours.get(i))));
            }
            Rectangle ramp = new Rectangle(160, 14, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
            Label min = new Label(map.legendMin());
            min.setId("map-legend-min");
            Label max = new Label(map.legendMax());
            max.setId("map-legend-max");
            nodes.addAll(List.of(new Label(heading), min, ramp, max));
            if (!map.legendScale().isEmpty()) {
                Label scale = new Label("(" + map.legendScale() + ")");
                scale.getStyleClass().add("screen-note");
                nodes.add(scale);
            }
        }
        Region noData = new Region();
        noData.getStyleClass().add("map-no-data-swatch");
        noData.setMinSize(24, 14);
        noData.setMaxSize(24, 14);
        nodes.add(noData);
        nodes.add(new Label(map.noData()));
        if (!map.linesNote().isEmpty()) {
            Label lines = new Label(map.linesNote());
            lines.getStyleClass().add("screen-note");
            nodes.add(lines);
        }
        getChildren().setAll(nodes);
    }
}

package org.unionregions.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.unionregions.i18n.Messages;

/**
 * The matrix's colour legend: "Colour scale: min [ramp with the middle value] max, scale, no-data
 * swatch, what * means"; a uniform matrix shows one swatch and its value. Its nodes are made once and
 * only texts and gradient change: new labels on every redraw had to be styled from scratch each time.
 * On the screen under the grid, and on the matrix slide.
 */
public final class MatrixLegend extends FlowPane {

    private static final double RAMP_WIDTH = 240;
    private static final double SWATCH_WIDTH = 24;

    private final Label empty;
    private final Rectangle ramp = new Rectangle(RAMP_WIDTH, 16);
    private final Label min = new Label();
    private final Label mid = new Label();
    private final Label max = new Label();
    private final Label scale = new Label();
    private final List<Node> shown;

    public MatrixLegend(Messages messages) {
        super(8, 6); // the middle value under the ramp has a place of its own (below)
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 0, 0, 0));
        getStyleClass().add("matrix-legend");
        empty = new Label(messages.get("matrix.empty"));
        empty.getStyleClass().add("screen-note");
        min.setId("legend-min");
        max.setId("legend-max");
        // the middle value under the ramp, inside the legend's own height (as much room above keeps the
        // ramp level with the words beside it), so nothing laid out below the legend is drawn over
        mid.getStyleClass().add("legend-middle");
        Region above = new Region();
        above.minHeightProperty().bind(mid.heightProperty());
        javafx.scene.layout.VBox rampWithMiddle = new javafx.scene.layout.VBox(above, ramp, mid);
        rampWithMiddle.setAlignment(Pos.TOP_CENTER);
        rampWithMiddle.setFillWidth(false);
        Region emptySwatch = new Region();
        emptySwatch.getStyleClass().addAll("matrix-cell", "empty-cell");
        emptySwatch.setMinSize(24, 16);
        emptySwatch.setMaxSize(24, 16);
        scale.getStyleClass().add("screen-note");
        Label expected = new Label(messages.get("matrix.expectedNote"));
        expected.getStyleClass().add("screen-note");
        shown = List.of(new Label(messages.get("matrix.legend")), min, rampWithMiddle, max, scale, emptySwatch,
                new Label(messages.get("noData")), expected);
    }

    public void show(MatrixModel model) {
        if (model.legend().colours().isEmpty() || model.cells().isEmpty()) {
            getChildren().setAll(empty);
            return;
        }
        List<String> colours = model.legend().colours();
        if (model.legend().uniform()) {
            ramp.setFill(Color.web(colours.get(0)));
            ramp.setWidth(SWATCH_WIDTH);
        } else {
            List<Stop> stops = new ArrayList<>();
            for (int i = 0; i < colours.size(); i++) {
                stops.add(new Stop(i / (double) (colours.size() - 1), Color.web(colours.get(i))));
            }
            ramp.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
            ramp.setWidth(RAMP_WIDTH);
        }
        max.setVisible(!model.legend().uniform());
        max.setManaged(!model.legend().uniform());
        min.setText(model.legend().minText());
        mid.setText(model.legend().midText());
        max.setText(model.legend().maxText());
        scale.setText(model.legend().scaleName());
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }
}

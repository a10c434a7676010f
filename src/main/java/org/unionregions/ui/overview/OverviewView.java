package org.unionregions.ui.overview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.unionregions.i18n.Messages;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionShapes;
import org.unionregions.ui.common.BusySpinner;
import org.unionregions.ui.common.FrameByFrame;
import org.unionregions.ui.common.MapCanvas;
import org.unionregions.ui.common.MapLegend;
import org.unionregions.ui.common.UncachedScrollPane;

/** Headline tiles, each naming its source and year. */
public final class OverviewView extends StackPane {

    private final FlowPane tiles = new FlowPane(16, 16);

    private final Messages messages;
    private final VBox mapTile;
    private boolean mapAsked;
    /** The small map's tooltips, a Belarusian region's each. */
    private final java.util.Map<String, Tooltip> tips = new java.util.HashMap<>();

    public OverviewView(OverviewViewModel viewModel, Messages messages) {
        this.messages = messages;
        getStyleClass().add("overview");
        Label heading = new Label(messages.get("overview.heading"));
        heading.getStyleClass().add("screen-title");
        Label note = new Label(messages.get("overview.note"));
        note.getStyleClass().add("screen-note");
        note.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        mapTile = partnersMap(viewModel);
        VBox content = new VBox(16, heading, error, tiles, note);
        content.setPadding(new Insets(24));
        ScrollPane scroll = new UncachedScrollPane(content);
        scroll.setFitToWidth(true);
        ProgressIndicator progress = BusySpinner.whileBusy(viewModel.busyProperty());
        getChildren().addAll(scroll, progress);
        viewModel.tiles().addListener((ListChangeListener<OverviewViewModel.Tile>) change -> {
            rebuild(viewModel);
            askForTheMap(viewModel);
        });
        rebuild(viewModel);
        askForTheMap(viewModel);
    }

    /**
     * Belarus's regions by their Russian partners, made when the first map arrives (its boundaries were
     * read with it); a click shows a region's partners on the map screen.
     */
    private VBox partnersMap(OverviewViewModel viewModel) {
        Label title = new Label();
        title.getStyleClass().add("tile-title");
        StackPane holder = new StackPane();
        holder.setId("overview-map");
        holder.getStyleClass().add("map-frame");
        holder.setPrefSize(560, 340);
        holder.setMaxWidth(760);
        MapLegend legend = new MapLegend(messages);
        Label hint = new Label(messages.get("overview.map.hint"));
        hint.getStyleClass().add("screen-note");
        VBox box = new VBox(8, title, holder, legend, hint);
        box.getStyleClass().add("tile");
        box.setMaxWidth(Region.USE_PREF_SIZE);
        Runnable show = () -> {
            RegionMap map = viewModel.mapProperty().get();
            boolean any = !map.legendMin().isEmpty();
            box.setVisible(any);
            box.setManaged(any);
            if (!any) {
                return;
            }
            if (holder.getChildren().isEmpty()) {
                MapCanvas canvas = new MapCanvas(RegionShapes.get());
                canvas.setPrefSize(560, 340);
                canvas.picture().paths().forEach((code, path) -> {
                    if (code.startsWith("BY-")) {
                        path.setOnMouseClicked(event -> viewModel.openOnMap(code));
                        Tooltip tip = new Tooltip();
                        Tooltip.install(path, tip);
                        tips.put(code, tip);
                    }
                });
                holder.getChildren().add(canvas);
            }
            MapCanvas canvas = (MapCanvas) holder.getChildren().get(0);
            canvas.show(map);
            map.areas().stream().filter(area -> tips.containsKey(area.code()))
                    .forEach(area -> tips.get(area.code()).setText(area.accessibleName()));
            title.setText(map.title());
            legend.show(map);
        };
        viewModel.mapProperty().addListener(obs -> show.run());
        show.run();
        return box;
    }

    /** The small map is read after the frame that shows the figures, once. */
    private void askForTheMap(OverviewViewModel viewModel) {
        if (!mapAsked && !viewModel.tiles().isEmpty()) {
            mapAsked = true;
            FrameByFrame.addParts(tiles, viewModel::loadMap);
        }
    }

    private void rebuild(OverviewViewModel viewModel) {
        tiles.getChildren().setAll(viewModel.tiles().stream().map(OverviewView::tile).toList());
        tiles.getChildren().add(mapTile); // a wide tile after the figures
    }

    /** One tile; also used on the presentation slide. */
    public static VBox tile(OverviewViewModel.Tile tile) {
        Label title = new Label(tile.title());
        title.getStyleClass().add("tile-title");
        title.setWrapText(true);
        Label value = new Label(tile.value());
        value.getStyleClass().add("tile-value");
        value.setWrapText(true);
        Label caveat = new Label(tile.caveat());
        caveat.getStyleClass().add("tile-caveat");
        caveat.setWrapText(true);
        caveat.setVisible(!tile.caveat().isEmpty());
        caveat.setManaged(caveat.isVisible());
        Label context = new Label(tile.context());
        context.getStyleClass().add("tile-context");
        context.setWrapText(true);
        Label source = new Label(tile.source());
        source.getStyleClass().add("tile-source");
        source.setWrapText(true);
        VBox box = new VBox(6, title, value, caveat, context, source);
        box.getStyleClass().add("tile");
        box.setId("tile-" + tile.id());
        box.setPrefWidth(270);
        box.setMinHeight(170);
        return box;
    }
}

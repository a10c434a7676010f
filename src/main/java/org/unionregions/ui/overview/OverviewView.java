package org.unionregions.ui.overview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.unionregions.ui.common.BusySpinner;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.UncachedScrollPane;

/** Headline tiles, each naming its source and year. */
public final class OverviewView extends StackPane {

    private final FlowPane tiles = new FlowPane(16, 16);

    public OverviewView(OverviewViewModel viewModel, Messages messages) {
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
        VBox content = new VBox(16, heading, error, tiles, note);
        content.setPadding(new Insets(24));
        ScrollPane scroll = new UncachedScrollPane(content);
        scroll.setFitToWidth(true);
        ProgressIndicator progress = BusySpinner.whileBusy(viewModel.busyProperty());
        getChildren().addAll(scroll, progress);
        viewModel.tiles().addListener((ListChangeListener<OverviewViewModel.Tile>) change -> rebuild(viewModel));
        rebuild(viewModel);
    }

    private void rebuild(OverviewViewModel viewModel) {
        tiles.getChildren().setAll(viewModel.tiles().stream().map(OverviewView::tile).toList());
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

package org.unionregions.ui.matrix;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.unionregions.ui.common.UncachedScrollPane;
import org.unionregions.ui.present.SlideArt;
import org.unionregions.ui.shell.AppScreen;
import org.unionregions.ui.shell.ScreenContext;

/** The region-pair matrix's registration: read as the window opens, its slide in the standard deck. */
public final class MatrixScreen implements AppScreen<MatrixViewModel> {

    public static final String ID = "MATRIX";
    /** The screen a region's profile opens on (a double-click on a region). */
    private static final String PROFILE = "PROFILE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "nav.matrix";
    }

    @Override
    public Ikon icon() {
        return Material2AL.GRID_ON;
    }

    @Override
    public Loading loading() {
        return Loading.AT_START;
    }

    @Override
    public MatrixViewModel model(ScreenContext context) {
        MatrixViewModel matrix = new MatrixViewModel(context.store(), context.runner(), context.messages(),
                context.format());
        matrix.profileRequestProperty().addListener((obs, old, code) -> {
            if (code != null) {
                context.open(PROFILE, Map.of("region", code));
            }
        });
        return matrix;
    }

    @Override
    public Class<MatrixViewModel> modelType() {
        return MatrixViewModel.class;
    }

    @Override
    public Node view(MatrixViewModel model, ScreenContext context) {
        return new MatrixView(model, context.messages());
    }

    @Override
    public SlideOffer slideOffer() {
        return SlideOffer.DECK;
    }

    /** The matrix as large as the slide allows (up to 2.5x: read from the back of the room), with its legend. */
    @Override
    public SlideArt slideArt() {
        return (content, frame) -> {
            if (!(content instanceof MatrixContent shown)) {
                return null;
            }
            MatrixCanvas canvas = new MatrixCanvas(frame.textFill());
            canvas.show(shown.matrix(), null, "Σ");
            double room = Math.min(frame.width() - 96, 1824);
            double height = frame.height() - 380; // title, source line, legend
            // a wide matrix (33 partners) is shrunk to the slide rather than cut by a scroll bar
            canvas.setZoom(Math.max(0.6, Math.min(2.5, Math.min(room / canvas.naturalWidth(),
                    height / canvas.naturalHeight()))));
            ScrollPane scroll = new UncachedScrollPane(canvas);
            scroll.getStyleClass().add("edge-to-edge");
            // the colour legend on the slide too: a projected matrix is read by its colours
            MatrixLegend legend = new MatrixLegend(frame.format().messages());
            legend.setId("slide-legend");
            legend.show(shown.matrix());
            VBox.setVgrow(scroll, Priority.ALWAYS);
            return new VBox(16, scroll, legend);
        };
    }

    @Override
    public String searchFieldId() {
        return null;
    }

    @Override
    public boolean searchesEverything() {
        return false;
    }

    @Override
    public Map<KeyCombination, Runnable> keys(MatrixViewModel model) {
        return Map.of();
    }
}

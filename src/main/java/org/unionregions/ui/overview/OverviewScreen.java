package org.unionregions.ui.overview;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.unionregions.ui.present.SlideArt;
import org.unionregions.ui.shell.AppScreen;
import org.unionregions.ui.shell.ScreenContext;

/** The Overview's registration: the headline tiles, read as the window opens, a slide of tiles in the deck. */
public final class OverviewScreen implements AppScreen<OverviewViewModel> {

    /** The screen a click on the small map opens. */
    private static final String MAP = "MAP";

    public static final String ID = "OVERVIEW";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "nav.overview";
    }

    @Override
    public Ikon icon() {
        return Material2AL.DASHBOARD;
    }

    @Override
    public Loading loading() {
        return Loading.AT_START;
    }

    @Override
    public OverviewViewModel model(ScreenContext context) {
        OverviewViewModel overview = new OverviewViewModel(context.store(), context.runner(), context.messages(),
                context.format(), context.clock());
        overview.openMapsWith(code -> context.open(MAP, Map.of("region", code)));
        return overview;
    }

    @Override
    public Class<OverviewViewModel> modelType() {
        return OverviewViewModel.class;
    }

    @Override
    public Node view(OverviewViewModel model, ScreenContext context) {
        return new OverviewView(model, context.messages());
    }

    @Override
    public SlideOffer slideOffer() {
        return SlideOffer.DECK;
    }

    @Override
    public SlideArt slideArt() {
        return (content, frame) -> {
            if (!(content instanceof TilesContent tiles)) {
                return null;
            }
            FlowPane pane = new FlowPane(24, 24);
            pane.setAlignment(Pos.CENTER);
            tiles.tiles().forEach(tile -> pane.getChildren().add(OverviewView.tile(tile)));
            return pane;
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
    public Map<KeyCombination, Runnable> keys(OverviewViewModel model) {
        return Map.of();
    }
}

package org.unionregions.ui.map;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.unionregions.model.RegionShapes;
import org.unionregions.ui.common.MapCanvas;
import org.unionregions.ui.common.MapLegend;
import org.unionregions.ui.present.MapContent;
import org.unionregions.ui.present.SlideArt;
import org.unionregions.ui.shell.AppScreen;
import org.unionregions.ui.shell.ScreenContext;

/**
 * The map's registration: read when first shown (the boundaries too), a saved view of it is a slide;
 * a double-click or Ctrl+Enter on a region opens its profile.
 */
public final class MapScreen implements AppScreen<MapViewModel> {

    public static final String ID = "MAP";
    /** The screen a region's profile opens on. */
    private static final String PROFILE = "PROFILE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "nav.map";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.MAP;
    }

    @Override
    public Loading loading() {
        return Loading.WHEN_SHOWN;
    }

    @Override
    public MapViewModel model(ScreenContext context) {
        MapViewModel map = new MapViewModel(context.store(), context.runner(), context.messages(), context.format());
        map.openProfilesWith(code -> context.open(PROFILE, Map.of("region", code)));
        return map;
    }

    @Override
    public Class<MapViewModel> modelType() {
        return MapViewModel.class;
    }

    @Override
    public Node view(MapViewModel model, ScreenContext context) {
        return new MapView(model, context.messages());
    }

    @Override
    public SlideOffer slideOffer() {
        return SlideOffer.VIEW;
    }

    /** The map as large as the slide allows, fitted to the regions with data, with its legend. */
    @Override
    public SlideArt slideArt() {
        return (content, frame) -> {
            if (!(content instanceof MapContent shown)) {
                return null;
            }
            MapCanvas canvas = new MapCanvas(RegionShapes.get());
            canvas.setPrefSize(frame.width() - 96, frame.height() - 300);
            canvas.show(shown.map());
            MapLegend legend = new MapLegend(frame.format().messages());
            legend.setId("slide-legend");
            legend.show(shown.map());
            VBox.setVgrow(canvas, Priority.ALWAYS);
            return new VBox(16, canvas, legend);
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
    public Map<KeyCombination, Runnable> keys(MapViewModel model) {
        return Map.of();
    }
}

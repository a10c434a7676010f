package org.unionregions.ui.editions;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.unionregions.ui.present.SlideArt;
import org.unionregions.ui.shell.AppScreen;
import org.unionregions.ui.shell.ScreenContext;

/** The Editions screen's registration: charts over the forum editions, their slides in the standard deck. */
public final class EditionsScreen implements AppScreen<EditionsViewModel> {

    public static final String ID = "EDITIONS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "nav.editions";
    }

    @Override
    public Ikon icon() {
        return Material2AL.BAR_CHART;
    }

    @Override
    public Loading loading() {
        return Loading.AT_START;
    }

    @Override
    public EditionsViewModel model(ScreenContext context) {
        return new EditionsViewModel(context.store(), context.runner(), context.messages(), context.format());
    }

    @Override
    public Class<EditionsViewModel> modelType() {
        return EditionsViewModel.class;
    }

    @Override
    public Node view(EditionsViewModel model, ScreenContext context) {
        return new EditionsView(model, context.messages(), context.format());
    }

    @Override
    public SlideOffer slideOffer() {
        return SlideOffer.DECK;
    }

    /** Its slides are bar charts, which every deck draws. */
    @Override
    public SlideArt slideArt() {
        return SlideArt.NONE;
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
    public Map<KeyCombination, Runnable> keys(EditionsViewModel model) {
        return Map.of();
    }
}

package org.unionregions.ui.data;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.unionregions.ui.present.SlideArt;
import org.unionregions.ui.shell.AppScreen;
import org.unionregions.ui.shell.ScreenContext;

/**
 * The Data screen's registration: every table, read as the window opens. Its saves make the other
 * screens read again; a viewer's controls are off; an edit saved while the server was away is saved
 * when it answers; Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo from any screen.
 */
public final class DataScreen implements AppScreen<DataViewModel> {

    public static final String ID = "DATA";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "nav.data";
    }

    @Override
    public Ikon icon() {
        return Material2AL.EDIT;
    }

    @Override
    public Loading loading() {
        return Loading.AT_START;
    }

    @Override
    public DataViewModel model(ScreenContext context) {
        DataViewModel data = new DataViewModel(context.store(), context.runner(), context.messages());
        data.changesProperty().addListener((obs, old, now) -> context.registryChanged());
        context.editingProperty().addListener((obs, old, editing) ->
                data.allowEditing(editing.allowed(), editing.reason()));
        data.rowForm().savePendingProperty().addListener((obs, was, pending) -> {
            if (pending) {
                context.whenReachable(data::connectionBack);
            }
        });
        return data;
    }

    @Override
    public Class<DataViewModel> modelType() {
        return DataViewModel.class;
    }

    @Override
    public Node view(DataViewModel model, ScreenContext context) {
        return new DataView(model, context.messages());
    }

    @Override
    public SlideOffer slideOffer() {
        return SlideOffer.NONE;
    }

    @Override
    public SlideArt slideArt() {
        return SlideArt.NONE;
    }

    @Override
    public String searchFieldId() {
        return "data-search";
    }

    @Override
    public boolean searchesEverything() {
        return true;
    }

    @Override
    public Map<KeyCombination, Runnable> keys(DataViewModel model) {
        return Map.of(
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undo,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), model::redo,
                new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
    }
}

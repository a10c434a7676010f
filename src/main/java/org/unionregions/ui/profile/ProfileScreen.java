package org.unionregions.ui.profile;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.unionregions.ui.present.SlideArt;
import org.unionregions.ui.shell.AppScreen;
import org.unionregions.ui.shell.ScreenContext;

/** The region profile's registration: read when first opened; a saved view of it is the region's timeline. */
public final class ProfileScreen implements AppScreen<ProfileViewModel> {

    public static final String ID = "PROFILE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "nav.profile";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PLACE;
    }

    /** Few start here, and its reading competed with the first frames. */
    @Override
    public Loading loading() {
        return Loading.WHEN_SHOWN;
    }

    @Override
    public ProfileViewModel model(ScreenContext context) {
        return new ProfileViewModel(context.store(), context.runner(), context.messages());
    }

    @Override
    public Class<ProfileViewModel> modelType() {
        return ProfileViewModel.class;
    }

    @Override
    public Node view(ProfileViewModel model, ScreenContext context) {
        return new ProfileView(model, context.messages(), context.format());
    }

    @Override
    public SlideOffer slideOffer() {
        return SlideOffer.VIEW;
    }

    /** Its slide is a bar chart, which every deck draws. */
    @Override
    public SlideArt slideArt() {
        return SlideArt.NONE;
    }

    @Override
    public String searchFieldId() {
        return "profile-region";
    }

    @Override
    public boolean searchesEverything() {
        return false;
    }

    @Override
    public Map<KeyCombination, Runnable> keys(ProfileViewModel model) {
        return Map.of();
    }
}

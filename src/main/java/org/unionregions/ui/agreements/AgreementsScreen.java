package org.unionregions.ui.agreements;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.unionregions.ui.present.SlideArt;
import org.unionregions.ui.shell.AppScreen;
import org.unionregions.ui.shell.ScreenContext;

/**
 * The agreements screen's registration: read when first shown; a saved view of it is the slide
 * "agreements by term", which a composed deck holds like any other.
 */
public final class AgreementsScreen implements AppScreen<AgreementsViewModel> {

    public static final String ID = "AGREEMENTS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "nav.agreements";
    }

    @Override
    public Ikon icon() {
        return Material2AL.EVENT_NOTE;
    }

    @Override
    public Loading loading() {
        return Loading.WHEN_SHOWN;
    }

    @Override
    public AgreementsViewModel model(ScreenContext context) {
        return new AgreementsViewModel(context.store(), context.runner(), context.messages(), context.format());
    }

    @Override
    public Class<AgreementsViewModel> modelType() {
        return AgreementsViewModel.class;
    }

    @Override
    public Node view(AgreementsViewModel model, ScreenContext context) {
        return new AgreementsView(model, context.messages());
    }

    @Override
    public SlideOffer slideOffer() {
        return SlideOffer.VIEW;
    }

    /** The documents on their time axis, as many lines as the slide holds at a projector's size, and a count of the rest. */
    @Override
    public SlideArt slideArt() {
        return (content, frame) -> {
            if (!(content instanceof TermBars bars)) {
                return null;
            }
            TermChart chart = new TermChart(frame.textFill(), 36, 24, frame.width() * 0.36, false); // 24 px: a slide
            chart.moreWords(frame.format().messages().get("agreements.more"));
            chart.setPrefSize(frame.width() - 96, frame.height() - 260);
            chart.show(bars, null);
            chart.setId("slide-terms");
            VBox.setVgrow(chart, Priority.ALWAYS);
            return new VBox(chart);
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
    public Map<KeyCombination, Runnable> keys(AgreementsViewModel model) {
        return Map.of();
    }
}

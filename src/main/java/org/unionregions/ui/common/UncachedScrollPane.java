package org.unionregions.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane that draws its content directly. JavaFX's own keeps a picture of the whole content
 * (a node cache) to scroll it smoothly, and draws that picture anew at every change inside: with
 * software drawing each matrix change cost the painter 60-120 ms more, and the pictures of the
 * screens held 11 MB. Our screens change far more often than they scroll.
 */
public class UncachedScrollPane extends ScrollPane {

    public UncachedScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        ScrollPaneSkin skin = new ScrollPaneSkin(this);
        for (Node child : skin.getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
        return skin;
    }
}

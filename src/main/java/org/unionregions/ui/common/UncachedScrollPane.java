package org.unionregions.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane that draws its content directly. JavaFX's own keeps a picture of its whole content
 * (a node cache) to scroll it smoothly. Drawn in software, that picture is an array on the heap: the
 * pictures of the screens held megabytes, the matrix's with all 83 Russian regions most of it, and
 * raised the peak memory on a million facts (BENCHMARKS.md). Scrolling the matrix
 * stays at one frame per step without the picture.
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

    /**
     * Scrolls so that {@code node}, inside the content, is in view: a field reached with Tab in a
     * form longer than the window is not typed into unseen.
     */
    public void reveal(Node node) {
        Node content = getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight || node.getScene() == null) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double scrollable = contentHeight - viewportHeight;
        double top = getVvalue() * scrollable;
        double margin = 8;
        if (bounds.getMinY() - margin < top) {
            setVvalue(Math.max(0, (bounds.getMinY() - margin) / scrollable));
        } else if (bounds.getMaxY() + margin > top + viewportHeight) {
            setVvalue(Math.min(1, (bounds.getMaxY() + margin - viewportHeight) / scrollable));
        }
    }
}

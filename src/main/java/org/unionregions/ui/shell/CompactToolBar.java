package org.unionregions.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;

/**
 * Keeps every item of the window's tool bar on screen as the window narrows (or the words grow longer,
 * as Russian ones do): first the app's title gives way, then the screens' buttons show their icons only
 * (each keeps its name as tooltip and accessible text). A tool bar left to itself would move the last
 * items, the menu among them, into its overflow.
 */
final class CompactToolBar {

    private CompactToolBar() {
    }

    static void fit(ToolBar toolBar, Label title, List<ToggleButton> navigation) {
        Map<Node, Double> fullWidths = new HashMap<>();
        Runnable fit = () -> {
            double available = toolBar.getWidth() - toolBar.snappedLeftInset() - toolBar.snappedRightInset();
            if (available <= 0) {
                return;
            }
            double spacing = 8;
            double needed = 0;
            for (Node item : toolBar.getItems()) {
                double width = item instanceof ToggleButton button && navigation.contains(button)
                        ? fullWidth(button, fullWidths) : item == title ? fullWidth(title, fullWidths) : item.prefWidth(-1);
                needed += width + spacing;
            }
            boolean withoutTitle = needed > available;
            double titleWidth = fullWidths.getOrDefault(title, 0.0) + spacing;
            boolean iconsOnly = withoutTitle && needed - titleWidth > available;
            title.setVisible(!withoutTitle);
            title.setManaged(!withoutTitle);
            navigation.forEach(button -> button.setContentDisplay(iconsOnly ? ContentDisplay.GRAPHIC_ONLY
                    : ContentDisplay.LEFT));
        };
        toolBar.widthProperty().addListener(obs -> fit.run());
        toolBar.sceneProperty().addListener(obs -> fit.run());
    }

    /** The width of a button (or the title) with its words, measured while it shows them and kept. */
    private static double fullWidth(javafx.scene.control.Labeled item, Map<Node, Double> fullWidths) {
        Double known = fullWidths.get(item);
        if (known != null) {
            return known;
        }
        ContentDisplay shown = item.getContentDisplay();
        item.setContentDisplay(ContentDisplay.LEFT);
        double width = item.prefWidth(-1);
        item.setContentDisplay(shown);
        if (item.getSkin() != null && width > 0) {
            fullWidths.put(item, width);
        }
        return width;
    }
}

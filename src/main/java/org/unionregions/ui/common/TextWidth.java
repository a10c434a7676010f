package org.unionregions.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a text is drawn in a font, measured by a probe (the only way JavaFX offers); callers cache. */
public final class TextWidth {

    private TextWidth() {
    }

    public static double of(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}

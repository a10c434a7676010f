package org.unionregions.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A matrix cell's number, a map region's value: legible on every colour of both scales, by WCAG's contrast. */
class PaletteTest {

    @Test
    void theNumberOnEveryColourOfBothScalesReachesWcagAaContrast() {
        for (Palette palette : Palette.values()) {
            for (int step = 0; step <= 200; step++) {
                double t = step / 200.0;
                double ratio = Palette.contrast(palette.colour(t), palette.textColour(t));
                assertTrue(ratio >= 4.5, palette + " at " + t + ": " + palette.textColour(t) + " on " + palette.colour(t)
                        + " is " + String.format("%.2f", ratio) + ":1, under AA's 4.5:1");
            }
        }
    }

    @Test
    void contrastFollowsWcagsFormula() {
        assertEquals(21, Palette.contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1, Palette.contrast("#777777", "#777777"), 1e-9);
        assertEquals(4.48, Palette.contrast("#777777", "#ffffff"), 0.01); // the classic AA borderline grey
    }
}

package org.unionregions.ui.agreements;

import java.util.List;
import org.unionregions.ui.present.SlideContent;

/**
 * The documents on a time axis: a bar for each stated term, a mark for each signing, coloured by what
 * the chosen day says of it ({@code dayOfYear}: how far into its year the day is, 0 to 1). Also the
 * content of the "agreements by term" slide.
 */
public record TermBars(List<Bar> bars, int firstYear, int lastYear, int dayYear, double dayOfYear, String dayLabel)
        implements SlideContent {

    /** How a bar is coloured: the first flag that applies, in this order. */
    public enum Tone {
        EXPIRES_SOON, IN_FORCE, PAST, NOT_STATED, ANNOUNCED
    }

    /**
     * One document: its label, its term's years (null: not stated at that end), its year of signing; or a
     * heading (a Belarusian region's name above its documents), which has no document and no tone.
     */
    public record Bar(long document, String label, Integer from, Integer to, Integer signed, Tone tone, String flags) {

        public static Bar heading(String label) {
            return new Bar(-1, label, null, null, null, null, "");
        }

        public boolean isHeading() {
            return tone == null;
        }
    }

    public static TermBars empty() {
        return new TermBars(List.of(), 2010, 2030, 2026, 0, "");
    }
}

package org.unionregions.ui.matrix;

import org.unionregions.ui.present.SlideContent;

/** The region-pair matrix on a slide, as its screen shows it. */
public record MatrixContent(MatrixModel matrix) implements SlideContent {
}

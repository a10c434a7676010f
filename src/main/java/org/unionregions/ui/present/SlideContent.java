package org.unionregions.ui.present;

/**
 * What a slide shows between its title and its source line: a chart, the headline tiles, the matrix, a
 * map. Each screen that offers slides defines its own content and the {@link SlideArt} that draws it,
 * so a new kind of slide is added in the screen's package, not here.
 */
public interface SlideContent {
}

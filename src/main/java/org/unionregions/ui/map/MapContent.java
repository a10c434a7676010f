package org.unionregions.ui.map;

import org.unionregions.ui.present.SlideContent;

/** The map on a slide, as its screen shows it: the areas' colours, the lines, and the boundaries. */
public record MapContent(MapViewModel.MapModel map, RegionShapes shapes) implements SlideContent {
}

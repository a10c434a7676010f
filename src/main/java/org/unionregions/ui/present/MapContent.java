package org.unionregions.ui.present;

import org.unionregions.model.RegionMap;

/** The map on a slide, as its screen shows it: the areas' colours, the lines and the legend. */
public record MapContent(RegionMap map) implements SlideContent {
}

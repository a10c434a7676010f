package org.unionregions.ui.overview;

import java.util.List;
import org.unionregions.ui.present.SlideContent;

/** The headline tiles on a slide. */
public record TilesContent(List<OverviewViewModel.Tile> tiles) implements SlideContent {
}

package org.unionregions.ui.present;

import org.unionregions.ui.common.BarChartModel;

/** A bar chart on a slide: drawn as a chart, and written to a PPTX as a native, editable chart. */
public record ChartContent(BarChartModel chart) implements SlideContent {
}

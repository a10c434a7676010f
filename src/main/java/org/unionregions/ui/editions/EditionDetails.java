package org.unionregions.ui.editions;

import java.util.List;

/** Everything the details pane shows about one edition, already worded for the interface language. */
public record EditionDetails(
        int editionNumber,
        String title,
        String dates,
        String host,
        String format,
        String theme,
        String themeSource,
        List<Row> figures) {

    /** One figure as one source gave it: several rows per metric when sources disagree. */
    public record Row(String metric, String value, String status, String source, String asStated) {
    }
}

package org.unionregions.ui.common;

import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** A table column at least as wide as its heading, so no heading of the app's is shown cut short. */
public final class ColumnWidths {

    /** The heading's padding and the sort arrow beside it. */
    private static final double ROOM = 44;

    private ColumnWidths() {
    }

    /** Widens {@code column} to its heading (bold, as the theme draws headings) where its width is less. */
    public static <C extends TableColumnBase<?, ?>> C fitHeading(C column) {
        double heading = Math.ceil(TextWidth.of(column.getText(),
                Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()))) + ROOM;
        column.setMinWidth(Math.max(column.getMinWidth(), heading));
        if (column.getPrefWidth() < heading) {
            column.setPrefWidth(heading);
        }
        return column;
    }
}

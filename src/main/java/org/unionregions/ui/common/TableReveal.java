package org.unionregions.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Shows a table a few rows more each frame while it makes its rows. A table makes a row for every
 * line that fits its height, filled or empty, with a cell for each of its columns (also the ones
 * scrolled out of sight), and styles them all in one frame: about 200 cells on the Data screen held
 * the FX thread for several frames (BENCHMARKS.md). Grown a few rows a frame, each frame makes a share.
 *
 * <p>The table sits at the top of a room that keeps the full size, so nothing below it moves while
 * it grows. Put {@link #room()} where the table would go.
 */
public final class TableReveal {

    /** Cells made in one frame: as many as a slow machine makes, styles and lays out within a frame. */
    static final int CELLS_PER_FRAME = 60;
    /** A row's height before styling has set the table's own. */
    private static final double ROW_HEIGHT = 36;

    private final StackPane room = new StackPane();
    private TableView<?> table;

    public TableReveal() {
        room.setAlignment(Pos.TOP_LEFT);
        room.setMinHeight(0);
    }

    /** Where the table goes: it takes the table's place and size in the layout. */
    public Region room() {
        return room;
    }

    /** Puts {@code shown} in the room, in place of the table there. */
    public void show(TableView<?> shown) {
        if (table != null) {
            FrameByFrame.replaceParts(table); // its growing stops
        }
        table = shown;
        room.getChildren().setAll(shown);
    }

    /**
     * Call when the table shown is about to make its rows (an empty table makes none): it shows its
     * heading and a few rows now and grows a few rows a frame until it fills the room. The first
     * frame makes half as many rows: it also makes the headings.
     */
    public void reveal() {
        table.setMaxHeight(rowHeight() * (1 + Math.max(1, rowsPerFrame() / 2)));
        FrameByFrame.replaceParts(table, this::grow);
    }

    private void grow() {
        double next = table.getMaxHeight() + rowHeight() * rowsPerFrame();
        if (next >= room.getHeight()) {
            table.setMaxHeight(Double.MAX_VALUE);
        } else {
            table.setMaxHeight(next);
            FrameByFrame.replaceParts(table, this::grow);
        }
    }

    private double rowHeight() {
        return table.getFixedCellSize() > 0 ? table.getFixedCellSize() : ROW_HEIGHT;
    }

    /** Enough rows for {@link #CELLS_PER_FRAME} cells. */
    private int rowsPerFrame() {
        return Math.max(1, CELLS_PER_FRAME / Math.max(1, table.getVisibleLeafColumns().size()));
    }
}

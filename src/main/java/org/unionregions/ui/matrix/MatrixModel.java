package org.unionregions.ui.matrix;

import java.util.List;
import java.util.Map;

/**
 * The matrix as drawn: ordered row and column headers with totals, the cells that have data, and
 * the legend. A pair without data has no cell (it is empty, not zero).
 */
public record MatrixModel(List<Header> rows, List<Header> columns, Map<String, Cell> cells, Legend legend,
                          String grandTotal) {

    /**
     * A region heading a row (Belarusian) or a column (Russian), with its total over the cells shown;
     * {@code note}: what the region states of its own total beside the registry's count (empty: none).
     */
    public record Header(String code, String name, double total, String totalText, boolean hasData, String note) {
        public Header(String code, String name, double total, String totalText, boolean hasData) {
            this(code, name, total, totalText, hasData, "");
        }
    }

    /**
     * A pair with data. {@code expected}: how many of its facts were only announced; the text then
     * carries {@link #EXPECTED_MARK}, so the difference is not told by colour alone.
     */
    public record Cell(String belarusianRegion, String russianRegion, double value, int facts, int expected,
                       String text, String colour, String textColour, String tooltip) {
    }

    /** Marks a cell some of whose facts were announced, not (yet) reported. */
    public static final String EXPECTED_MARK = "*";

    /** The colour legend; a uniform one (every cell the same value) has one colour and only minText. */
    public record Legend(String minText, String midText, String maxText, List<String> colours, String scaleName) {
        public boolean uniform() {
            return colours.size() == 1;
        }
    }

    public static MatrixModel empty() {
        return new MatrixModel(List.of(), List.of(), Map.of(), new Legend("", "", "", List.of(), ""), "");
    }

    public static String key(String belarusianRegion, String russianRegion) {
        return belarusianRegion + "|" + russianRegion;
    }

    public Cell cell(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= columns.size()) {
            return null;
        }
        return cells.get(key(rows.get(row).code(), columns.get(column).code()));
    }

    /**
     * The matrix with only its {@code most} columns of the largest totals (in their order here), for a
     * slide read across a room; row totals and the grand total stay those of every column.
     */
    public MatrixModel withLargestColumns(int most) {
        if (columns.size() <= most) {
            return this;
        }
        List<Header> largest = columns.stream()
                .sorted(java.util.Comparator.comparingDouble(Header::total).reversed()).limit(most).toList();
        List<Header> kept = columns.stream().filter(largest::contains).toList();
        java.util.Set<String> codes = kept.stream().map(Header::code).collect(java.util.stream.Collectors.toSet());
        Map<String, Cell> keptCells = new java.util.LinkedHashMap<>();
        cells.forEach((key, cell) -> {
            if (codes.contains(cell.russianRegion())) {
                keptCells.put(key, cell);
            }
        });
        return new MatrixModel(rows, kept, keptCells, legend, grandTotal);
    }
}

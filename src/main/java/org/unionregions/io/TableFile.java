package org.unionregions.io;

import java.util.List;

/**
 * A table read from a CSV or XLSX file: the header and the data rows, each with the line a person
 * sees in the file (1 is the header), the encoding and separator that were detected.
 */
public record TableFile(String fileName, List<String> headers, List<Row> rows, String encoding, char separator,
                        int dataRows) {

    public TableFile(String fileName, List<String> headers, List<Row> rows, String encoding, char separator) {
        this(fileName, headers, rows, encoding, separator, rows.size());
    }

    /** The same file without its rows: what a preview keeps once they are checked (a large file's rows are most of the memory). */
    public TableFile withoutRows() {
        return new TableFile(fileName, headers, List.of(), encoding, separator, dataRows);
    }

    public record Row(long line, List<String> cells) {

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column);
        }
    }
}

package org.unionregions.io;

import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table file, read one at a time (never the whole file in memory): a CSV or XLSX file,
 * or the one row of a form. Line numbers are those a person sees in the file; the header is line 1.
 */
public interface TableSource extends AutoCloseable {

    /**
     * Why a cell of the file gives no usable value (a formula without a saved result, an error cell):
     * a message key and its argument.
     */
    record CellProblem(String key, String argument) {
    }

    /**
     * One row of the file. {@code cellProblems}: cells the file itself gives no usable value for, by
     * column index. {@code typedNumbers}: cells the file stores as numbers (XLSX), written out in
     * plain digits by the reader, so they say nothing of how the file writes decimals.
     */
    record Row(long line, List<String> cells, Map<Integer, CellProblem> cellProblems, BitSet typedNumbers) {

        private static final BitSet NONE = new BitSet();

        public Row(long line, List<String> cells) {
            this(line, cells, Map.of(), NONE);
        }

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column);
        }
    }

    String fileName();

    /** How the text was read: "UTF-8", "Windows-1251", "XLSX", "form". */
    String encoding();

    char separator();

    List<String> headers();

    /** The next row with at least one cell, or null at the end of the file. */
    Row next() throws TableReader.UnreadableFileException;

    @Override
    void close();

    /** Rows held in memory: the form's one row, or a test's. */
    static TableSource of(String fileName, List<String> headers, List<Row> rows) {
        Iterator<Row> remaining = rows.iterator();
        return new TableSource() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public String encoding() {
                return "form";
            }

            @Override
            public char separator() {
                return ',';
            }

            @Override
            public List<String> headers() {
                return headers;
            }

            @Override
            public Row next() {
                return remaining.hasNext() ? remaining.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }
}

package org.unionregions.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionregions.i18n.Messages;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.TableDef;

/**
 * Finds a file's columns by their headers, in any order: a column's own name (with spaces for
 * underscores) or any of its other names, compared without case or extra spaces. A header that names
 * no column is a problem (a misspelt "titel" would otherwise be dropped without a word), with the
 * nearest known header suggested.
 */
final class ColumnHeaders {

    /**
     * The column index of each known column, the indexes of headers left empty, and whether a
     * required column is missing (then no row can be checked).
     */
    record Found(Map<String, Integer> index, List<Integer> unnamed, boolean requiredMissing) {
    }

    private ColumnHeaders() {
    }

    /**
     * The index of each of the table's columns in the file; a second header for a column, a header
     * naming no column and a missing required column are problems on line 1.
     */
    static Found find(List<String> headers, TableDef table, String fileName, Messages messages,
                      List<ImportProblem> problems) {
        Map<String, Integer> index = new HashMap<>();
        List<Integer> unnamed = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = RegionMatcher.normalise(headers.get(i));
            if (header.isEmpty()) {
                unnamed.add(i);
                continue;
            }
            ColumnDef column = table.columns().stream().filter(c -> names(c).contains(header)).findFirst()
                    .orElse(null);
            if (column == null) {
                problems.add(new ImportProblem(fileName, 1, headers.get(i), null, unknownHeader(header, table,
                        messages), false));
            } else if (index.putIfAbsent(column.name(), i) != null) {
                problems.add(new ImportProblem(fileName, 1, headers.get(i), null,
                        messages.format("import.secondColumn", column.name()), false));
            }
        }
        boolean missing = false;
        for (ColumnDef column : table.columns()) {
            if (column.required() && !index.containsKey(column.name())) {
                missing = true;
                problems.add(new ImportProblem(fileName, 1, column.name(), null,
                        messages.format("import.missingColumn", String.join(", ", headers)), false));
            }
        }
        return new Found(index, unnamed, missing);
    }

    /** The languages whose column headings (the Data screen's, the templates') a file may use. */
    private static final List<Messages> HEADING_LANGUAGES = Messages.LANGUAGES.stream().map(Messages::forLanguage)
            .toList();

    private static final String HEADING_PREFIX = "data.column.";

    /** A column's heading as the Data screen and the import templates show it. */
    static String heading(ColumnDef column, Messages messages) {
        return messages.find(HEADING_PREFIX + column.name()).orElse(column.name());
    }

    private static List<String> names(ColumnDef column) {
        List<String> names = new ArrayList<>();
        names.add(RegionMatcher.normalise(column.name()));
        names.add(RegionMatcher.normalise(column.name().replace('_', ' ')));
        column.headers().forEach(other -> names.add(RegionMatcher.normalise(other)));
        HEADING_LANGUAGES.forEach(language -> names.add(RegionMatcher.normalise(heading(column, language))));
        return names;
    }

    private static String unknownHeader(String header, TableDef table, Messages messages) {
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (ColumnDef column : table.columns()) {
            for (String name : names(column)) {
                int distance = RegionMatcher.distance(header, name);
                if (distance < best) {
                    best = distance;
                    nearest = column.name();
                }
            }
        }
        String columns = String.join(", ", table.columnNames());
        return nearest != null && best <= Math.max(2, header.length() / 3)
                ? messages.format("import.unknownColumnNear", nearest, columns)
                : messages.format("import.unknownColumn", columns);
    }
}

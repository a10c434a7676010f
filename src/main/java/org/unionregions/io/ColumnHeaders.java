package org.unionregions.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionregions.i18n.Messages;

/**
 * Finds a file's columns by their headers, in any order: a column's own name (with spaces for
 * underscores) or any of its other names, compared without case, accents of spelling or extra spaces.
 */
final class ColumnHeaders {

    private ColumnHeaders() {
    }

    /**
     * The index of each known column in {@code table}; a second header for the same column and a
     * missing required column are added to {@code problems} on line 1.
     */
    static Map<String, Integer> find(TableFile table, Map<String, List<String>> otherNames, List<String> required,
                                     Messages messages, List<ImportProblem> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = RegionMatcher.normalise(table.headers().get(i));
            for (Map.Entry<String, List<String>> column : otherNames.entrySet()) {
                String name = column.getKey();
                boolean named = header.equals(RegionMatcher.normalise(name))
                        || header.equals(RegionMatcher.normalise(name.replace('_', ' ')))
                        || column.getValue().stream().anyMatch(other -> header.equals(RegionMatcher.normalise(other)));
                if (named && index.putIfAbsent(name, i) != null) {
                    problems.add(new ImportProblem(table.fileName(), 1, table.headers().get(i), null,
                            messages.format("import.secondColumn", name), false));
                }
            }
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                problems.add(new ImportProblem(table.fileName(), 1, column, null,
                        messages.format("import.missingColumn", String.join(", ", table.headers())), false));
            }
        }
        return index;
    }
}

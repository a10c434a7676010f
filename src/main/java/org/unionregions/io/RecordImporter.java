package org.unionregions.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.unionregions.store.DataStore;
import org.unionregions.store.RecordWriter;
import org.unionregions.i18n.Messages;

/**
 * Imports edition figures, trade figures, editions, regions or sources from CSV or XLSX: columns by
 * header (the bundled data files' own headers, or Russian ones), each row checked by the table's
 * {@link TableRules}, duplicates in the file or the database reported, and all rows written in one
 * transaction or none.
 */
public final class RecordImporter {

    /** The checked rows of a file for one table, and every problem that stops the import. */
    public record RecordPreview(String table, TableFile file, List<Map<String, Object>> rows,
                                List<ImportProblem> problems) implements Preview {
        @Override
        public int rowCount() {
            return rows.size();
        }
    }

    private final DataStore store;
    private final Messages messages;

    public RecordImporter(DataStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Reads and checks a file for {@code table}; writes nothing. */
    public RecordPreview preview(Path file, String table) throws TableReader.UnreadableFileException {
        TableRules rules = TableRules.of(table).orElseThrow(() -> new IllegalArgumentException(
                "no import into " + table));
        return check(TableReader.read(file), rules);
    }

    /** A checker with the keys stored now (sources, regions, editions). */
    public RecordChecker checker(TableRules rules) {
        RecordWriter writer = new RecordWriter(store.database());
        Map<String, Set<String>> keys = new HashMap<>();
        for (TableRules.Field field : rules.fields()) {
            if (field.reference() != null) {
                keys.computeIfAbsent(field.reference(), writer::keys);
            }
        }
        return new RecordChecker(rules, keys, messages);
    }

    RecordPreview check(TableFile table, TableRules rules) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, List<String>> otherNames = new java.util.LinkedHashMap<>();
        rules.fields().forEach(field -> otherNames.put(field.column(), field.headers()));
        List<String> required = rules.fields().stream().filter(TableRules.Field::required)
                .map(TableRules.Field::column).toList();
        Map<String, Integer> columnIndex = ColumnHeaders.find(table, otherNames, required, messages, problems);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!problems.isEmpty()) {
            return new RecordPreview(rules.table(), table.withoutRows(), rows, problems);
        }
        RecordChecker checker = checker(rules);
        RecordWriter writer = new RecordWriter(store.database());
        Map<List<Object>, Long> seen = new HashMap<>();
        for (TableFile.Row row : table.rows()) {
            RecordChecker.Checked checked = checker.check(column -> cell(row, columnIndex, column));
            for (String column : rules.columns()) { // in the file's reading order, not the order found
                String message = checked.problems().get(column);
                if (message != null) {
                    problems.add(new ImportProblem(table.fileName(), row.line(), column,
                            cell(row, columnIndex, column), message, false));
                }
            }
            if (!checked.ok()) {
                continue;
            }
            List<Object> key = rules.duplicateKey().stream().map(checked.values()::get).toList();
            Long firstLine = seen.putIfAbsent(key, row.line());
            if (firstLine != null) {
                problems.add(new ImportProblem(table.fileName(), row.line(), "", null,
                        messages.format("import.duplicateLine", String.valueOf(firstLine)), false));
            } else if (!writer.matching(rules.table(), rules.duplicateKey(), checked.values()).isEmpty()) {
                problems.add(new ImportProblem(table.fileName(), row.line(), "", null,
                        messages.get("record.alreadyStored"), true));
            } else {
                rows.add(checked.values());
            }
        }
        problems.sort(Comparator.comparingLong(ImportProblem::line));
        if (table.rows().isEmpty()) {
            problems.add(new ImportProblem(table.fileName(), 2, "", null, messages.get("import.noRows"), false));
        }
        return new RecordPreview(rules.table(), table.withoutRows(), rows, problems);
    }

    /** Writes the previewed rows in one transaction; refuses while problems remain. */
    public int commit(RecordPreview preview, BooleanSupplier cancelled, IntConsumer progress) {
        if (!preview.problems().isEmpty()) {
            throw new IllegalStateException(preview.problems().size() + " problems in " + preview.file().fileName()
                    + "; nothing was written");
        }
        new RecordWriter(store.database()).insertAll(preview.table(), preview.rows(), cancelled, progress);
        return preview.rows().size();
    }

    /** The cell of {@code column} in {@code row}; null where the file has no such column (the checker reads it as empty). */
    private static String cell(TableFile.Row row, Map<String, Integer> columnIndex, String column) {
        Integer index = columnIndex.get(column);
        return index == null ? null : row.cell(index);
    }
}

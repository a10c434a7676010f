package org.unionregions.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.unionregions.i18n.Messages;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.TableDef;
import org.unionregions.store.DataStore;
import org.unionregions.store.EditHistory;
import org.unionregions.store.Imports;
import org.unionregions.store.Staging;

/**
 * Imports a CSV or XLSX file into one registry table, whichever it is: columns found by header
 * (English or Russian, any order), every row checked by the table's rules ({@link RowChecker}),
 * duplicates in the file and in the database reported, and all rows written in one transaction or
 * none. The file is read once, a row at a time, into a staging file: memory does not grow with it.
 *
 * <p>The check against the database is made again inside the writing transaction whenever anything
 * was written since the preview, so two imports of one file at once store it once.
 */
public final class Importer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Importer.class);

    private final DataStore store;
    private final TableDef table;
    private final Messages messages;
    /** Statements of a signing that match a stored document become its statements (the rules: README). */
    private boolean joinDocuments = true;

    public Importer(DataStore store, TableDef table, Messages messages) {
        this.store = store;
        this.table = table;
        this.messages = messages;
    }

    public TableDef table() {
        return table;
    }

    /** Whether an imported statement that matches a stored document (or one earlier in the file) joins it. */
    public Importer joinDocuments(boolean join) {
        this.joinDocuments = join;
        return this;
    }

    /** Reads and checks a file; writes nothing to the registry. Close the preview when done with it. */
    /** How often a preview says how far it has read: every so many rows. */
    static final int PROGRESS_EVERY = 10_000;
    private java.util.function.LongConsumer progress = rows -> { };

    /** Told the rows read so far, every {@value #PROGRESS_EVERY} rows of a preview (a long file says it is moving). */
    public Importer onProgress(java.util.function.LongConsumer rowsRead) {
        this.progress = rowsRead;
        return this;
    }

    public ImportPreview preview(Path file) throws TableReader.UnreadableFileException {
        try (TableSource source = TableReader.open(file)) {
            return preview(source);
        }
    }

    /** A checker with what the rows may refer to as stored now: for the form's one row. */
    public RowChecker checker() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (ColumnDef column : table.columns()) {
            if (column.references() != null) {
                keys.computeIfAbsent(column.references(), referenced -> store.writer(
                        org.unionregions.model.Tables.named(referenced).orElseThrow()).keys());
            }
        }
        return new RowChecker(table, new RowChecker.References(keys, store.regions().regions(),
                store.editions().editions()), messages);
    }

    ImportPreview preview(TableSource source) throws TableReader.UnreadableFileException {
        Staging staging = Staging.create(table);
        try {
            return check(source, staging);
        } catch (TableReader.UnreadableFileException | RuntimeException | Error e) {
            staging.close();
            throw e;
        }
    }

    private ImportPreview check(TableSource source, Staging staging) throws TableReader.UnreadableFileException {
        long start = System.nanoTime();
        String name = source.fileName();
        List<ImportProblem> headerProblems = new ArrayList<>();
        ColumnHeaders.Found columns = ColumnHeaders.find(source.headers(), table, name, messages, headerProblems);
        headerProblems.forEach(problem -> staging.addProblem(1, problem.column(), problem.value(), problem.message()));
        boolean missingColumns = columns.requiredMissing();
        RowChecker checker = checker();
        NumberStyle style = new NumberStyle();
        long dataRows = 0;
        String sample = "";
        boolean unnamedReported = false;
        TableSource.Row row;
        while ((row = source.next()) != null) {
            dataRows++;
            if (dataRows % PROGRESS_EVERY == 0) {
                progress.accept(dataRows);
            }
            if (dataRows == 1) {
                sample = messages.format("import.sample", row.line(), String.join(" | ", row.cells()));
            }
            if (missingColumns) {
                continue; // without a required column no row can be checked; count them only
            }
            if (!unnamedReported) {
                unnamedReported = reportValueWithoutHeader(row, columns, name, staging);
            }
            TableSource.Row current = row;
            RowChecker.Checked checked = checker.check(column -> cell(current, columns.index(), column),
                    unreadable(row, columns));
            for (Map.Entry<String, Numbers.Reading> number : checked.numbers().entrySet()) {
                Integer index = columns.index().get(number.getKey());
                if (index != null && !row.typedNumbers().get(index)) {
                    style.learn(number.getValue());
                }
            }
            boolean failed = !checked.ok();
            for (ColumnDef column : table.columns()) { // in the table's column order, not the order found
                Integer index = columns.index().get(column.name());
                TableSource.CellProblem fromFile = index == null ? null : row.cellProblems().get(index);
                String message = fromFile != null ? messages.format(fromFile.key(), fromFile.argument())
                        : checked.problems().get(column.name());
                if (message != null) {
                    failed = true;
                    staging.addProblem(row.line(), column.name(), cell(row, columns.index(), column.name()), message);
                }
            }
            if (!failed) {
                staging.addRow(row.line(), checked.values());
                for (Map.Entry<String, Numbers.Ambiguous> cell : checked.ambiguous().entrySet()) {
                    staging.addAmbiguous(row.line(), cell.getKey(), cell(row, columns.index(), cell.getKey()),
                            cell.getValue().asDecimal(), cell.getValue().asGrouped());
                }
            }
        }
        staging.finish();
        long read = System.nanoTime();
        decideAmbiguousNumbers(staging, style, checker);
        long repeated = staging.markDuplicatesInFile();
        long inFile = System.nanoTime();
        long lastChange = store.imports().lastChange();
        long stored = store.imports().markAlreadyStored(staging);
        LOG.info("{}: {} rows read and checked in {} ms, duplicates in the file {} ms, against the database {} ms",
                name, dataRows, (read - start) / 1_000_000, (inFile - read) / 1_000_000,
                (System.nanoTime() - inFile) / 1_000_000);
        if (dataRows == 0) {
            staging.addProblem(2, "", null, messages.get("import.noRows"));
        }
        List<ImportProblem> shown = new ArrayList<>();
        staging.forEachProblem(ImportPreview.PROBLEMS_SHOWN, problem -> shown.add(worded(table, name, problem,
                messages)));
        TableFile file = new TableFile(name, source.headers(), source.encoding(), source.separator(), dataRows, sample);
        return new ImportPreview(table, file, staging, Math.max(0, staging.rowCount() - repeated - stored),
                staging.problemCount(), shown, staging.firstRows(5), lastChange, messages);
    }

    /** The columns whose cell the file gives no usable value for (reported as the file's own problem). */
    private Set<String> unreadable(TableSource.Row row, ColumnHeaders.Found columns) {
        if (row.cellProblems().isEmpty()) {
            return Set.of();
        }
        Set<String> names = new java.util.HashSet<>();
        columns.index().forEach((column, index) -> {
            if (row.cellProblems().containsKey(index)) {
                names.add(column);
            }
        });
        return names;
    }

    /** Once per file: a value under a column whose header is empty would be lost without a word. */
    private boolean reportValueWithoutHeader(TableSource.Row row, ColumnHeaders.Found columns, String name,
                                             Staging staging) {
        for (int index : columns.unnamed()) {
            if (!row.cell(index).isEmpty()) {
                staging.addProblem(row.line(), "", row.cell(index), messages.format("import.valueWithoutHeader",
                        index + 1));
                return true;
            }
        }
        return false;
    }

    /** "1,500" read the way the file writes its decimals; where the file does not say, a problem. */
    private void decideAmbiguousNumbers(Staging staging, NumberStyle style, RowChecker checker) {
        char mark = style.decimalMark();
        if (mark != 0) {
            staging.resolveAmbiguous(mark);
            return;
        }
        staging.forEachAmbiguous(cell -> {
            Numbers.Reading reading = Numbers.read(cell.raw());
            String why = reading instanceof Numbers.Ambiguous twoWays ? checker.ambiguousNumber(cell.raw(), twoWays)
                    : messages.get("import.notNumber");
            staging.addProblem(cell.line(), cell.column(), cell.raw(), why + (style.mixed()
                    ? " " + messages.get("import.mixedDecimals") : ""));
        });
        staging.dropRowsWithAmbiguousCells();
    }

    /** A staged problem in the interface language. */
    static ImportProblem worded(TableDef table, String fileName, Staging.Problem problem, Messages messages) {
        String message = problem.code() == null ? problem.message() : switch (problem.code()) {
            case "duplicate" -> messages.format("import.duplicateLine", String.valueOf(problem.firstLine()));
            case "stored" -> alreadyStored(table, messages);
            default -> problem.code();
        };
        return new ImportProblem(fileName, problem.line(), problem.column() == null ? "" : problem.column(),
                problem.value(), message, "stored".equals(problem.code()));
    }

    /** "Already in the database", saying which columns make two rows of this table the same. */
    static String alreadyStored(TableDef table, Messages messages) {
        return messages.find("import.alreadyStored." + table.name()).orElse(messages.get("record.alreadyStored"));
    }

    /**
     * Writes the previewed rows in one transaction, noted in the change log as one import; refuses
     * while problems remain. If anything was written since the preview, the rows are checked against
     * the database again under the write lock: rows stored meanwhile stop the import, and nothing is
     * written ({@link ImportConflictException}). The preview is closed either way.
     */
    public int commit(ImportPreview preview, BooleanSupplier cancelled, IntConsumer progress) {
        return commitUndoably(preview, cancelled, progress).rows();
    }

    /** Commits as {@link #commit}; returns the rows written with what undoing the import takes. */
    public EditHistory.Imported commitUndoably(ImportPreview preview, BooleanSupplier cancelled, IntConsumer progress) {
        if (!preview.canCommit()) {
            throw new IllegalStateException(preview.problemCount() + " problems in " + preview.file().fileName()
                    + "; nothing was written");
        }
        try {
            return store.imports().commit(table, preview.staging(), preview.file().fileName(), preview.rowCount(),
                    preview.lastChange(), ImportPreview.PROBLEMS_SHOWN, joinDocuments, cancelled, progress);
        } catch (Imports.StoredMeanwhile meanwhile) {
            throw conflict(preview, meanwhile.lines());
        } finally {
            preview.close();
        }
    }

    private ImportConflictException conflict(ImportPreview preview, List<Long> lines) {
        String name = preview.file().fileName();
        List<ImportProblem> problems = lines.stream().map(line -> new ImportProblem(name, line, "", null,
                messages.get("import.storedMeanwhile"), true)).toList();
        return new ImportConflictException(messages.format("import.conflict", name, lines.size()), problems);
    }

    /** The cell of {@code column} in {@code row}; null where the file has no such column. */
    private static String cell(TableSource.Row row, Map<String, Integer> columnIndex, String column) {
        Integer index = columnIndex.get(column);
        return index == null ? null : row.cell(index);
    }
}

package org.unionregions.io;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.unionregions.i18n.Messages;
import org.unionregions.model.TableDef;
import org.unionregions.store.Staging;

/**
 * What an import of a file would write into one table, and every problem that stops it. The
 * checked rows wait in a staging file until the import is committed or the preview closed; nothing is
 * written to the registry while problems remain.
 */
public final class ImportPreview implements AutoCloseable {

    /** How many problems a preview keeps at hand to show; all of them stay in the staging file. */
    public static final int PROBLEMS_SHOWN = 1_000;

    private final TableDef table;
    private final TableFile file;
    private final Staging staging;
    private final long rowCount;
    private final long problemCount;
    private final List<ImportProblem> problems;
    private final List<Map<String, Object>> firstRows;
    private final long lastChange;
    private final Messages messages;

    ImportPreview(TableDef table, TableFile file, Staging staging, long rowCount, long problemCount,
                  List<ImportProblem> problems, List<Map<String, Object>> firstRows, long lastChange,
                  Messages messages) {
        this.table = table;
        this.file = file;
        this.staging = staging;
        this.rowCount = rowCount;
        this.problemCount = problemCount;
        this.problems = List.copyOf(problems);
        this.firstRows = List.copyOf(firstRows);
        this.lastChange = lastChange;
        this.messages = messages;
    }

    public TableDef table() {
        return table;
    }

    public TableFile file() {
        return file;
    }

    /** The rows that would be written: checked, and neither repeated in the file nor stored already. */
    public long rowCount() {
        return rowCount;
    }

    /** Every problem, however many ({@link #problems()} holds the first {@value #PROBLEMS_SHOWN}). */
    public long problemCount() {
        return problemCount;
    }

    /** The first problems, in file order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Every problem in file order, read from the staging file: for the command line and "Save problems…". */
    public void forEachProblem(Consumer<ImportProblem> action) {
        if (problemCount <= problems.size()) {
            problems.forEach(action);
        } else {
            staging.forEachProblem(Long.MAX_VALUE, staged -> action.accept(Importer.worded(table, file.fileName(),
                    staged, messages)));
        }
    }

    /** The first rows as they will be stored ("1 500 000,50" read as 1500000.5, "XII" as 12), with their line. */
    public List<Map<String, Object>> firstRows() {
        return firstRows;
    }

    public boolean canCommit() {
        return problemCount == 0 && rowCount > 0;
    }

    Staging staging() {
        return staging;
    }

    /** The registry's newest change when the rows were checked against it. */
    long lastChange() {
        return lastChange;
    }

    /** Deletes the staging file. */
    @Override
    public void close() {
        staging.close();
    }
}

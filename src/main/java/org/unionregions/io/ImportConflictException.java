package org.unionregions.io;

import java.util.List;

/**
 * Rows of a previewed file were stored by someone else (another import, another window) between the
 * preview and the commit. The commit was rolled back: nothing was written; preview the file again.
 */
public final class ImportConflictException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportConflictException(String message, List<ImportProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The rows found stored, each as a problem on its line (the first thousand). */
    public List<ImportProblem> problems() {
        return problems;
    }
}

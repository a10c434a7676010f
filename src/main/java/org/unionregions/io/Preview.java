package org.unionregions.io;

import java.util.List;

/** What an import of a file would write, and every problem that stops it: agreements or any other table. */
public interface Preview {

    TableFile file();

    /** The table the rows go into. */
    String table();

    int rowCount();

    List<ImportProblem> problems();

    default boolean canCommit() {
        return problems().isEmpty() && rowCount() > 0;
    }
}

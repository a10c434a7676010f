package org.unionregions.io;

import java.util.List;
import org.unionregions.model.NewRegionFact;

/** What an import would write, and every problem that stops it. Nothing is written while problems remain. */
public record ImportPreview(TableFile file, List<NewRegionFact> rows, List<ImportProblem> problems) {

    public boolean canCommit() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}

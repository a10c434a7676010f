package org.unionregions.io;

import java.util.List;
import org.unionregions.model.NewRegionFact;

/** What an import of agreements would write, and every problem that stops it. Nothing is written while problems remain. */
public record ImportPreview(TableFile file, List<NewRegionFact> rows, List<ImportProblem> problems)
        implements Preview {

    @Override
    public String table() {
        return "region_fact";
    }

    @Override
    public int rowCount() {
        return rows.size();
    }
}

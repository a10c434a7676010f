package org.unionregions.fault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unionregions.model.NewRegionFact;
import org.unionregions.store.Database;
import org.unionregions.store.RegionFactWriter;

/**
 * The process the crash harness kills: writes batches of facts, each batch one transaction (small
 * batches through the triggers, large ones through the bulk path), and prints "committed N" after
 * each commit. Arguments: database path, batch size, number of batches.
 */
public final class CrashChild {

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int batch = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        try (Database database = Database.open(file)) {
            RegionFactWriter writer = new RegionFactWriter(database);
            System.out.println("ready");
            for (int b = 0; b < batches; b++) {
                List<NewRegionFact> facts = new ArrayList<>(batch);
                for (int i = 0; i < batch; i++) {
                    facts.add(new NewRegionFact(i % 2 == 0 ? "BY-MI" : "BY-HO", "RU-SMO", 2014 + i % 13, null, null,
                            "trade", "crash test batch " + b, (double) (i + 1), "USD", "illustrative", "R1"));
                }
                writer.insertAll(facts, () -> false, done -> { });
                System.out.println("committed " + (b + 1));
                System.out.flush();
            }
        }
    }
}

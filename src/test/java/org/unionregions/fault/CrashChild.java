package org.unionregions.fault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unionregions.TestData;
import org.unionregions.model.Tables;
import org.unionregions.store.Database;

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
            System.out.println("ready");
            for (int b = 0; b < batches; b++) {
                List<Map<String, Object>> facts = new ArrayList<>(batch);
                for (int i = 0; i < batch; i++) {
                    facts.add(TestData.fact(i % 2 == 0 ? "BY-MI" : "BY-HO", "RU-SMO", 2014 + i % 13, "trade",
                            "crash test batch " + b, (double) (i + 1), "USD", "R1"));
                }
                TestData.writeAsImport(database, Tables.REGION_FACT, facts);
                System.out.println("committed " + (b + 1));
                System.out.flush();
            }
        }
    }
}

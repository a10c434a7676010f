package org.unionregions.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionregions.TeamDatabase;
import org.unionregions.store.Database;
import org.unionregions.store.Role;
import org.unionregions.store.StoreException;

class ServerDatabaseTest {

    @Test
    void setupCreatesTheSchemaWithTheBundledDataAndTheSameCountsAsAFile() {
        TeamDatabase team = TeamDatabase.setUp("setup");
        try (Database server = Database.open(team.owner(), null, Database.Mode.READ);
             Database file = Database.inMemoryWithBundledData()) {
            assertEquals(Database.LATEST_SCHEMA_VERSION, server.schemaVersion());
            Map<String, Integer> counts = server.rowCounts();
            assertEquals(file.rowCounts(), counts);
            assertTrue(counts.get("region_fact") > 200, counts.toString());
            assertEquals("ok", server.integrityCheck());
            assertEquals(Role.OWNER, server.role());
        }
    }
}

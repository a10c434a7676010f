package org.unionregions.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionregions.TeamDatabase;
import org.unionregions.TestData;
import org.unionregions.model.Tables;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.Role;
import org.unionregions.store.ServerAddress;
import org.unionregions.store.StoreException;

/** What each role may do is decided by the server: the app's own checks come on top, never instead. */
class ServerRolesTest {

    private static TeamDatabase team;

    @BeforeAll
    static void setUp() {
        team = TeamDatabase.setUp("roles");
    }

    private static Map<String, Object> source(String id) {
        return new HashMap<>(Map.of("id", id, "publisher", "Test publisher"));
    }

    @Test
    void aViewerReadsEverythingAndTheServerRefusesItsWrites() {
        ServerAddress viewer = team.viewer();
        try (DataStore store = new DataStore(viewer, null, Database.Mode.WRITE)) {
            assertEquals(Role.VIEWER, store.database().role());
            assertFalse(store.matrix().matrix(org.unionregions.model.PairQuery.documents()).isEmpty());
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.writer(Tables.SOURCE).insert(source("TEST-V1")));
            assertEquals(StoreException.Reason.NOT_ALLOWED, refused.reason());
            assertTrue(refused.unchanged());
            // straight SQL, past the app: the server says no
            StoreException bySql = assertThrows(StoreException.class, () -> store.database().inTransaction(conn -> {
                try (Statement statement = conn.createStatement()) {
                    return statement.executeUpdate("DELETE FROM region_fact");
                }
            }));
            assertEquals(StoreException.Reason.NOT_ALLOWED, bySql.reason());
            assertTrue(store.database().rowCounts().get("region_fact") > 0);
        }
    }

    @Test
    void anEditorWritesFactsButCannotRewriteHistoryOrTheSummary() {
        ServerAddress editor = team.editor();
        try (DataStore store = new DataStore(editor, null, Database.Mode.WRITE)) {
            assertEquals(Role.EDITOR, store.database().role());
            store.writer(Tables.SOURCE).insert(source("TEST-E1"));
            store.database().read(conn -> conn.createStatement().execute("SELECT analyze_after_import()")); // after a large import
            String colleaguesChange = TestData.lines(store.database(), "SELECT min(id) FROM change_log WHERE made_by <> '"
                    + editor.user() + "'").get(0); // (the schema's entry, written by its owner)
            for (String sql : List.of("UPDATE change_log SET made_by = 'somebody else'", "DELETE FROM change_log",
                    "UPDATE row_history SET new_values = '{}'", "DELETE FROM row_history",
                    "INSERT INTO row_history (change, table_name, row_key, action, new_values) VALUES ("
                            + colleaguesChange + ", 'source', 'R1', 'insert', '{\"id\": \"R1\"}')",
                    "DELETE FROM region_pair_summary", "UPDATE meta SET value = 'x'",
                    "CREATE TABLE mine (x integer)", "DROP TABLE source CASCADE")) {
                StoreException refused = assertThrows(StoreException.class, () -> store.database().inTransaction(
                        conn -> conn.createStatement().executeUpdate(sql)), sql);
                assertEquals(StoreException.Reason.NOT_ALLOWED, refused.reason(), sql);
            }
            // an entry an editor writes by hand still names the editor and the server's time
            store.database().inTransaction(conn -> conn.createStatement().executeUpdate("INSERT INTO change_log"
                    + " (token, made_at, made_by, action) VALUES ('forged', '2001-01-01', 'the minister', 'copied')"));
            List<String> forged = TestData.lines(store.database(),
                    "SELECT made_by, made_at > '2026' FROM change_log WHERE token = 'forged'");
            assertEquals(List.of(editor.user() + "|t"), forged);
        }
    }

    @Test
    void aUserWithoutARoleIsToldToAskTheOwner() {
        ServerAddress nobody = team.newUser("");
        StoreException refused = assertThrows(StoreException.class,
                () -> Database.open(nobody, null, Database.Mode.READ).close());
        assertEquals(StoreException.Reason.NOT_ALLOWED, refused.reason());
        assertTrue(refused.getMessage().contains("GRANT union_regions_viewer TO " + nobody.user()),
                refused.getMessage());
    }

    @Test
    void onlyTheOwnerCreatesTheSchema() {
        TeamDatabase empty = TeamDatabase.empty("unmigrated");
        Database.setUpServer(empty.owner(), null); // roles exist on the server from now on
        TeamDatabase bare = TeamDatabase.empty("bare");
        ServerAddress editor = bare.editor();
        StoreException refused = assertThrows(StoreException.class,
                () -> Database.open(editor, null, Database.Mode.WRITE).close());
        assertEquals(StoreException.Reason.NOT_ALLOWED, refused.reason());
        assertTrue(refused.getMessage().contains("union_regions_owner"), refused.getMessage());
    }

    @Test
    void aNewerSchemaIsRefusedInEveryMode() throws SQLException {
        TeamDatabase newer = TeamDatabase.setUp("newer");
        newer.sql("INSERT INTO union_regions_schema (version) VALUES (" + (Database.LATEST_SCHEMA_VERSION + 1) + ")");
        for (Database.Mode mode : Database.Mode.values()) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> Database.open(newer.owner(), null, mode).close(), mode.name());
            assertEquals(StoreException.Reason.NEWER_SCHEMA, refused.reason());
        }
    }
}

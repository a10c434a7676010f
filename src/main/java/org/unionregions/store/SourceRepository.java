package org.unionregions.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The sources every figure refers to. */
public final class SourceRepository {

    private final Database database;

    public SourceRepository(Database database) {
        this.database = database;
    }

    public List<String> sourceIds() {
        return database.read(conn -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement statement = conn.prepareStatement("SELECT id FROM source ORDER BY id");
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
            return ids;
        });
    }
}

package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionregions.model.Kind;

/**
 * Schema version 4 made kind a fixed vocabulary. The kinds stored before it, free text ("action plan",
 * "trade", an import's "соглашение"), are put into the vocabulary with the importer's own synonyms. A
 * kind no synonym covers stays as it was and {@code check} names it: it is not turned into a guess.
 */
final class KindVocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(KindVocabulary.class);

    private KindVocabulary() {
    }

    static void mapStoredKinds(Connection connection, boolean fresh) throws SQLException {
        List<String> stored = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT DISTINCT kind FROM region_fact")) {
            while (row.next()) {
                stored.add(row.getString(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE region_fact SET kind = ? WHERE kind = ?")) {
            for (String kind : stored) {
                Optional<String> key = Kind.VOCABULARY.match(kind);
                if (key.isPresent() && !key.get().equals(kind)) {
                    update.setString(1, key.get());
                    update.setString(2, kind);
                    update.executeUpdate();
                } else if (key.isEmpty()) {
                    LOG.warn("kind '{}' is in no vocabulary entry; left as it is", kind);
                }
            }
        }
    }

    /** The stored kinds outside the vocabulary, for {@code check}. */
    static List<String> unknownKinds(Connection connection) throws SQLException {
        List<String> unknown = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT DISTINCT kind FROM region_fact ORDER BY kind")) {
            while (row.next()) {
                if (Kind.of(row.getString(1)).isEmpty()) {
                    unknown.add(row.getString(1));
                }
            }
        }
        return unknown;
    }
}

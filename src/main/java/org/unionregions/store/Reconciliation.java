package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unionregions.model.DocumentRules;
import org.unionregions.model.RegionFact;
import org.unionregions.model.Tables;

/**
 * Groups the stored statements into documents, in the order they were stored: a statement the bundled
 * data's collector marked (one key per signing, or "the same as source X's") joins that document; any
 * other joins the one document {@link DocumentRules} find for it, or starts its own. Statements already
 * grouped keep their document. Used when the bundled data is loaded and when a database becomes one of
 * documents (schema version 8).
 */
final class Reconciliation {

    /** What the collector of a bundled row judged: its signing's key, or the source of an earlier row about it. */
    record Mark(String documentKey, String sameAsSource) {
    }

    private Reconciliation() {
    }

    /**
     * Sets each statement's document; returns how many statements joined another's document.
     * {@code marks}: by {@link #fingerprint}; {@code keepHistory}: each change is written to the history.
     */
    static int reconcile(Connection conn, Map<String, java.util.Deque<Mark>> marks, boolean keepHistory)
            throws SQLException {
        List<RegionFact> facts;
        try (PreparedStatement query = conn.prepareStatement("SELECT f.*, " + Rows.SOURCE_COLUMNS
                + " FROM region_fact f JOIN source s ON s.id = f.source ORDER BY f.id")) {
            facts = RegionRepository.readFacts(query);
        }
        Map<String, List<DocumentRules.Candidate<Long>>> documentsByPair = new HashMap<>();
        Map<Long, Long> documentOf = new HashMap<>();
        Map<String, Long> documentOfKey = new HashMap<>();
        List<RegionFact> earlier = new ArrayList<>();
        Map<Long, Long> joins = new java.util.LinkedHashMap<>();
        for (RegionFact fact : facts) {
            if (!fact.isDocument()) {
                continue;
            }
            String pair = fact.belarusianRegion() + "|" + fact.russianRegion();
            Long target;
            if (fact.document() != null) {
                target = fact.document(); // grouped already (by hand, or by an earlier import)
            } else {
                // two lines alike (two twinnings a page names in one sentence) take their marks in turn
                java.util.Deque<Mark> alike = marks.get(fingerprint(fact));
                Mark mark = alike == null ? null : alike.poll();
                if (mark != null && mark.documentKey() != null) {
                    target = documentOfKey.get(mark.documentKey());
                    documentOfKey.putIfAbsent(mark.documentKey(), fact.id());
                } else if (mark != null && mark.sameAsSource() != null) {
                    target = sameAs(fact, mark.sameAsSource(), earlier).map(documentOf::get).orElse(null);
                } else {
                    target = DocumentRules.documentOf(DocumentRules.Reading.of(fact),
                            documentsByPair.getOrDefault(pair, List.of())).orElse(null);
                }
                if (target != null) {
                    joins.put(fact.id(), target);
                }
            }
            documentOf.put(fact.id(), target == null ? fact.id() : target);
            if (target == null) {
                documentsByPair.computeIfAbsent(pair, p -> new ArrayList<>())
                        .add(new DocumentRules.Candidate<>(fact.id(), DocumentRules.Reading.of(fact)));
            }
            earlier.add(fact);
        }
        join(conn, signedFirst(joins, facts), keepHistory);
        return joins.size();
    }

    /**
     * The joins with each document counted by a signed statement where it has one: an announcement and
     * the report of its signing are one document, counted as signed. Where a document's first statement
     * was an announcement and a later one reports the signing, that later one becomes the document's first.
     */
    private static Map<Long, Long> signedFirst(Map<Long, Long> joins, List<RegionFact> facts) {
        Map<Long, RegionFact> byId = new HashMap<>();
        facts.forEach(fact -> byId.put(fact.id(), fact));
        Map<Long, List<Long>> members = new java.util.LinkedHashMap<>();
        joins.forEach((statement, document) -> members.computeIfAbsent(document, d -> new ArrayList<>()).add(statement));
        Map<Long, Long> result = new java.util.LinkedHashMap<>(joins);
        for (Map.Entry<Long, List<Long>> group : members.entrySet()) {
            RegionFact first = byId.get(group.getKey());
            if (first == null || first.document() != null || !first.isExpected()) {
                continue; // already grouped before, or counted as signed already
            }
            Optional<Long> signed = group.getValue().stream().filter(id -> !byId.get(id).isExpected()).findFirst();
            if (signed.isEmpty()) {
                continue;
            }
            long newFirst = signed.get();
            result.remove(newFirst);
            result.put(first.id(), newFirst);
            for (long other : group.getValue()) {
                if (other != newFirst) {
                    result.put(other, newFirst);
                }
            }
        }
        return result;
    }

    /** The earlier statement of the same pair from {@code source}: of the same kind and year where there are several. */
    private static Optional<Long> sameAs(RegionFact fact, String source, List<RegionFact> earlier) {
        return earlier.stream()
                .filter(other -> other.source().id().equals(source)
                        && other.belarusianRegion().equals(fact.belarusianRegion())
                        && other.russianRegion().equals(fact.russianRegion()))
                .min(Comparator.comparing((RegionFact other) -> !other.kind().equals(fact.kind()))
                        .thenComparing(other -> !Objects.equals(other.year(), fact.year()))
                        .thenComparingLong(RegionFact::id))
                .map(RegionFact::id);
    }

    private static void join(Connection conn, Map<Long, Long> joins, boolean keepHistory) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("UPDATE region_fact SET document = ? WHERE id = ?")) {
            for (Map.Entry<Long, Long> join : joins.entrySet()) {
                String key = String.valueOf(join.getKey());
                Map<String, Object> before = keepHistory ? EditHistory.row(conn, Tables.REGION_FACT, key) : null;
                update.setLong(1, join.getValue());
                update.setLong(2, join.getKey());
                update.executeUpdate();
                if (keepHistory) {
                    RowHistory.record(conn, Tables.REGION_FACT, key, "update", before,
                            EditHistory.row(conn, Tables.REGION_FACT, key));
                }
            }
        }
    }

    /** A statement as the bundled file and the database both hold it: source, pair, kind, year, level, status, words. */
    static String fingerprint(RegionFact fact) {
        return fingerprint(fact.source().id(), fact.belarusianRegion(), fact.russianRegion(), fact.kind(),
                fact.year(), fact.level(), fact.status(), fact.asStated());
    }

    static String fingerprint(String source, String byRegion, String ruRegion, String kind, Integer year, String level,
                              String status, String asStated) {
        return String.join("|", source, byRegion, ruRegion, kind, String.valueOf(year), String.valueOf(level),
                String.valueOf(status), String.valueOf(asStated));
    }
}

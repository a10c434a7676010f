package org.unionregions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionregions.model.Document;
import org.unionregions.model.DocumentRules;
import org.unionregions.model.Kind;
import org.unionregions.model.RegionFact;
import org.unionregions.model.Tables;

/**
 * Documents and their statements in the registry: which stored document a new statement matches
 * ({@link DocumentRules}), the statements of an import added to the documents they match, and a merge
 * or a split made by hand, each change in the history and undone as one step.
 */
public final class Documents {

    private final Database database;
    private final EditHistory history;

    Documents(Database database, EditHistory history) {
        this.database = database;
        this.history = history;
    }

    /** The documents of a pair (each with every statement of it), in the order they were first stated. */
    public List<Document> ofPair(String belarusianRegion, String russianRegion) {
        return database.read(conn -> Document.of(statementsOf(conn, belarusianRegion, russianRegion)));
    }

    /** The other documents of the statement's pair: what it could be merged into. */
    public List<Document> othersOfPair(long statement) {
        return database.read(conn -> {
            RegionFact fact = one(conn, statement);
            return Document.of(statementsOf(conn, fact.belarusianRegion(), fact.russianRegion())).stream()
                    .filter(document -> document.id() != fact.documentId()).toList();
        });
    }

    /** The one stored document a statement with this reading matches, if exactly one does. */
    public Optional<Document> matching(DocumentRules.Reading reading) {
        if (!Kind.of(reading.kind()).map(kind -> kind.group() == Kind.Group.DOCUMENT).orElse(false)) {
            return Optional.empty();
        }
        List<Document> documents = ofPair(reading.belarusianRegion(), reading.russianRegion());
        Map<Long, Document> byId = new HashMap<>();
        List<DocumentRules.Candidate<Long>> candidates = new ArrayList<>();
        for (Document document : documents) {
            byId.put(document.id(), document);
            candidates.add(new DocumentRules.Candidate<>(document.id(), DocumentRules.Reading.of(document.reading())));
        }
        return DocumentRules.documentOf(reading, candidates).map(byId::get);
    }

    /**
     * Makes the statement {@code statement} (with the other statements of its document) statements of
     * the document {@code document}; one step to undo.
     */
    public void merge(long statement, long document) {
        EditHistory.Regrouped step = database.inTransaction(new Database.Change("merge documents",
                "region_fact " + statement + " into " + document, null), conn -> {
            RegionFact moved = one(conn, statement);
            RegionFact into = one(conn, document);
            if (into.document() != null) {
                into = one(conn, into.document());
            }
            if (!moved.belarusianRegion().equals(into.belarusianRegion())
                    || !moved.russianRegion().equals(into.russianRegion()) || !moved.isDocument() || !into.isDocument()) {
                throw new StoreException(StoreException.Reason.OTHER, "Statement " + statement + " and document "
                        + into.id() + " are not of one pair of regions, or one of them is no document. Nothing was changed.");
            }
            long from = moved.documentId();
            if (from == into.id()) {
                return null;
            }
            List<EditHistory.Edited> edits = new ArrayList<>();
            // the document's other statements first, its first statement last: none is left naming a moved one
            List<RegionFact> movedTogether = new ArrayList<>(statementsOf(conn, moved.belarusianRegion(),
                    moved.russianRegion()).stream().filter(each -> each.documentId() == from).toList());
            movedTogether.sort(java.util.Comparator.comparing(each -> each.id() == from));
            for (RegionFact each : movedTogether) {
                edits.add(setDocument(conn, each.id(), into.id()));
            }
            return new EditHistory.Regrouped(Tables.REGION_FACT, "merge", edits);
        });
        if (step != null) {
            history.regrouped(step);
        }
    }

    /**
     * Makes the statement {@code statement} a document of its own. Where it was its document's first
     * statement, the next of the others (a signed one first) becomes theirs; one step to undo.
     */
    public void split(long statement) {
        EditHistory.Regrouped step = database.inTransaction(new Database.Change("split document",
                "region_fact " + statement, null), conn -> {
            RegionFact split = one(conn, statement);
            List<RegionFact> others = statementsOf(conn, split.belarusianRegion(), split.russianRegion()).stream()
                    .filter(each -> each.id() != statement && each.documentId() == split.documentId()).toList();
            if (others.isEmpty()) {
                return null; // a document of its own already
            }
            List<EditHistory.Edited> edits = new ArrayList<>();
            if (split.document() != null) {
                edits.add(setDocument(conn, statement, null));
            } else {
                RegionFact next = others.stream().filter(each -> !each.isExpected()).findFirst().orElse(others.get(0));
                edits.add(setDocument(conn, next.id(), null));
                for (RegionFact other : others) {
                    if (other.id() != next.id()) {
                        edits.add(setDocument(conn, other.id(), next.id()));
                    }
                }
            }
            return new EditHistory.Regrouped(Tables.REGION_FACT, "split", edits);
        });
        if (step != null) {
            history.regrouped(step);
        }
    }

    /**
     * The statements an import added (keys above {@code keyAbove}) joined to the documents they match:
     * those stored before, or one stated earlier in the same file. Statements that match no document, or
     * more than one, stay documents of their own. Returns how many joined one. Inside the import's
     * transaction; read pair by pair, so memory holds one pair's statements at a time.
     */
    static int attachImported(Connection conn, long keyAbove) throws SQLException {
        List<String[]> pairs = new ArrayList<>();
        try (PreparedStatement query = conn.prepareStatement("SELECT DISTINCT by_region, ru_region FROM region_fact"
                + " WHERE id > ? AND document IS NULL AND kind IN (" + kinds() + ")")) {
            query.setLong(1, keyAbove);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    pairs.add(new String[] {row.getString(1), row.getString(2)});
                }
            }
        }
        int joined = 0;
        try (PreparedStatement update = conn.prepareStatement("UPDATE region_fact SET document = ? WHERE id = ?")) {
            for (String[] pair : pairs) {
                // the pair's documents grouped by kind and year: only a document of the statement's group can match
                Map<String, List<DocumentRules.Candidate<Long>>> documents = new java.util.HashMap<>();
                for (RegionFact fact : statementsOf(conn, pair[0], pair[1])) {
                    if (!fact.isDocument() || fact.document() != null) {
                        continue;
                    }
                    DocumentRules.Reading reading = DocumentRules.Reading.of(fact);
                    List<DocumentRules.Candidate<Long>> group = documents.computeIfAbsent(DocumentRules.group(reading),
                            key -> new ArrayList<>());
                    Optional<Long> match = fact.id() > keyAbove ? DocumentRules.documentOf(reading, group)
                            : Optional.empty();
                    if (match.isPresent()) {
                        update.setLong(1, match.get());
                        update.setLong(2, fact.id());
                        update.addBatch();
                        joined++;
                    } else {
                        group.add(new DocumentRules.Candidate<>(fact.id(), reading));
                    }
                }
                update.executeBatch();
            }
        }
        return joined;
    }

    /**
     * A statement may name as its document only a document's first statement of the same pair, and may
     * not itself be named by others while it names one (a merge moves a document's statements together).
     */
    static void requireValidDocument(Connection conn, Map<String, Object> values, String key) throws SQLException {
        Object document = values.get("document");
        if (document == null) {
            return;
        }
        long named = ((Number) document).longValue();
        if (key != null && String.valueOf(named).equals(key)) {
            throw refused("a statement cannot be a statement of itself; leave the field empty for a document of its own");
        }
        try (PreparedStatement query = conn.prepareStatement("SELECT by_region, ru_region, kind, document FROM"
                + " region_fact WHERE id = ?")) {
            query.setLong(1, named);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw refused("there is no statement " + named);
                }
                if (!row.getString(1).equals(values.get("by_region")) || !row.getString(2).equals(values.get("ru_region"))) {
                    throw refused("statement " + named + " is about another pair of regions");
                }
                if (!Kind.keysIn(Kind.Group.DOCUMENT).contains(row.getString(3))) {
                    throw refused("statement " + named + " states no document (a partner listing, a figure)");
                }
                if (row.getObject(4) != null) {
                    throw refused("statement " + named + " is itself a statement of document " + row.getLong(4)
                            + "; name that one");
                }
            }
        }
        if (key != null) {
            try (PreparedStatement query = conn.prepareStatement("SELECT count(*) FROM region_fact WHERE document = ?")) {
                query.setLong(1, Long.parseLong(key));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        throw refused("other statements name this one as their document; use Same document as… to"
                                + " move them all");
                    }
                }
            }
        }
    }

    /**
     * A plan's carries_out names a statement of an agreement, twinning or memorandum of the same pair;
     * only a roadmap, action plan or programme carries one out. Refused otherwise, naming why.
     */
    static void requireValidPlanLink(Connection conn, Map<String, Object> values, String key) throws SQLException {
        Object named = values.get("carries_out");
        if (named == null) {
            return;
        }
        long statement = ((Number) named).longValue();
        java.util.Set<String> plans = org.unionregions.model.AgreementLife.PLANS.stream().map(Kind::key)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> carried = org.unionregions.model.AgreementLife.CARRIED_OUT.stream().map(Kind::key)
                .collect(java.util.stream.Collectors.toSet());
        if (!plans.contains(values.get("kind"))) {
            throw notLinked("only a roadmap, action plan or programme carries out an agreement; leave carries_out empty");
        }
        if (key != null && String.valueOf(statement).equals(key)) {
            throw notLinked("a plan cannot carry out itself");
        }
        try (PreparedStatement query = conn.prepareStatement("SELECT by_region, ru_region, kind FROM region_fact"
                + " WHERE id = ?")) {
            query.setLong(1, statement);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw notLinked("there is no statement " + statement);
                }
                if (!row.getString(1).equals(values.get("by_region")) || !row.getString(2).equals(values.get("ru_region"))) {
                    throw notLinked("statement " + statement + " is about another pair of regions");
                }
                if (!carried.contains(row.getString(3))) {
                    throw notLinked("statement " + statement + " is a " + row.getString(3)
                            + ", not an agreement, twinning or memorandum");
                }
            }
        }
    }

    private static StoreException notLinked(String why) {
        return new StoreException(StoreException.Reason.OTHER, "The row was not saved: " + why + ".");
    }

    private static StoreException refused(String why) {
        return new StoreException(StoreException.Reason.OTHER, "The document was not changed: " + why + ".");
    }

    private static String kinds() {
        return String.join(", ", Kind.keysIn(Kind.Group.DOCUMENT).stream().map(kind -> "'" + kind + "'").toList());
    }

    private EditHistory.Edited setDocument(Connection conn, long statement, Long document) throws SQLException {
        String key = String.valueOf(statement);
        Map<String, Object> before = EditHistory.row(conn, Tables.REGION_FACT, key);
        Map<String, Object> values = new LinkedHashMap<>(before);
        values.put("document", document);
        TableWriter.updateRow(conn, Tables.REGION_FACT, key, values);
        return new EditHistory.Edited(Tables.REGION_FACT, key, before, EditHistory.row(conn, Tables.REGION_FACT, key));
    }

    private static RegionFact one(Connection conn, long id) throws SQLException {
        try (PreparedStatement query = conn.prepareStatement("SELECT f.*, " + Rows.SOURCE_COLUMNS
                + " FROM region_fact f JOIN source s ON s.id = f.source WHERE f.id = ?")) {
            query.setLong(1, id);
            List<RegionFact> found = RegionRepository.readFacts(query);
            if (found.isEmpty()) {
                throw new StoreException(StoreException.Reason.OTHER, "There is no statement " + id
                        + " (deleted meanwhile?). Nothing was changed.");
            }
            return found.get(0);
        }
    }

    private static List<RegionFact> statementsOf(Connection conn, String belarusianRegion, String russianRegion)
            throws SQLException {
        try (PreparedStatement query = conn.prepareStatement("SELECT f.*, " + Rows.SOURCE_COLUMNS
                + " FROM region_fact f JOIN source s ON s.id = f.source WHERE f.by_region = ? AND f.ru_region = ?"
                + " ORDER BY f.id")) {
            query.setString(1, belarusianRegion);
            query.setString(2, russianRegion);
            return RegionRepository.readFacts(query);
        }
    }
}

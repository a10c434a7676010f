package org.unionregions.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One signing with every statement of it, side by side: its reading is its first statement (the one
 * a count counts); where the statements disagree (kind, who signed, year, date, edition, title,
 * term, signed or announced), the disagreement is listed, never resolved.
 */
public record Document(long id, List<RegionFact> statements) {

    /** What statements of one document may disagree on, each with how it is read from a statement. */
    public enum Attribute {
        KIND(RegionFact::kind),
        LEVEL(RegionFact::level),
        YEAR(RegionFact::year),
        SIGNED_ON(RegionFact::signedOn),
        EDITION(RegionFact::editionNumber),
        TITLE(RegionFact::title),
        STATUS(RegionFact::status),
        VALID_FROM(RegionFact::validFrom),
        VALID_TO(RegionFact::validTo);

        private final Function<RegionFact, Object> read;

        Attribute(Function<RegionFact, Object> read) {
            this.read = read;
        }

        public Object of(RegionFact statement) {
            return read.apply(statement);
        }
    }

    public Document {
        statements = List.copyOf(statements);
    }

    /** The statement the document is read and counted by. */
    public RegionFact reading() {
        return statements.stream().filter(statement -> statement.document() == null).findFirst()
                .orElse(statements.get(0));
    }

    /** The sources that state it, each once, in the order of its statements. */
    public List<Source> sources() {
        Map<String, Source> sources = new LinkedHashMap<>();
        statements.forEach(statement -> sources.putIfAbsent(statement.source().id(), statement.source()));
        return List.copyOf(sources.values());
    }

    /** True where some statement says it was signed (not only announced). */
    public boolean reported() {
        return statements.stream().anyMatch(statement -> !statement.isExpected());
    }

    /**
     * What its statements state differently: an attribute two statements give different values for
     * (one stating it and another not is no disagreement), with the values in order.
     */
    public Map<Attribute, List<Object>> disagreements() {
        Map<Attribute, List<Object>> found = new LinkedHashMap<>();
        for (Attribute attribute : Attribute.values()) {
            Set<Object> values = new LinkedHashSet<>();
            for (RegionFact statement : statements) {
                Object value = attribute.of(statement);
                if (value != null && !(value instanceof String text && text.isBlank())) {
                    values.add(value);
                }
            }
            if (values.size() > 1) {
                found.put(attribute, List.copyOf(values));
            }
        }
        return found;
    }

    /**
     * The documents the statements state, in the order of their first statements: statements of a
     * document kind grouped by their document; other facts (a partner listing, a trade figure) are no
     * document and are left out.
     */
    public static List<Document> of(List<RegionFact> facts) {
        Map<Long, List<RegionFact>> byDocument = new LinkedHashMap<>();
        for (RegionFact fact : facts) {
            if (fact.isDocument()) {
                byDocument.computeIfAbsent(fact.documentId(), id -> new ArrayList<>()).add(fact);
            }
        }
        List<Document> documents = new ArrayList<>();
        byDocument.forEach((id, statements) -> documents.add(new Document(id, statements)));
        return documents;
    }

    /** True when this document and {@code other} are the same signing (same id). */
    public boolean same(Document other) {
        return other != null && Objects.equals(id, other.id);
    }
}

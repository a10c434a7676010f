package org.unionregions.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.unionregions.model.DocumentRules;
import org.unionregions.model.Kind;
import org.unionregions.model.Level;

/**
 * The signings the bundled files state, derived from the CSV files themselves: every statement of a
 * document kind, in the files' order (first, second, third collection), joined to a document by the
 * third collection's collector marks (a key per signing, "the same as source X's") or else by the
 * matching rules. What every count of documents in the app must equal, on every engine.
 */
public final class SourceSignings {

    /** One line of a bundled file, as the rules read it. */
    public record Statement(String file, long line, String source, DocumentRules.Reading reading, String mark,
                            boolean reported, Integer validFrom, Integer validTo) {

        boolean statesTerm() {
            return validFrom != null || validTo != null;
        }
    }

    /**
     * The term a document's statements state, as the files give it: the counted statement's where it
     * states one, else the first that does; {@code null} where none does. The earlier collections'
     * terms come from terms-read.csv, matched by source, pair, kind and the words of the quote.
     */
    public static Integer[] term(List<Statement> document) {
        Statement counted = counted(document);
        Statement stating = counted.statesTerm() ? counted
                : document.stream().filter(Statement::statesTerm).findFirst().orElse(null);
        return stating == null ? null : new Integer[] {stating.validFrom(), stating.validTo()};
    }

    private SourceSignings() {
    }

    /** A document's reading as the app counts it: its first signed statement, else its first. */
    public static Statement counted(List<Statement> document) {
        return document.stream().filter(Statement::reported).findFirst().orElse(document.get(0));
    }

    /** The documents naming the region (either side), each its statements in order. */
    public static List<List<Statement>> documentsOf(String region) {
        return documents().stream().filter(document -> region.equals(document.get(0).reading().belarusianRegion())
                || region.equals(document.get(0).reading().russianRegion())).toList();
    }

    /** The documents, each its statements in order. */
    public static List<List<Statement>> documents() {
        Map<String, String> codes = new HashMap<>();
        BundledData.read("regions.csv").forEach(row -> codes.put(row.get("name_en"), row.get("code")));
        List<List<Statement>> documents = new ArrayList<>();
        Map<String, List<Statement>> byKey = new HashMap<>();
        List<Statement> earlier = new ArrayList<>();
        Map<Statement, List<Statement>> documentOf = new HashMap<>();
        for (String file : List.of("region-facts.csv", "region-pair-facts.csv", "region-pair-facts-3.csv")) {
            for (CSVRecord row : BundledData.read(file)) {
                Statement statement = statement(file, row, codes);
                if (statement == null) {
                    continue;
                }
                List<Statement> document = join(statement, byKey, earlier, documentOf, documents);
                if (document == null) {
                    document = new ArrayList<>();
                    documents.add(document);
                    if (statement.mark() != null && !statement.mark().startsWith("same-as:")) {
                        byKey.put(statement.mark(), document);
                    }
                }
                document.add(statement);
                documentOf.put(statement, document);
                earlier.add(statement);
            }
        }
        return documents;
    }

    /** Documents per pair, "BY-HR|RU-PNZ" → count. */
    static Map<String, Integer> documentsPerPair() {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<Statement> document : documents()) {
            DocumentRules.Reading reading = document.get(0).reading();
            counts.merge(reading.belarusianRegion() + "|" + reading.russianRegion(), 1, Integer::sum);
        }
        return counts;
    }

    private static List<Statement> join(Statement statement, Map<String, List<Statement>> byKey,
                                        List<Statement> earlier, Map<Statement, List<Statement>> documentOf,
                                        List<List<Statement>> documents) {
        String mark = statement.mark();
        if (mark != null && mark.startsWith("same-as:")) {
            String source = mark.substring("same-as:".length());
            return earlier.stream().filter(other -> other.source().equals(source)
                            && other.reading().belarusianRegion().equals(statement.reading().belarusianRegion())
                            && other.reading().russianRegion().equals(statement.reading().russianRegion()))
                    .min(java.util.Comparator.comparing((Statement other) -> !other.reading().kind()
                                    .equals(statement.reading().kind()))
                            .thenComparing(other -> !java.util.Objects.equals(other.reading().year(),
                                    statement.reading().year())))
                    .map(documentOf::get).orElse(null);
        }
        if (mark != null) {
            return byKey.get(mark);
        }
        List<DocumentRules.Candidate<List<Statement>>> candidates = new ArrayList<>();
        for (List<Statement> document : documents) {
            if (document.get(0).reading().belarusianRegion().equals(statement.reading().belarusianRegion())
                    && document.get(0).reading().russianRegion().equals(statement.reading().russianRegion())) {
                candidates.add(new DocumentRules.Candidate<>(document, document.get(0).reading()));
            }
        }
        Optional<List<Statement>> found = DocumentRules.documentOf(statement.reading(), candidates);
        return found.orElse(null);
    }

    /** A line of a document kind as the rules read it; null for a partner listing, a figure. */
    private static Statement statement(String file, CSVRecord row, Map<String, String> codes) {
        String words = row.get("kind");
        String kind = Kind.VOCABULARY.match(words).orElseThrow();
        if (Kind.of(kind).orElseThrow().group() != Kind.Group.DOCUMENT) {
            return null;
        }
        String level = row.isMapped("level") && !row.get("level").isEmpty() ? row.get("level")
                : Kind.levelNamedBy(words).map(Level::key).orElse(null);
        DocumentRules.Reading reading = new DocumentRules.Reading(codes.get(row.get("by_region")),
                codes.get(row.get("ru_region")), kind, level, number(row, "year"),
                row.isMapped("signed_on") && !row.get("signed_on").isEmpty() ? row.get("signed_on") : null,
                number(row, "edition"));
        String mark = row.isMapped("doc_key") && !row.get("doc_key").isEmpty() ? row.get("doc_key") : null;
        boolean reported = !row.isMapped("status") || !row.get("status").equals("expected");
        Integer validFrom = row.isMapped("valid_from") ? number(row, "valid_from") : null;
        Integer validTo = row.isMapped("valid_to") ? number(row, "valid_to") : null;
        if (validFrom == null && validTo == null) {
            for (CSVRecord term : BundledData.read("terms-read.csv")) {
                if (term.get("source").equals(row.get("source")) && term.get("by_region").equals(row.get("by_region"))
                        && term.get("ru_region").equals(row.get("ru_region")) && term.get("kind").equals(kind)
                        && row.get("as_stated").contains(term.get("words"))) {
                    validFrom = number(term, "valid_from");
                    validTo = number(term, "valid_to");
                }
            }
        }
        return new Statement(file, row.getRecordNumber() + 1, row.get("source"), reading, mark, reported, validFrom,
                validTo);
    }

    private static Integer number(CSVRecord row, String column) {
        return row.get(column).isEmpty() ? null : Integer.valueOf(row.get(column));
    }
}

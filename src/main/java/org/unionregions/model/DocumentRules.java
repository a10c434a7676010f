package org.unionregions.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When two statements are one signing. A document's reading is its first statement (the one counted);
 * a statement joins a document when, against that reading, it has the same pair of regions, the same
 * kind and the same year (both undated counts as the same), and its level, date of signing and forum
 * edition do not contradict it (equal, or stated on one side only). Status is not compared: an
 * announced signing and its report are one document. Where more than one document qualifies none is
 * chosen: a person decides. The same rules serve an import, the form and the bundled data (README,
 * "Documents and statements").
 */
public final class DocumentRules {

    /** What the rules compare of a statement. */
    public record Reading(String belarusianRegion, String russianRegion, String kind, String level, Integer year,
                          String signedOn, Integer edition) {

        public static Reading of(RegionFact fact) {
            return new Reading(fact.belarusianRegion(), fact.russianRegion(), fact.kind(), fact.level(),
                    fact.year(), fact.signedOn(), fact.editionNumber());
        }

        /** The year of the signing: the year stated, else the year of its date. */
        Integer yearOfSigning() {
            if (year != null) {
                return year;
            }
            return signedOn != null && signedOn.length() >= 4 ? Integer.valueOf(signedOn.substring(0, 4)) : null;
        }
    }

    /** A document as the rules see it: its id and its reading (the first statement's). */
    public record Candidate<K>(K document, Reading reading) {
    }

    private DocumentRules() {
    }

    /** True where {@code statement} may be a statement of the document read as {@code document}. */
    public static boolean sameSigning(Reading statement, Reading document) {
        return Objects.equals(statement.belarusianRegion(), document.belarusianRegion())
                && Objects.equals(statement.russianRegion(), document.russianRegion())
                && Objects.equals(statement.kind(), document.kind())
                && Kind.of(statement.kind()).map(kind -> kind.group() == Kind.Group.DOCUMENT).orElse(false)
                && Objects.equals(statement.yearOfSigning(), document.yearOfSigning())
                && agree(statement.level(), document.level())
                && agree(statement.signedOn(), document.signedOn())
                && agree(statement.edition(), document.edition());
    }

    /** Equal, or stated on one side only. */
    private static boolean agree(Object one, Object other) {
        return one == null || other == null || one.equals(other);
    }

    /**
     * What two statements of one signing always share besides their pair: the kind and the year of
     * signing. Documents grouped by it can be searched in their group alone (an import of a million
     * statements compared each with every document of its pair).
     */
    public static String group(Reading reading) {
        return reading.kind() + "|" + reading.yearOfSigning();
    }

    /** The one document among {@code documents} the statement qualifies for; empty where none or several do. */
    public static <K> Optional<K> documentOf(Reading statement, List<Candidate<K>> documents) {
        List<K> found = new ArrayList<>();
        for (Candidate<K> candidate : documents) {
            if (sameSigning(statement, candidate.reading())) {
                found.add(candidate.document());
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}

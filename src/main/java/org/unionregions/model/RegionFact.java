package org.unionregions.model;

/**
 * Something a source says about one Belarusian and one Russian region: an agreement, a twinning, a
 * partner listing, a trade volume. Year, edition, level, value and the like are null where the source
 * gives none; {@code kind} is a key of {@link Kind} (or, in a database older than the vocabulary, the
 * text stored then), {@code level} of {@link Level}. A fact is a statement: several statements of one
 * signing are one document, whose first statement's id the others name in {@code document} (null on
 * the first). {@code validFrom}/{@code validTo}: the years of a term the source states.
 * {@code carriesOut}: for a roadmap, action plan or programme, the statement (of the agreement)
 * a person chose as the document it carries out; null where none was chosen (a rule may still match one).
 */
public record RegionFact(
        long id,
        String belarusianRegion,
        String russianRegion,
        Integer year,
        Integer editionNumber,
        String signedOn,
        String kind,
        String level,
        String status,
        String title,
        Double value,
        String unit,
        String qualifier,
        String period,
        String asStated,
        Source source,
        Integer validFrom,
        Integer validTo,
        Long document,
        Long carriesOut) {

    /** A statement without a term or a document of its own (tests, older callers). */
    public RegionFact(long id, String belarusianRegion, String russianRegion, Integer year, Integer editionNumber,
                      String signedOn, String kind, String level, String status, String title, Double value,
                      String unit, String qualifier, String period, String asStated, Source source) {
        this(id, belarusianRegion, russianRegion, year, editionNumber, signedOn, kind, level, status, title, value,
                unit, qualifier, period, asStated, source, null, null, null, null);
    }

    /**
     * The id of the document this statement states: its own where it is its document's first statement,
     * else the first statement's ({@link #document}).
     */
    public long documentId() {
        return document == null ? id : document;
    }

    /** True for the statement a count of documents counts: a document's first statement. */
    public boolean countsAsDocument() {
        return isDocument() && document == null;
    }

    /** True for what a count of documents counts (not a partner listing, an intention or a trade figure). */
    public boolean isDocument() {
        return Kind.of(kind).map(k -> k.group() == Kind.Group.DOCUMENT).orElse(false);
    }

    public boolean isExpected() {
        return "expected".equals(status);
    }
}

package org.unionregions.model;

/**
 * Something a source says about one Belarusian and one Russian region: an agreement, a twinning, a
 * partner listing, a trade volume. Year, edition, level, value and the like are null where the source
 * gives none; {@code kind} is a key of {@link Kind} (or, in a database older than the vocabulary, the
 * text stored then), {@code level} of {@link Level}.
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
        Source source) {

    /** True for what a count of documents counts (not a partner listing, an intention or a trade figure). */
    public boolean isDocument() {
        return Kind.of(kind).map(k -> k.group() == Kind.Group.DOCUMENT).orElse(false);
    }

    public boolean isExpected() {
        return "expected".equals(status);
    }
}

package org.unionregions.model;

/**
 * Something a source says about one Belarusian and one Russian region: an agreement, an action plan,
 * a representative office, a trade volume. Year, edition and value are null where the source gives none.
 */
public record RegionFact(
        long id,
        String belarusianRegion,
        String russianRegion,
        Integer year,
        Integer editionNumber,
        String kind,
        Double value,
        String unit,
        String asStated,
        Source source) {
}

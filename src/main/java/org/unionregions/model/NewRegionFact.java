package org.unionregions.model;

/** A region-pair fact about to be written (from an import or the edit form); nulls where not given. */
public record NewRegionFact(
        String belarusianRegion,
        String russianRegion,
        Integer year,
        Integer editionNumber,
        String signedOn,
        String kind,
        String title,
        Double value,
        String unit,
        String asStated,
        String sourceId) {

    /** Two facts are the same fact when all but the text as stated agree. */
    public record Key(String belarusianRegion, String russianRegion, Integer year, Integer editionNumber,
                      String signedOn, String kind, String title, Double value, String unit, String sourceId) {
    }

    public Key duplicateKey() {
        return new Key(belarusianRegion, russianRegion, year, editionNumber, signedOn, kind, title, value, unit,
                sourceId);
    }
}

package org.unionregions.model;

/**
 * One cell of the matrix: the value (a count, a sum or a latest figure in one currency), the facts
 * behind it, how many of them were only announced (expected), so a cell can say so, and, for a latest
 * figure, its year (else null).
 */
public record PairValue(String belarusianRegion, String russianRegion, double value, int facts, int expected,
                        Integer year) {

    public PairValue(String belarusianRegion, String russianRegion, double value, int facts) {
        this(belarusianRegion, russianRegion, value, facts, 0, null);
    }
}

package org.unionregions.model;

/** One matrix cell: the pair, the metric's value, and how many facts stand behind it. */
public record PairValue(String belarusianRegion, String russianRegion, double value, int facts) {
}

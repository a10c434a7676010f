package org.unionregions.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * When sources disagree, a chart bar or a tile needs one number, yet no number may be averaged or
 * made up. The rule: show the smallest figure a source stated (the conservative reading); every
 * variant stays listed in tooltips and details.
 */
public final class Variants {

    private Variants() {
    }

    public static <T> Optional<T> conservative(List<T> variants, ToDoubleFunction<T> value) {
        return variants.stream().min(Comparator.comparingDouble(value));
    }
}

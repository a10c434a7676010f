package org.unionregions.model;

/**
 * What a region states about itself ("agreements with 29 regions of the Russian Federation"), with
 * the year, the source and its words: the yardstick of how complete the registry is for that region.
 * {@code registry}: the registry's own count of what it counts (RegionRepository says how).
 */
public record RegionTotal(long id, String region, Integer year, String measure, double value, String level,
                          String asStated, Source source, int registry) {
}

package org.unionregions.model;

/** Where a figure comes from: a seed document or a published page, with its publisher. */
public record Source(String id, String publisher, String location, String note) {
}

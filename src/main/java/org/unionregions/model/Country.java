package org.unionregions.model;

public enum Country {
    BY,
    RU
}

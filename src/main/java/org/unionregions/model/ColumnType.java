package org.unionregions.model;

/** What a column holds, and so how a cell typed or imported into it is read and checked. */
public enum ColumnType {
    /** Free text, up to the cell limit. */
    TEXT,
    /** A whole number between the column's min and max. */
    INTEGER,
    /** A non-negative number, written as spreadsheets in either locale write it. */
    NUMBER,
    /** A calendar date that exists, in the years the registry covers. */
    DATE,
    /** One of the column's fixed choices. */
    CHOICE,
    /** An ISO 3166-2 code of Belarus or Russia (the region table's own key). */
    REGION_CODE,
    /** A region named by code or by name in any language; stored as its code. */
    REGION,
    /** A forum edition by number or Roman numeral; stored as its number. */
    EDITION,
    /** An entry of a fixed vocabulary (kinds, levels) in any of its words; stored as its key. */
    VOCABULARY,
    /** A currency, or a percentage as the source states it ("% y/y", "% of exports"): never summed with money. */
    MONEY_OR_PERCENT
}

package org.unionregions.model;

import java.util.List;

/**
 * One column of a registry table, as the form, the importer, the writer and the export all see it.
 *
 * @param name       the column's name in the database and in files
 * @param type       what a value is, and so how a cell is read and checked
 * @param required   whether a row may leave it empty
 * @param choices    the values a {@link ColumnType#CHOICE} takes ("" where the empty value is one)
 * @param references the table whose key the value must be ({@code source}, {@code region}, {@code edition}), or null
 * @param country    for {@link ColumnType#REGION}: the country whose regions it takes, or null for either
 * @param min        for whole numbers: the smallest value
 * @param max        for whole numbers: the largest value
 * @param headers    other names a file may give the column (English, Russian, Belarusian)
 * @param vocabulary for {@link ColumnType#VOCABULARY}: the entries and their words
 * @param whenEmpty  the value stored when the cell is empty (null: NULL)
 */
public record ColumnDef(String name, ColumnType type, boolean required, List<String> choices, String references,
                        Country country, int min, int max, List<String> headers, Vocabulary vocabulary,
                        String whenEmpty) {

    public ColumnDef {
        choices = List.copyOf(choices);
        headers = List.copyOf(headers);
    }

    private ColumnDef(String name, ColumnType type, boolean required, List<String> choices, String references,
                      Country country, int min, int max, List<String> headers) {
        this(name, type, required, choices, references, country, min, max, headers, null, null);
    }

    /** The same column, storing {@code value} when its cell is empty. */
    public ColumnDef orElse(String value) {
        return new ColumnDef(name, type, required, choices, references, country, min, max, headers, vocabulary, value);
    }

    /** One of the entries of a vocabulary, typed in any of its words; stored as its key. */
    public static ColumnDef vocabulary(String name, boolean required, Vocabulary vocabulary, String... headers) {
        return new ColumnDef(name, ColumnType.VOCABULARY, required, vocabulary.keys(), null, null, 0, 0,
                List.of(headers), vocabulary, null);
    }

    public static ColumnDef text(String name, boolean required, String... headers) {
        return new ColumnDef(name, ColumnType.TEXT, required, List.of(), null, null, 0, 0, List.of(headers));
    }

    public static ColumnDef of(String name, ColumnType type, boolean required, String... headers) {
        return new ColumnDef(name, type, required, List.of(), null, null, 0, 0, List.of(headers));
    }

    public static ColumnDef wholeNumber(String name, boolean required, int min, int max, String... headers) {
        return new ColumnDef(name, ColumnType.INTEGER, required, List.of(), null, null, min, max, List.of(headers));
    }

    public static ColumnDef choice(String name, boolean required, List<String> choices, String... headers) {
        return new ColumnDef(name, ColumnType.CHOICE, required, choices, null, null, 0, 0, List.of(headers));
    }

    /** The key of a row of {@code table} (a source id, say). */
    public static ColumnDef reference(String name, boolean required, String table, String... headers) {
        return new ColumnDef(name, ColumnType.TEXT, required, List.of(), table, null, 0, 0, List.of(headers));
    }

    /** A region, typed by its name in any language or its ISO code; stored as the code. */
    public static ColumnDef region(String name, boolean required, Country country, String... headers) {
        return new ColumnDef(name, ColumnType.REGION, required, List.of(), "region", country, 0, 0,
                List.of(headers));
    }

    /** A forum edition, by its number or Roman numeral; stored as the number. */
    public static ColumnDef edition(String name, boolean required, String... headers) {
        return new ColumnDef(name, ColumnType.EDITION, required, List.of(), "edition", null, 1, 99,
                List.of(headers));
    }

    /** True for values stored as numbers (whole or not), false for text. */
    public boolean numeric() {
        return type == ColumnType.INTEGER || type == ColumnType.NUMBER || type == ColumnType.EDITION;
    }
}

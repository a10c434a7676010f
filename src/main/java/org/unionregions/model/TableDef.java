package org.unionregions.model;

import java.util.List;
import java.util.Optional;

/**
 * One table of the registry, described once for every layer: the form shows its columns, the
 * importer reads and checks them, the writer stores them, the export and the Data screen list them.
 * A new table is one more description in {@link Tables} plus its messages.
 *
 * @param name         the table's name in the database, on the command line and in message keys
 * @param columns      the columns people type or import, in the order a form shows them
 * @param key          the column that identifies a row (an id the database gives, or a natural key)
 * @param generatedKey true when the database numbers the rows itself ({@code key} is then not in {@code columns})
 * @param duplicateKey the columns in which two rows are the same fact (a row equal in all of them is a duplicate)
 * @param rules        the rules between columns a row must keep
 * @param template     the base name of the import templates shipped for it, or null
 */
public record TableDef(String name, List<ColumnDef> columns, String key, boolean generatedKey,
                       List<String> duplicateKey, List<RowRule> rules, String template) {

    public TableDef {
        columns = List.copyOf(columns);
        duplicateKey = List.copyOf(duplicateKey);
        rules = List.copyOf(rules);
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnDef::name).toList();
    }

    public Optional<ColumnDef> column(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }

    /** Every column stored, the generated key first: what the Data screen and the export show. */
    public List<String> storedColumns() {
        if (!generatedKey) {
            return columnNames();
        }
        List<String> all = new java.util.ArrayList<>();
        all.add(key);
        all.addAll(columnNames());
        return List.copyOf(all);
    }

    public boolean has(RowRule rule) {
        return rules.contains(rule);
    }

    public Optional<String> templateName() {
        return Optional.ofNullable(template);
    }
}

package org.unionregions.io;

/** Why one cell of an imported file cannot be taken, and where it is: file, line, column, value. */
public record ImportProblem(String file, long line, String column, String value, String message,
                            boolean alreadyStored) {

    /** "agreements.csv:12: column 'by_region' = 'Vitebsk': unknown region; did you mean Vitebsk Oblast?" */
    public String describe() {
        return describe(null);
    }

    /** The same in the interface language: the word "column" and the column's heading. */
    public String describe(org.unionregions.i18n.Messages messages) {
        StringBuilder text = new StringBuilder(file).append(':').append(line).append(": ");
        if (column != null && !column.isEmpty()) {
            // a column of the table by its heading in the window's language (the importer reads it too);
            // a header the file wrote and no table has, as the file wrote it
            String named = messages == null ? column : messages.find("data.column." + column).orElse(column);
            text.append(messages == null ? "column" : messages.get("import.column")).append(" '").append(named)
                    .append("'");
            if (value != null) {
                text.append(" = '").append(value.length() > 60 ? value.substring(0, 60) + "…" : value).append("'");
            }
            text.append(": ");
        }
        return text.append(message).toString();
    }
}

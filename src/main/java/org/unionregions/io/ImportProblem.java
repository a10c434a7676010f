package org.unionregions.io;

/** Why one cell of an imported file cannot be taken, and where it is: file, line, column, value. */
public record ImportProblem(String file, long line, String column, String value, String message,
                            boolean alreadyStored) {

    /** "agreements.csv:12: column 'by_region' = 'Vitebsk': unknown region; did you mean Vitebsk Oblast?" */
    public String describe() {
        return describe(null);
    }

    /** The same, with the word "column" in the interface language. */
    public String describe(org.unionregions.i18n.Messages messages) {
        StringBuilder text = new StringBuilder(file).append(':').append(line).append(": ");
        if (column != null && !column.isEmpty()) {
            text.append(messages == null ? "column" : messages.get("import.column")).append(" '").append(column)
                    .append("'");
            if (value != null) {
                text.append(" = '").append(value.length() > 60 ? value.substring(0, 60) + "…" : value).append("'");
            }
            text.append(": ");
        }
        return text.append(message).toString();
    }
}

package org.unionregions.io;

/** Numbers as spreadsheets in both locales write them: "1 234,5", "1,234.5", "62,6", "300000000". */
public final class Numbers {

    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final java.util.regex.Pattern PLAIN =
            java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d{1,3})?");

    private Numbers() {
    }

    /** The number, or null if the text is not one. */
    public static Double parse(String text) {
        if (isPlainDecimal(text)) { // most cells of a large file: no spaces, no grouping, no comma
            return Double.parseDouble(text);
        }
        String compact = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
        if (compact.isEmpty() || compact.length() > 40) {
            return null;
        }
        int lastComma = compact.lastIndexOf(',');
        int lastDot = compact.lastIndexOf('.');
        String plain;
        if (lastComma >= 0 && lastDot >= 0) {
            // both: the later one is the decimal mark, the other groups thousands
            plain = lastComma > lastDot ? compact.replace(".", "").replace(',', '.') : compact.replace(",", "");
        } else if (lastComma >= 0) {
            boolean grouping = compact.indexOf(',') != lastComma && GROUPED.matcher(compact).matches();
            plain = grouping ? compact.replace(",", "") : compact.replace(',', '.');
        } else {
            plain = compact;
        }
        if (!PLAIN.matcher(plain).matches()) {
            return null;
        }
        double value = Double.parseDouble(plain);
        return Double.isFinite(value) ? value : null;
    }

    /** Digits with at most one '.' between them and an optional leading '-': short enough to be exact. */
    private static boolean isPlainDecimal(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length - start == 0 || length > 18) {
            return false;
        }
        boolean dot = false;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot && i > start && i < length - 1) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

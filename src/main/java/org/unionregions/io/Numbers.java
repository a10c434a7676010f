package org.unionregions.io;

import java.util.regex.Pattern;

/**
 * Numbers as spreadsheets in both locales write them: "1 234,5", "1,234.5", "62,6", "300000000".
 * "1,500" and "1.500" are either a decimal or a whole number with its thousands grouped; such a
 * reading is {@link Ambiguous}, to be decided by the way the rest of the file writes its decimals
 * ({@link NumberStyle}), never guessed.
 */
public final class Numbers {

    /** How a text reads as a number. */
    public sealed interface Reading permits Exact, Ambiguous, NotANumber {
    }

    /**
     * One value. {@code decimalMark}: the decimal mark the text showed (',' or '.'), or 0 where it
     * shows none: what the file's style is learnt from.
     */
    public record Exact(double value, char decimalMark) implements Reading {
    }

    /** "1,500": 1.5 if {@code separator} is the file's decimal mark, 1500 if it groups thousands. */
    public record Ambiguous(char separator, double asDecimal, double asGrouped) implements Reading {
    }

    public record NotANumber() implements Reading {
    }

    private static final Pattern GROUPS = Pattern.compile("\\d{1,3}(\\d{3})*");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?([eE][-+]?\\d{1,3})?");
    private static final NotANumber NOT_A_NUMBER = new NotANumber();

    private Numbers() {
    }

    /** The number, or null if the text is not one or is ambiguous. */
    public static Double parse(String text) {
        return read(text) instanceof Exact exact ? exact.value() : null;
    }

    public static Reading read(String text) {
        if (isPlainDecimal(text)) { // most cells of a large file: no spaces, no grouping, no comma
            return new Exact(Double.parseDouble(text), text.indexOf('.') >= 0 ? '.' : 0);
        }
        String spaced = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\'', ' ').strip();
        if (spaced.indexOf(' ') >= 0 && !spacesGroupThousands(spaced)) {
            return NOT_A_NUMBER; // "1 2 3" is no way of writing 123
        }
        String compact = spaced.replace(" ", "");
        if (compact.isEmpty() || compact.length() > 40) {
            return NOT_A_NUMBER;
        }
        boolean negative = compact.startsWith("-");
        String digits = negative ? compact.substring(1) : compact;
        Reading reading = readUnsigned(digits);
        if (!negative) {
            return reading;
        }
        if (reading instanceof Exact exact) {
            return new Exact(-exact.value(), exact.decimalMark());
        }
        if (reading instanceof Ambiguous ambiguous) {
            return new Ambiguous(ambiguous.separator(), -ambiguous.asDecimal(), -ambiguous.asGrouped());
        }
        return reading;
    }

    private static Reading readUnsigned(String text) {
        int lastComma = text.lastIndexOf(',');
        int lastDot = text.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            // both: the later one is the decimal mark, the other groups thousands
            char decimal = lastComma > lastDot ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            int mark = Math.max(lastComma, lastDot);
            String whole = text.substring(0, mark);
            if (whole.indexOf(decimal) >= 0 || !GROUPS.matcher(whole.replace(String.valueOf(grouping), "")).matches()
                    || !groupedCorrectly(whole, grouping)) {
                return NOT_A_NUMBER;
            }
            return exact(whole.replace(String.valueOf(grouping), "") + "." + text.substring(mark + 1), decimal);
        }
        char separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : 0;
        if (separator == 0) {
            return exact(text, (char) 0);
        }
        int first = text.indexOf(separator);
        int last = separator == ',' ? lastComma : lastDot;
        if (first != last) { // "1,500,000", "1.500.000": grouping, so the other mark is the decimal one
            if (!groupedCorrectly(text, separator)) {
                return NOT_A_NUMBER;
            }
            Reading grouped = exact(text.replace(String.valueOf(separator), ""), (char) 0);
            return grouped instanceof Exact whole ? new Exact(whole.value(), separator == ',' ? '.' : ',') : grouped;
        }
        String whole = text.substring(0, last);
        String fraction = text.substring(last + 1);
        String asDecimal = whole + "." + fraction;
        boolean couldGroup = fraction.length() == 3 && whole.length() >= 1 && whole.length() <= 3
                && whole.charAt(0) != '0' && fraction.chars().allMatch(Character::isDigit)
                && whole.chars().allMatch(Character::isDigit);
        if (couldGroup) {
            return new Ambiguous(separator, Double.parseDouble(asDecimal), Double.parseDouble(whole + fraction));
        }
        return exact(asDecimal, separator);
    }

    /** "1 234 567,5": the whole part's spaces separate groups of three after a first of one to three digits. */
    private static boolean spacesGroupThousands(String text) {
        String sign = text.startsWith("-") ? "-" : "";
        String unsigned = text.substring(sign.length());
        int mark = Math.max(unsigned.indexOf(','), unsigned.indexOf('.'));
        String whole = mark < 0 ? unsigned : unsigned.substring(0, mark);
        if (mark >= 0 && unsigned.substring(mark).indexOf(' ') >= 0) {
            return false;
        }
        return whole.matches("\\d{1,3}( \\d{3})+");
    }

    /** "1,234,567": groups of three after a first group of one to three digits. */
    private static boolean groupedCorrectly(String text, char separator) {
        String[] groups = text.split(Pattern.quote(String.valueOf(separator)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static Reading exact(String plain, char decimalMark) {
        if (!PLAIN.matcher(plain).matches()) {
            return NOT_A_NUMBER;
        }
        double value = Double.parseDouble(plain);
        return Double.isFinite(value) ? new Exact(value, plain.indexOf('.') >= 0 ? decimalMark : 0) : NOT_A_NUMBER;
    }

    /** Digits with at most one '.' between them and an optional leading '-': short enough to be exact. */
    private static boolean isPlainDecimal(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length - start == 0 || length > 18) {
            return false;
        }
        int dot = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0 && i > start && i < length - 1) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        // "1.500" may be a grouped 1500: not plain
        return dot < 0 || length - dot - 1 != 3 || dot - start > 3 || text.charAt(start) == '0';
    }
}

package org.unionregions.io;

/**
 * How one file writes its decimals, learnt from its own numbers: a value such as "62,6" or
 * "1 234,5" shows a decimal comma, "2.5" or "1,234.5" a decimal point. An ambiguous "1,500" is then
 * read the file's way; a file that shows both ways, or neither, leaves it ambiguous (a problem).
 */
final class NumberStyle {

    private long commaDecimals;
    private long dotDecimals;

    /** Learns from one number read from the file as text. */
    void learn(Numbers.Reading reading) {
        if (reading instanceof Numbers.Exact exact) {
            if (exact.decimalMark() == ',') {
                commaDecimals++;
            } else if (exact.decimalMark() == '.') {
                dotDecimals++;
            }
        }
    }

    /** The file's decimal mark (',' or '.'), or 0 when its numbers do not say, or say both. */
    char decimalMark() {
        if (commaDecimals > 0 && dotDecimals == 0) {
            return ',';
        }
        if (dotDecimals > 0 && commaDecimals == 0) {
            return '.';
        }
        return 0;
    }

    boolean mixed() {
        return commaDecimals > 0 && dotDecimals > 0;
    }
}

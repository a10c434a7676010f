package org.unionregions.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.unionregions.i18n.Messages;

/**
 * A non-empty cell read as a whole number, a non-negative number or a date, as both importers and
 * the forms take them. A cell that is none of these throws {@link IllegalArgumentException} whose
 * message says why, in the interface language.
 */
final class CellValues {

    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    private CellValues() {
    }

    /** "2024", "2024,0" or "2024.0", between {@code min} and {@code max}. */
    static int wholeNumber(String text, int min, int max, Messages messages) {
        int value;
        try {
            value = isShortDigits(text) ? Integer.parseInt(text) // most cells: no BigDecimal needed
                    : new BigDecimal(text.replace(',', '.')).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("import.notWhole"));
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(messages.format("import.between", String.valueOf(min),
                    String.valueOf(max)));
        }
        return value;
    }

    /** A number as spreadsheets in both locales write it (see {@link Numbers}), never negative. */
    static double nonNegativeNumber(String text, Messages messages) {
        Double value = Numbers.parse(text);
        if (value == null) {
            throw new IllegalArgumentException(messages.get("import.notNumber"));
        }
        if (value < 0) {
            throw new IllegalArgumentException(messages.get("import.negative"));
        }
        return value;
    }

    /** 2024-06-27 or 27.06.2024. */
    static LocalDate date(String text, Messages messages) {
        try {
            return text.contains(".") ? LocalDate.parse(text, DOTTED_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(messages.get("import.notDate"));
        }
    }

    private static boolean isShortDigits(String text) {
        if (text.length() >= 10) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

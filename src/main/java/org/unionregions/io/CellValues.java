package org.unionregions.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Tables;

/**
 * A non-empty cell read as a whole number, a non-negative number or a date, as the importer and the
 * forms take them. A cell that is none of these throws {@link IllegalArgumentException} whose
 * message says why, in the interface language.
 */
final class CellValues {

    /** Strict: 31.02.2024 is refused, not moved to 29 February. */
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** No figure the registry holds comes near this; sums of such values never overflow to infinity. */
    static final double LARGEST_VALUE = 1e15;

    private CellValues() {
    }

    /** "2024", "2024,0" or "2024.0", between {@code min} and {@code max}. */
    static int wholeNumber(String text, int min, int max, Messages messages) {
        int value;
        try {
            value = isShortDigits(text) ? Integer.parseInt(text) // most cells: no BigDecimal needed
                    : new BigDecimal(text.length() > 40 ? "x" : text.replace(',', '.')).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("import.notWhole"));
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(messages.format("import.between", String.valueOf(min),
                    String.valueOf(max)));
        }
        return value;
    }

    /**
     * A number as spreadsheets in both locales write it (see {@link Numbers}), never negative nor
     * beyond {@link #LARGEST_VALUE}; an ambiguous reading is returned for the file to decide.
     */
    static Numbers.Reading nonNegativeNumber(String text, Messages messages) {
        Numbers.Reading reading = Numbers.read(text);
        if (reading instanceof Numbers.NotANumber) {
            throw new IllegalArgumentException(messages.get("import.notNumber"));
        }
        double value = reading instanceof Numbers.Exact exact ? exact.value()
                : ((Numbers.Ambiguous) reading).asGrouped();
        if (value < 0) {
            throw new IllegalArgumentException(messages.get("import.negative"));
        }
        if (value > LARGEST_VALUE) {
            throw new IllegalArgumentException(messages.get("import.tooLarge"));
        }
        return reading;
    }

    /** 2024-06-27 or 27.06.2024, a day that exists, in the years the registry covers. */
    static LocalDate date(String text, Messages messages) {
        LocalDate date;
        try {
            date = text.contains(".") ? LocalDate.parse(text, DOTTED_DATE) : LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(messages.get(looksLikeADate(text) ? "import.noSuchDay"
                    : "import.notDate"));
        }
        if (date.getYear() < Tables.FIRST_YEAR || date.getYear() > Tables.LAST_YEAR) {
            throw new IllegalArgumentException(messages.format("import.yearOutside", String.valueOf(Tables.FIRST_YEAR),
                    String.valueOf(Tables.LAST_YEAR)));
        }
        return date;
    }

    /** Day, month and year in a date's shape (31.02.2024): a day that does not exist, not a wrong format. */
    private static boolean looksLikeADate(String text) {
        return text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}") || text.matches("\\d{4}-\\d{2}-\\d{2}");
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

package org.unionregions.model;

import java.time.LocalDate;

/** One Forum of Regions of Belarus and Russia. Dates and host may be unknown (null) for a planned edition. */
public record Edition(
        int number,
        int year,
        LocalDate startDate,
        LocalDate endDate,
        String hostCity,
        String hostRegion,
        String hostCountry,
        String format,
        String theme,
        Source themeSource) {

    private static final String[] ROMAN = {
        "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    /** The edition number as the forum itself writes it: XIII. */
    public String roman() {
        return toRoman(number);
    }

    /** "XIII 2026": the label used on chart axes and lists. */
    public String label() {
        return roman() + " " + year;
    }

    public static String toRoman(int value) {
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                roman.append(ROMAN[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return roman.toString();
    }
}

package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unionregions.i18n.Messages;

/** Whole numbers, non-negative numbers and dates, read strictly, with the reason worded. */
class CellValuesTest {

    private final Messages english = Messages.forLanguage("en");

    @Test
    void wholeNumbersInTheirRange() {
        assertEquals(2024, CellValues.wholeNumber("2024", 1991, 2100, english));
        assertEquals(2024, CellValues.wholeNumber("2024,0", 1991, 2100, english));
        assertEquals("not a whole number", assertThrows(IllegalArgumentException.class,
                () -> CellValues.wholeNumber("2024.5", 1991, 2100, english)).getMessage());
        assertEquals("must be between 1991 and 2100", assertThrows(IllegalArgumentException.class,
                () -> CellValues.wholeNumber("99999", 1991, 2100, english)).getMessage());
        assertEquals("not a whole number", assertThrows(IllegalArgumentException.class,
                () -> CellValues.wholeNumber("1" + "0".repeat(50), 1, 2, english)).getMessage());
    }

    @Test
    void datesExistAndLieInTheRegistrysYears() {
        assertEquals(LocalDate.of(2024, 6, 27), CellValues.date("27.06.2024", english));
        assertEquals(LocalDate.of(2024, 6, 27), CellValues.date("2024-06-27", english));
        assertEquals(LocalDate.of(2024, 2, 29), CellValues.date("29.02.2024", english));
        assertEquals("no such day in the calendar (31 February?); check the date", assertThrows(
                IllegalArgumentException.class, () -> CellValues.date("31.02.2024", english)).getMessage());
        assertEquals("the year must be between 1991 and 2100", assertThrows(IllegalArgumentException.class,
                () -> CellValues.date("01.01.0001", english)).getMessage());
        assertEquals("not a date; write 2024-06-27 or 27.06.2024", assertThrows(IllegalArgumentException.class,
                () -> CellValues.date("June 27", english)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CellValues.date("+99999-01-01", english));
    }

    @Test
    void numbersAreNeverNegativeNorBeyondAnyFigure() {
        assertEquals(1.5e7, ((Numbers.Exact) CellValues.nonNegativeNumber("15 000 000", english)).value());
        assertEquals("negative value", assertThrows(IllegalArgumentException.class,
                () -> CellValues.nonNegativeNumber("-5", english)).getMessage());
        assertEquals("negative value", assertThrows(IllegalArgumentException.class,
                () -> CellValues.nonNegativeNumber("-1,500", english)).getMessage(), "negative either way it reads");
        assertThrows(IllegalArgumentException.class, () -> CellValues.nonNegativeNumber("1e308", english));
    }
}

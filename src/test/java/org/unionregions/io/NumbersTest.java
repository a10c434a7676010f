package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Numbers as both locales write them; "1,500" read two ways, never guessed. */
class NumbersTest {

    @Test
    void numbersAreReadAsWrittenInEitherLocale() {
        assertEquals(1234.5, Numbers.parse("1 234,5"));
        assertEquals(1234.5, Numbers.parse("1\u00a0234,5"));
        assertEquals(1234.5, Numbers.parse("1,234.5"));
        assertEquals(1234.5, Numbers.parse("1.234,5"));
        assertEquals(62.6, Numbers.parse("62,6"));
        assertEquals(1_500_000.0, Numbers.parse("1,500,000"));
        assertEquals(1_500_000.0, Numbers.parse("1.500.000"));
        assertEquals(3e8, Numbers.parse("300000000"));
        assertEquals(1e9, Numbers.parse("1e9"));
        assertEquals(0.5, Numbers.parse("0,500"), "a leading zero groups nothing");
        assertEquals(1234.567, Numbers.parse("1234,567"), "four digits before the mark group nothing");
        assertEquals(-2.5, Numbers.parse("-2.5"));
    }

    @Test
    void aMarkFollowedByThreeDigitsIsAmbiguous() {
        Numbers.Ambiguous comma = assertInstanceOf(Numbers.Ambiguous.class, Numbers.read("1,500"));
        assertEquals(',', comma.separator());
        assertEquals(1.5, comma.asDecimal());
        assertEquals(1500.0, comma.asGrouped());
        Numbers.Ambiguous dot = assertInstanceOf(Numbers.Ambiguous.class, Numbers.read("12.345"));
        assertEquals(12.345, dot.asDecimal());
        assertEquals(12345.0, dot.asGrouped());
        assertNull(Numbers.parse("1,500"), "parse never guesses");
    }

    @Test
    void theDecimalMarkShownIsKeptForTheFileToLearnFrom() {
        assertEquals(',', ((Numbers.Exact) Numbers.read("62,6")).decimalMark());
        assertEquals('.', ((Numbers.Exact) Numbers.read("2.5")).decimalMark());
        assertEquals('.', ((Numbers.Exact) Numbers.read("1,500,000")).decimalMark(), "commas group: the point is decimal");
        assertEquals(0, ((Numbers.Exact) Numbers.read("1500")).decimalMark());
        NumberStyle style = new NumberStyle();
        style.learn(Numbers.read("62,6"));
        assertEquals(',', style.decimalMark());
        style.learn(Numbers.read("2.5"));
        assertEquals(0, style.decimalMark(), "both ways: undecided");
    }

    @Test
    void whatIsNoNumberIsSaidSo() {
        for (String text : new String[] {"", "abc", "1,2,3", "1.2.3,4.5", "12,34,567", "1e99999", "--1", "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1"}) {
            assertInstanceOf(Numbers.NotANumber.class, Numbers.read(text), text);
        }
    }
}

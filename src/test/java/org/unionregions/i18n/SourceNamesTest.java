package org.unionregions.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The collector's notes on a publisher in the window's language; the outlet's own name as written. */
class SourceNamesTest {

    @Test
    void citingAndTheLanguageOfAPageAreWordedInRussianAndBelarusianAndTheOutletKeepsItsName() {
        Messages russian = Messages.forLanguage("ru");
        assertEquals("news.by (со ссылкой на BelTA)", SourceNames.worded("news.by (citing BelTA)", russian));
        assertEquals("BelTA (на немецком)", SourceNames.worded("BelTA (German)", russian));
        assertEquals("Radio Belarus (radiobelarus.by, немецкая служба)",
                SourceNames.worded("Radio Belarus (radiobelarus.by, German service)", russian));
        assertEquals("news.by (са спасылкай на BelTA)", SourceNames.worded("news.by (citing BelTA)",
                Messages.forLanguage("be")));
        assertEquals("news.by (citing BelTA)", SourceNames.worded("news.by (citing BelTA)", Messages.forLanguage("en")));
    }
}

package org.unionregions.i18n;

import java.util.List;
import java.util.Map;

/**
 * A source's publisher as the window's language says it: the outlet's name stays as the data set writes
 * it (a proper name, transliterated), the collector's notes around it are worded in the language
 * ("news.by (citing BelTA)" is "news.by (со ссылкой на BelTA)" in Russian). Notes written for one page
 * alone ("relays the Russian President's greeting") stay as written.
 */
public final class SourceNames {

    /** The collector's recurring notes, each with its message key; longest first, so "German service" wins over "German". */
    private static final List<Map.Entry<String, String>> NOTES = List.of(
            Map.entry("English edition", "source.note.englishEdition"),
            Map.entry("German service", "source.note.germanService"),
            Map.entry("citing ", "source.note.citing"),
            Map.entry("quoting ", "source.note.quoting"),
            Map.entry("aggregator", "source.note.aggregator"),
            Map.entry("English", "source.note.english"),
            Map.entry("German", "source.note.german"));

    private SourceNames() {
    }

    public static String worded(String publisher, Messages messages) {
        if (publisher == null || "en".equals(messages.language())) {
            return publisher;
        }
        String worded = publisher;
        for (Map.Entry<String, String> note : NOTES) {
            worded = worded.replace(note.getKey(), messages.get(note.getValue()));
        }
        return worded;
    }
}

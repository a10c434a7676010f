package org.unionregions.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every English key has a Russian and a Belarusian text: no screen shows a key or falls back silently. */
class MessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(
                "/org/unionregions/i18n/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void russianAndBelarusianHaveEveryEnglishKey() throws IOException {
        Properties english = bundle("");
        for (String suffix : new String[] {"_ru", "_be"}) {
            Set<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(bundle(suffix).stringPropertyNames());
            assertEquals(Set.of(), missing, "missing in messages" + suffix);
            Set<String> extra = new TreeSet<>(bundle(suffix).stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertEquals(Set.of(), extra, "unknown keys in messages" + suffix);
        }
    }

    @Test
    void translatedTextsAreCyrillicNotCopiedEnglish() throws IOException {
        for (String suffix : new String[] {"_ru", "_be"}) {
            Properties translated = bundle(suffix);
            for (String key : translated.stringPropertyNames()) {
                if (key.startsWith("language.") || key.startsWith("palette.")) {
                    continue; // languages are named in their own language; palettes have proper names
                }
                String text = translated.getProperty(key);
                assertTrue(text.matches("(?s).*\\p{IsCyrillic}.*") || !text.matches("(?s).*[A-Za-z]{3,}.*"),
                        "messages" + suffix + " " + key + " looks untranslated: " + text);
            }
        }
    }

    @Test
    void theLanguageFollowsTheChoiceThenTheSystem() {
        assertEquals("be", Messages.supportedLanguage("be"));
        assertEquals("en", Messages.supportedLanguage("fr")); // the build runs the tests in an English locale
        assertEquals("Обзор", Messages.forLanguage("ru").get("nav.overview"));
        assertEquals("Агляд", Messages.forLanguage("be").get("nav.overview"));
    }
}

package org.unionregions.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Every visible string, from the bundle of one of the interface languages (Russian, Belarusian,
 * English). No JavaFX here: the store, the importers and the view models all word their messages
 * through it.
 */
public final class Messages {

    public static final String BUNDLE = "org.unionregions.i18n.messages";
    public static final List<String> LANGUAGES = List.of("ru", "be", "en");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The interface language for a stored choice, or the system's if it is one we have; English otherwise. */
    public static String supportedLanguage(String preferred) {
        if (preferred != null && LANGUAGES.contains(preferred)) {
            return preferred;
        }
        String system = Locale.getDefault().getLanguage();
        return LANGUAGES.contains(system) ? system : "en";
    }

    public static Messages forLanguage(String language) {
        return new Messages(Locale.forLanguageTag(supportedLanguage(language)));
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /**
     * The text of a key every bundle has (a test checks that they agree). A key missing from the
     * bundles is a bug; the key itself is shown rather than nothing.
     */
    public String get(String key) {
        return find(key).orElse(key);
    }

    /** The text of a key that may have none (labels of optional keys, such as a column's heading). */
    public Optional<String> find(String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /**
     * A word the data stores in English (a host city, a trade figure's basis) in the interface
     * language: the key is the group and the word in lower case with '_' for anything but letters and
     * digits ("city.minsk_and_moscow"); a word without a translation stays as stored.
     */
    public String wordFor(String group, String english) {
        if (english == null || english.isBlank()) {
            return english;
        }
        String slug = english.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return find(group + "." + slug).orElse(english);
    }

    /** Parsed once per key (parsing was most of the cost); MessageFormat itself is not thread-safe. */
    public String format(String key, Object... arguments) {
        MessageFormat pattern = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        synchronized (pattern) {
            return pattern.format(arguments);
        }
    }
}

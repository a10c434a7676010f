package org.unionregions.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A fixed list of values a column takes (kinds of fact, levels of signatory), each stored by its key
 * and typed by people in any of its words in Russian, Belarusian or English. A word that is no entry
 * is refused, with the nearest entry suggested; it never becomes a new entry.
 */
public interface Vocabulary {

    /** The keys stored, in the order a choice box lists them. */
    List<String> keys();

    /** The entry a typed word means, if it means one: its key, or one of its synonyms, any case. */
    Optional<String> match(String typed);

    /** The entry nearest to a word that means none, for "did you mean …?". */
    Optional<String> nearest(String typed);

    /** Lower case, one space between words, "_" and "-" as spaces, ё as е: how words are compared. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Levenshtein distance of two short words (also the region matcher's near-miss measure). */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

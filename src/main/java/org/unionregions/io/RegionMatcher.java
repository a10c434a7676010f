package org.unionregions.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unionregions.model.Country;
import org.unionregions.model.Region;

/**
 * Finds a region by what people type: ISO code, English, Russian or Belarusian name, any case. For a
 * near miss ("Vitebsk", "Смоленская") it suggests the regions meant, never picks one silently.
 */
public final class RegionMatcher {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_.-]+");

    private final Map<String, Region> exact = new HashMap<>();
    /** What each typed text resolved to: a file repeats the same few region names many times. */
    private final Map<String, Optional<Region>> resolved = bounded(100_000);
    /**
     * The suggestions for each near miss: a file that misspells a region does so on every line, and
     * comparing a name with all 90 regions' names on each of them made such a file slow to check.
     */
    private final Map<String, List<Region>> suggested = bounded(10_000);
    private final List<Region> regions;

    public RegionMatcher(List<Region> regions) {
        this.regions = List.copyOf(regions);
        for (Region region : regions) {
            for (String name : names(region)) {
                exact.put(normalise(name), region);
            }
        }
    }

    private static List<String> names(Region region) {
        List<String> names = new ArrayList<>(List.of(region.code(), region.nameEn(), region.nameRu()));
        if (region.nameBe() != null && !region.nameBe().isBlank()) {
            names.add(region.nameBe());
        }
        return names;
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е').replace('\u00a0', ' ');
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }

    public Optional<Region> find(String text) {
        return resolved.computeIfAbsent(text, typed -> Optional.ofNullable(exact.get(normalise(typed))));
    }

    /** A map that forgets its oldest entries beyond {@code size}: a hostile file cannot fill memory with it. */
    private static <V> Map<String, V> bounded(int size) {
        return new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }

    /** Up to three regions of the country (null: of either) that the text probably means. */
    public List<Region> suggest(String text, Country country) {
        return suggested.computeIfAbsent(country + "|" + text, key -> suggestFresh(text, country));
    }

    private List<Region> suggestFresh(String text, Country country) {
        String wanted = normalise(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Scored(Region region, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Region region : regions) {
            if (country != null && region.country() != country) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (String name : names(region)) {
                String candidate = normalise(name);
                boolean code = name.equals(region.code());
                int score;
                if (!code && (candidate.startsWith(wanted) || candidate.contains(" " + wanted)
                        || wanted.startsWith(candidate))) {
                    score = 0;
                } else if (code) {
                    // a code is typed whole or begun ("RU-SM"), never misspelt: "ru" or "ta" is a couple of
                    // letters from any short word
                    score = wanted.length() >= 4 && candidate.startsWith(wanted) ? 0 : Integer.MAX_VALUE;
                } else {
                    String firstWord = candidate.split(" ")[0];
                    score = Math.min(distance(wanted, candidate), distance(wanted, firstWord));
                }
                best = Math.min(best, score);
            }
            if (best <= Math.max(2, wanted.length() / 4)) {
                scored.add(new Scored(region, best));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score)
                        .thenComparing(s -> s.region().nameEn()))
                .limit(3).map(Scored::region).toList();
    }

    /** Levenshtein distance, bounded to short strings (region names). */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        return org.unionregions.model.Vocabulary.distance(a, b);
    }
}

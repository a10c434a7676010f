package org.unionregions.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A vocabulary of enum entries, each with its key and its words (key and synonyms), compared folded. */
final class Words<E> implements Vocabulary {

    private final List<String> keys;
    private final Map<String, String> keyByWord = new HashMap<>();

    Words(E[] entries, Function<E, String> key, Function<E, List<String>> words) {
        this.keys = java.util.Arrays.stream(entries).map(key).toList();
        for (E entry : entries) {
            for (String word : words.apply(entry)) {
                keyByWord.putIfAbsent(Vocabulary.fold(word), key.apply(entry));
            }
        }
    }

    @Override
    public List<String> keys() {
        return keys;
    }

    @Override
    public Optional<String> match(String typed) {
        return Optional.ofNullable(keyByWord.get(Vocabulary.fold(typed)));
    }

    @Override
    public Optional<String> nearest(String typed) {
        String folded = Vocabulary.fold(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> word : keyByWord.entrySet()) {
            int distance = Vocabulary.distance(folded, word.getKey());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = word.getValue();
            }
        }
        return bestDistance <= Math.max(2, folded.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }
}

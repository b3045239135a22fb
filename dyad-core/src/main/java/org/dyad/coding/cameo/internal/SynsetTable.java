package org.dyad.coding.cameo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.lexicon.WordKeys;

/**
 * The synsets ({@code &NAME} followed by {@code +phrase} lines) of a verb dictionary, with the
 * regular plurals generated as dictionaries.rst describes: none for a phrase or a label ending in
 * {@code _}, and otherwise the plural of the phrase's last word as an extra phrase (English
 * plurals, so none of an Arabic word). Words are keyed by {@link WordKeys#key}.
 */
public final class SynsetTable {

    private static final String MARKERS = "&$+%^";

    private final Map<String, Set<List<String>>> phrases = new LinkedHashMap<>();

    /** A table that starts with {@code base}'s synsets, so a user file can use the bundled ones. */
    public SynsetTable(Map<String, List<List<String>>> base) {
        base.forEach((name, list) -> phrases.put(name, new LinkedHashSet<>(list)));
    }

    /** The name a label or a reference is stored under: no {@code &}, no trailing {@code _}. */
    public static String key(String labelOrReference) {
        String name = labelOrReference.startsWith("&") ? labelOrReference.substring(1) : labelOrReference;
        return stripTrailingUnderscores(name).toUpperCase(Locale.ROOT);
    }

    /** Starts (or, as PETRARCH does, continues) the synset {@code label}. */
    public void define(String label) {
        phrases.computeIfAbsent(key(label), k -> new LinkedHashSet<>());
    }

    /** Adds a {@code +phrase} line's text (without the {@code +}) to the synset {@code label}. */
    public void add(String label, String phraseText) throws MalformedLineException {
        boolean noPlural = label.endsWith("_") || phraseText.endsWith("_");
        List<String> words = new ArrayList<>();
        for (String word : WordKeys.key(phraseText).split("[_\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().anyMatch(c -> MARKERS.indexOf(c) >= 0)) {
                throw new MalformedLineException("synset phrase '" + phraseText
                        + "' contains a synset or marker; synset phrases may only contain words");
            }
            words.add(word);
        }
        if (words.isEmpty()) {
            throw new MalformedLineException("synset phrase of &" + key(label) + " is empty");
        }
        Set<List<String>> set = phrases.computeIfAbsent(key(label), k -> new LinkedHashSet<>());
        set.add(List.copyOf(words));
        if (!noPlural && Inflection.inflects(words.get(words.size() - 1))) {
            set.add(withPluralLast(words));
        }
    }

    /** The phrases of a synset reference such as {@code &CEASEFIRE}, if it is defined and not empty. */
    public Optional<List<List<String>>> lookup(String reference) {
        Set<List<String>> set = phrases.get(key(reference));
        return set == null || set.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(set));
    }

    /** Every non-empty synset, by name, in definition order. */
    public Map<String, List<List<String>>> snapshot() {
        Map<String, List<List<String>>> copy = new LinkedHashMap<>();
        phrases.forEach((name, set) -> {
            if (!set.isEmpty()) {
                copy.put(name, List.copyOf(set));
            }
        });
        return copy;
    }

    private static List<String> withPluralLast(List<String> words) {
        List<String> plural = new ArrayList<>(words);
        int last = plural.size() - 1;
        plural.set(last, Inflection.plural(plural.get(last)));
        return List.copyOf(plural);
    }

    private static String stripTrailingUnderscores(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '_') {
            end--;
        }
        return text.substring(0, end);
    }
}

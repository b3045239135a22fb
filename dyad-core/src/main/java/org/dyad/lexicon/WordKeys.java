package org.dyad.lexicon;

import java.util.Locale;

/**
 * The one form in which dictionary words (actors, agents, verbs, pattern words, synsets) and
 * sentence tokens are compared: upper case, and Arabic letters normalised by
 * {@link ArabicOrthography}. Both sides go through {@link #key}, so a dictionary entry and the
 * token it names meet however each was spelt; for Latin text it is plain upper-casing.
 */
public final class WordKeys {
    private WordKeys() {}

    /** The comparison key of a word or phrase. */
    public static String key(String word) {
        return ArabicOrthography.normalize(word).toUpperCase(Locale.ROOT);
    }
}

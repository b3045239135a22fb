package org.dyad.actors.internal;

import org.dyad.lexicon.WordKeys;

/** The keys under which sentence tokens are looked up in the dictionary tries, and the proper-name test. */
public final class TokenKeys {
    private TokenKeys() {}

    /**
     * The dictionary form of a token's word or lemma: its {@link WordKeys#key} (upper case,
     * Arabic letters normalised, as the dictionary side is keyed by {@link PhraseForms}), with PTB
     * escapes and curly quotes turned back into the characters the dictionaries write ("-LRB-" is "(").
     */
    public static String key(String word) {
        switch (word) {
            case "-LRB-":
                return "(";
            case "-RRB-":
                return ")";
            case "``":
            case "''":
                return "\"";
            default:
                return WordKeys.key(word.replace('\u2019', '\''));
        }
    }

    /**
     * Whether a token can start a proper name: it starts with an upper-case letter or a digit,
     * or, like "al-Assad", has an upper-case letter right after a hyphen. This keeps "turkey"
     * the bird and "chad" from being countries. In a script without case (Arabic) any letter can
     * start a name: the test has nothing to go on there.
     */
    public static boolean looksProper(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int first = word.codePointAt(0);
        if (Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first)) {
            return true;
        }
        if (Character.isLetter(first) && !Character.isLowerCase(first) && !hasCase(first)) {
            return true;
        }
        for (int i = word.indexOf('-'); i >= 0 && i + 1 < word.length(); i = word.indexOf('-', i + 1)) {
            if (Character.isUpperCase(word.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the letter's script has case: Latin, Greek, Cyrillic, Armenian and the like. */
    private static boolean hasCase(int letter) {
        return Character.toUpperCase(letter) != letter || Character.toLowerCase(letter) != letter;
    }
}

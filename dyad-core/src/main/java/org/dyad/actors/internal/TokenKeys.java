package org.dyad.actors.internal;

import java.util.Locale;

/** The keys under which sentence tokens are looked up in the dictionary tries, and the proper-name test. */
public final class TokenKeys {
    private TokenKeys() {}

    /**
     * The dictionary form of a token's word or lemma: upper case, with PTB escapes and curly
     * quotes turned back into the characters the dictionaries write ("-LRB-" is "(").
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
                return word.replace('\u2019', '\'').toUpperCase(Locale.ROOT);
        }
    }

    /**
     * Whether a token can start a proper name: it starts with an upper-case letter or a digit,
     * or, like "al-Assad", has an upper-case letter right after a hyphen. This keeps "turkey"
     * the bird and "chad" from being countries.
     */
    public static boolean looksProper(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int first = word.codePointAt(0);
        if (Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first)) {
            return true;
        }
        for (int i = word.indexOf('-'); i >= 0 && i + 1 < word.length(); i = word.indexOf('-', i + 1)) {
            if (Character.isUpperCase(word.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}

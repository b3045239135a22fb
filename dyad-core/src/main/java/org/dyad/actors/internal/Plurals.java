package org.dyad.actors.internal;

import java.util.Optional;

/** Regular English plurals of upper-case dictionary words, as the PETRARCH dictionaries assume them. */
public final class Plurals {
    private Plurals() {}

    /**
     * The regular plural of {@code word}: Y after a consonant becomes IES, a word ending in S, X,
     * Z, CH or SH takes ES, any other word S. Empty when the word does not start and end with a
     * letter or has an apostrophe ("F/A-18", "'S", "SYRIA'S" have no regular plural), and when
     * its last letter is Arabic: English endings on an Arabic word can match nothing.
     */
    public static Optional<String> regular(String word) {
        if (word.isEmpty()
                || !Character.isLetter(word.charAt(0))
                || !Character.isLetter(word.charAt(word.length() - 1))
                || word.indexOf('\'') >= 0
                || Character.UnicodeScript.of(word.codePointAt(word.length() - 1)) == Character.UnicodeScript.ARABIC) {
            return Optional.empty();
        }
        if (word.endsWith("Y") && word.length() > 1 && "AEIOU".indexOf(word.charAt(word.length() - 2)) < 0) {
            return Optional.of(word.substring(0, word.length() - 1) + "IES");
        }
        if (word.endsWith("S")
                || word.endsWith("X")
                || word.endsWith("Z")
                || word.endsWith("CH")
                || word.endsWith("SH")) {
            return Optional.of(word + "ES");
        }
        return Optional.of(word + "S");
    }
}

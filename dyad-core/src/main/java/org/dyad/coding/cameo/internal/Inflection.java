package org.dyad.coding.cameo.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * English spelling rules for the regular forms the verb dictionary leaves implicit: noun
 * plurals for synsets and pattern words, and the -S, -ED and -ING forms of regular verbs.
 * Consonant doubling (STOP, STOPPED) is never guessed: the dictionary lists such verbs in
 * {@code {...}}.
 */
public final class Inflection {

    private Inflection() {}

    /**
     * The regular plural of an upper-case noun. dictionaries.rst names three cases (Y to IES,
     * SS to SSES, else S); we also spell vowel+Y (ENVOYS) and the other sibilants (TAXES,
     * BRANCHES) as English does, because a wrong plural can never match a real word.
     */
    public static String plural(String noun) {
        if (endsWithConsonantY(noun)) {
            return noun.substring(0, noun.length() - 1) + "IES";
        }
        if (endsWithSibilant(noun)) {
            return noun + "ES";
        }
        return noun + "S";
    }

    /**
     * Whether these English rules are applied to {@code word}: not when it ends in an Arabic
     * letter, as an Arabic verb or noun has no -S, -ED or -ING form (its dictionary lists lemmas).
     */
    public static boolean inflects(String word) {
        return word.isEmpty()
                || Character.UnicodeScript.of(word.codePointBefore(word.length())) != Character.UnicodeScript.ARABIC;
    }

    /**
     * The base form and its regular -S, -ED and -ING forms, base first, without repeats; the base
     * form alone for a word these rules do not apply to ({@link #inflects}).
     */
    public static List<String> regularVerbForms(String verb) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        if (!inflects(verb)) {
            return new ArrayList<>(forms);
        }
        forms.add(thirdPerson(verb));
        forms.add(past(verb));
        forms.add(gerund(verb));
        return new ArrayList<>(forms);
    }

    static String thirdPerson(String verb) {
        if (endsWithConsonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "IES";
        }
        if (endsWithSibilant(verb) || endsWithConsonantAnd(verb, 'O')) {
            return verb + "ES";
        }
        return verb + "S";
    }

    static String past(String verb) {
        if (verb.endsWith("E")) {
            return verb + "D";
        }
        if (endsWithConsonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "IED";
        }
        return verb + "ED";
    }

    static String gerund(String verb) {
        if (verb.endsWith("IE")) {
            return verb.substring(0, verb.length() - 2) + "YING";
        }
        boolean keepsE = verb.endsWith("EE") || verb.endsWith("OE") || verb.endsWith("YE");
        if (verb.endsWith("E") && !keepsE && verb.length() > 2) {
            return verb.substring(0, verb.length() - 1) + "ING";
        }
        return verb + "ING";
    }

    private static boolean endsWithSibilant(String word) {
        return word.endsWith("S")
                || word.endsWith("X")
                || word.endsWith("Z")
                || word.endsWith("CH")
                || word.endsWith("SH");
    }

    private static boolean endsWithConsonantY(String word) {
        return endsWithConsonantAnd(word, 'Y');
    }

    private static boolean endsWithConsonantAnd(String word, char last) {
        int n = word.length();
        if (n < 2 || word.charAt(n - 1) != last) {
            return false;
        }
        char before = word.charAt(n - 2);
        return Character.isLetter(before) && "AEIOU".indexOf(before) < 0;
    }
}

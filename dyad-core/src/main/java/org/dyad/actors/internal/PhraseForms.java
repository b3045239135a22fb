package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.lexicon.WordKeys;

/**
 * The word sequences a dictionary phrase is looked up as, keyed as tokens are
 * ({@link WordKeys#key}: upper case, Arabic letters normalised) and shaped like CoreNLP 4.5 tokens:
 * brackets, commas and quotes are their own tokens; a hyphenated word appears both whole
 * ("AL-QUDS", as CoreNLP keeps it) and split ("IRAN - LINKED", as CoreNLP splits most); a
 * possessive appears both whole and split ("SYRIA 'S"); and, when asked, the last word also
 * in its regular plural.
 */
public final class PhraseForms {
    private static final Pattern SEPARATORS = Pattern.compile("[_\\s]+");
    private static final String LEADING = "(\"";
    private static final String TRAILING = "),\"";

    private PhraseForms() {}

    /** The forms of a dictionary phrase whose words are joined by '_' or spaces. */
    public static Set<List<String>> of(String phrase, boolean withPlural) {
        List<String> words = Arrays.stream(SEPARATORS.split(WordKeys.key(phrase)))
                .filter(w -> !w.isEmpty())
                .toList();
        return ofWords(words, withPlural);
    }

    /** The forms of a phrase already split into words. */
    public static Set<List<String>> ofWords(List<String> words, boolean withPlural) {
        List<String> peeled = new ArrayList<>();
        words.forEach(w -> peel(WordKeys.key(w), peeled));
        Set<List<String>> forms = new LinkedHashSet<>();
        for (boolean hyphens : new boolean[] {false, true}) {
            for (boolean possessives : new boolean[] {false, true}) {
                List<String> form = split(peeled, hyphens, possessives);
                if (!form.isEmpty()) {
                    forms.add(form);
                }
            }
        }
        if (withPlural) {
            new ArrayList<>(forms).forEach(form -> plural(form).ifPresent(forms::add));
        }
        return forms;
    }

    /** Whether a phrase is too thin to match safely: one letter or digit, or punctuation only. */
    public static boolean skippable(List<String> words) {
        return words.stream()
                        .mapToLong(w -> w.codePoints()
                                .filter(Character::isLetterOrDigit)
                                .count())
                        .sum()
                <= 1;
    }

    private static void peel(String word, List<String> out) {
        int start = 0;
        int end = word.length();
        while (start < end && LEADING.indexOf(word.charAt(start)) >= 0) {
            out.add(String.valueOf(word.charAt(start++)));
        }
        List<String> tail = new ArrayList<>();
        while (end > start && TRAILING.indexOf(word.charAt(end - 1)) >= 0) {
            tail.add(0, String.valueOf(word.charAt(--end)));
        }
        if (end > start) {
            out.add(word.substring(start, end));
        }
        out.addAll(tail);
    }

    private static List<String> split(List<String> words, boolean hyphens, boolean possessives) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            String w = word;
            String possessive = null;
            if (possessives && w.length() > 2 && w.endsWith("'S")) {
                possessive = "'S";
                w = w.substring(0, w.length() - 2);
            }
            if (hyphens && w.length() > 1 && w.indexOf('-') >= 0) {
                splitHyphens(w, out);
            } else {
                out.add(w);
            }
            if (possessive != null) {
                out.add(possessive);
            }
        }
        return out;
    }

    private static void splitHyphens(String word, List<String> out) {
        int start = 0;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == '-') {
                if (i > start) {
                    out.add(word.substring(start, i));
                }
                out.add("-");
                start = i + 1;
            }
        }
        if (start < word.length()) {
            out.add(word.substring(start));
        }
    }

    private static Optional<List<String>> plural(List<String> form) {
        int last = form.size() - 1;
        return Plurals.regular(form.get(last)).map(p -> {
            List<String> plural = new ArrayList<>(form);
            plural.set(last, p);
            return plural;
        });
    }
}

package org.dyad.nlp.corenlp;

import java.util.function.ToIntFunction;

/**
 * Gives the tagger a line written all in capitals ("HUELGAS EN ECUADOR", a wire headline) in the
 * case its training text had: each word in the form the tagger saw most often (lower, capitalised
 * or as written), the first word capitalised. Taggers trained on ordinary text read a line of
 * capitals as a string of proper names, and the parse after them is lost. The text keeps its
 * length, so offsets into it are offsets into the original.
 */
final class Truecaser {
    /** A line is in capitals when this share of its letters, at least, is upper case. */
    private static final double UPPER_SHARE = 0.8;
    /** Fewer letters than this make no headline worth recasing ("USA", "OK"). */
    private static final int MIN_LETTERS = 8;

    private final ToIntFunction<String> seen;

    /** {@code seen}: how often the tagger's training text had a word, in that exact form. */
    Truecaser(ToIntFunction<String> seen) {
        this.seen = seen;
    }

    /** The lexicon's counts, summed over the tags a word was seen with. */
    static Truecaser of(TaggerLexicon lexicon) {
        return new Truecaser(w ->
                lexicon.seen(w).values().stream().mapToInt(Integer::intValue).sum());
    }

    /** {@code text} with each line in capitals recased; other lines as they are. */
    String recase(String text) {
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (isCapitals(text, start, end)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                recaseLine(text, start, end, out);
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isCapitals(String text, int start, int end) {
        int letters = 0;
        int upper = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= MIN_LETTERS && upper >= UPPER_SHARE * letters;
    }

    private void recaseLine(String text, int start, int end, StringBuilder out) {
        boolean first = true;
        int i = start;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String word = text.substring(i, j);
            String chosen = choose(word, first);
            out.replace(i, j, chosen);
            first = false;
            i = j;
        }
    }

    /** The form of {@code word} the tagger saw most often; lower case when it saw none. */
    private String choose(String word, boolean first) {
        String lower = lower(word);
        String capital = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        int asLower = seen.applyAsInt(lower);
        int asCapital = seen.applyAsInt(capital);
        int asWritten = word.equals(capital) ? asCapital : seen.applyAsInt(word);
        if (asWritten > asCapital && asWritten > asLower) {
            return word; // an acronym: "ONU", "FARC"
        }
        return asCapital > asLower || first ? capital : lower;
    }

    /** Lower case a char at a time, so that the length stays. */
    private static String lower(String word) {
        char[] cs = word.toCharArray();
        for (int k = 0; k < cs.length; k++) {
            cs[k] = Character.toLowerCase(cs[k]);
        }
        return new String(cs);
    }
}

package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Helpers for Phoenix dictionary phrases: normalising, splitting, checking and making them readable. */
public final class Phrases {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{L}\\.)+\\p{L}?");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[_\\s]+");
    private static final String FORBIDDEN = "[]{}";

    private Phrases() {}

    /** Upper case, one space between space-separated parts; underscores are kept as written. */
    public static String normalize(String raw) {
        return SPACES.matcher(raw.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }

    /**
     * The phrases of a line's phrase text. A '+' between two letters or digits belongs to a name
     * ("B+H_OCEAN_CARRIERS_"); any other '+' starts another synonym that lost its line break
     * ("TAIOAN_ +TAWIAN_", "..._AL_ISLAMI+_ISLAMIC_ADEN_ARMY_"). Each piece is normalized.
     */
    public static List<String> splitRunTogether(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '+' && !insideName(text, i)) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces.stream()
                .map(p -> normalize(LEADING_SEPARATORS.matcher(p).replaceFirst("")))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static boolean insideName(String text, int i) {
        return i > 0
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Throws when {@code phrase} is not a phrase: no letter or digit, or a stray bracket. */
    public static void check(String phrase) {
        if (phrase.isEmpty() || phrase.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new MalformedLineException("phrase '" + phrase + "' has no letter or digit");
        }
        for (int i = 0; i < phrase.length(); i++) {
            if (FORBIDDEN.indexOf(phrase.charAt(i)) >= 0) {
                // e.g. "+FAEROYENE]_": a code bracket typed into a phrase.
                throw new MalformedLineException("phrase '" + phrase + "' contains '" + phrase.charAt(i) + "'");
            }
        }
    }

    /** Why a phrase looks garbled (control character, replacement character), if it does. */
    public static Optional<String> garbled(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD') {
                return Optional.of(String.format(
                        "phrase '%s' has a garbled character U+%04X; kept as is", phrase.replace(c, '?'), (int) c));
            }
        }
        return Optional.empty();
    }

    /** A readable name for a dictionary phrase: "BASHAR_AL-ASSAD" gives "Bashar Al-Assad". */
    public static String readable(String phrase) {
        String spaced = SPACES.matcher(phrase.replace('_', ' ').strip()).replaceAll(" ");
        StringBuilder out = new StringBuilder(spaced.length());
        for (String word : spaced.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(ABBREVIATION.matcher(word).matches() ? word.toUpperCase(Locale.ROOT) : titleCase(word));
        }
        return out.toString();
    }

    private static String titleCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean startOfPart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfPart = "-/(\"".indexOf(c) >= 0;
        }
        return out.toString();
    }
}

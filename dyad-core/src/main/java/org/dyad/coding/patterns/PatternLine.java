package org.dyad.coding.patterns;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a user's pattern file in dyad's simple format, read: {@code noun PHRASE = CODE} or
 * {@code verb LEMMA [WORDS] [PATTERN] = CODE}. {@code words} are lower case: the noun phrase, or
 * the verb and the words after it; {@code pattern} is a CAMEO pattern with {@code *} for the verb.
 */
record PatternLine(Kind kind, List<String> words, Optional<String> pattern, String code, int line) {

    /** What a line adds: an event noun or a verb. */
    enum Kind {
        NOUN,
        VERB
    }

    /** The null code: no event. */
    static final String NULL_CODE = "---";

    private static final Pattern CODE = Pattern.compile("\\d{2,4}|---");
    /** A word of a verb: letters, digits, inner hyphens and apostrophes ("re-arm"); anything else starts a pattern. */
    private static final Pattern VERB_WORD = Pattern.compile("\\p{L}(?:[\\p{L}\\p{N}'-]*[\\p{L}\\p{N}])?");
    /** Characters of CAMEO pattern syntax, which a noun phrase cannot have. */
    private static final String PATTERN_CHARACTERS = "*&$+^%_()[]{}";

    PatternLine {
        words = List.copyOf(words);
    }

    /** Reads {@code content}, the line without its comment and surrounding space. */
    static PatternLine parse(String content, int line) throws MalformedPatternLine {
        int eq = content.indexOf('=');
        if (eq < 0) {
            throw new MalformedPatternLine("no '=' before the code");
        }
        if (content.indexOf('=', eq + 1) >= 0) {
            throw new MalformedPatternLine("more than one '='");
        }
        String code = content.substring(eq + 1).strip();
        if (!CODE.matcher(code).matches()) {
            throw new MalformedPatternLine(
                    "code '" + code + "' is not a CAMEO code of 2 to 4 digits, nor --- for none");
        }
        List<String> tokens = Arrays.stream(content.substring(0, eq).strip().split("\\s+"))
                .filter(t -> !t.isEmpty())
                .toList();
        String kind = tokens.isEmpty() ? "" : tokens.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = tokens.isEmpty() ? List.of() : tokens.subList(1, tokens.size());
        return switch (kind) {
            case "noun" -> noun(rest, code, line);
            case "verb" -> verb(rest, code, line);
            default ->
                throw new MalformedPatternLine(
                        "a line starts with 'noun' or 'verb', not '" + (tokens.isEmpty() ? "=" : tokens.get(0)) + "'");
        };
    }

    private static PatternLine noun(List<String> words, String code, int line) throws MalformedPatternLine {
        if (words.isEmpty()) {
            throw new MalformedPatternLine("no noun phrase before '='");
        }
        for (String w : words) {
            if (w.chars().anyMatch(c -> PATTERN_CHARACTERS.indexOf(c) >= 0)) {
                throw new MalformedPatternLine("noun phrase '" + String.join(" ", words) + "' has '" + w
                        + "': a noun line takes plain words, the head noun last");
            }
        }
        return new PatternLine(Kind.NOUN, lower(words), Optional.empty(), code, line);
    }

    private static PatternLine verb(List<String> tokens, String code, int line) throws MalformedPatternLine {
        int split = 0;
        while (split < tokens.size() && VERB_WORD.matcher(tokens.get(split)).matches()) {
            split++;
        }
        List<String> verb = tokens.subList(0, split);
        String pattern = String.join(" ", tokens.subList(split, tokens.size()));
        if (verb.isEmpty()) {
            throw new MalformedPatternLine(
                    pattern.isEmpty() ? "no verb before '='" : "no verb before the pattern '" + pattern + "'");
        }
        if (pattern.isEmpty()) {
            return new PatternLine(Kind.VERB, lower(verb), Optional.empty(), code, line);
        }
        long stars = pattern.chars().filter(c -> c == '*').count();
        if (stars != 1) {
            throw new MalformedPatternLine("pattern '" + pattern + "' needs one '*' where the verb is, not " + stars
                    + " (the words of a multi-word verb are written apart: 'side with')");
        }
        return new PatternLine(Kind.VERB, lower(verb), Optional.of(pattern), code, line);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}

package org.dyad.coding.cameo.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dyad.coding.cameo.ArabicVerbConstruct;

/**
 * Rewrites the lines of UniversalPetrarch's Arabic verb file that PETRARCH-2 syntax does not
 * read into the syntax it does, one line for one line so that line numbers stay right: a verb
 * joined to its particle by '+', verb lines that the lemmatiser split into words, and synset lines
 * written backwards ({@link ArabicVerbConstruct}). Other lines are passed on as they are.
 *
 * @param lines the rewritten lines, as many as were given
 * @param constructs what was met, by line number (from 1)
 */
public record ArabicVerbLines(List<String> lines, Map<Integer, ArabicVerbConstruct> constructs) {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The lemmas UDPipe gives the object pronoun "him/it" (ه) when it splits it off a verb. */
    private static final Set<String> PRONOUNS = Set.of("هو", "هوو");

    public ArabicVerbLines {
        lines = List.copyOf(lines);
        constructs = Collections.unmodifiableMap(new TreeMap<>(constructs));
    }

    /** The file's lines rewritten. */
    public static ArabicVerbLines rewrite(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        Map<Integer, ArabicVerbConstruct> met = new TreeMap<>();
        boolean inBlocks = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String text = line.strip();
            inBlocks |= text.startsWith("---");
            if (!inBlocks && text.length() > 2 && text.startsWith("_") && text.endsWith("+")) {
                met.put(i + 1, ArabicVerbConstruct.REVERSED_SYNSET_LINE);
                out.add("+" + text.substring(1, text.length() - 1) + "_");
            } else if (inBlocks && isVerbLine(text)) {
                out.add(verbLine(text, i + 1, met));
            } else {
                out.add(line);
            }
        }
        return new ArabicVerbLines(out, met);
    }

    private static boolean isVerbLine(String text) {
        return !text.isEmpty() && "-#&+~".indexOf(text.charAt(0)) < 0;
    }

    /** A verb line rewritten: its verb before any '[code]' or '# comment', which are kept. */
    private static String verbLine(String text, int number, Map<Integer, ArabicVerbConstruct> met) {
        int end = firstOf(text, '[', '#');
        String[] words = SPACES.split(text.substring(0, end).strip());
        String rest = text.substring(end);
        if (words.length == 1 && joined(words[0])) {
            met.put(number, ArabicVerbConstruct.JOINED_PARTICLE);
            return multiWord(List.of(words)) + " " + rest;
        }
        if (words.length > 1 && joined(words[0])) {
            met.put(number, ArabicVerbConstruct.JOINED_PHRASE);
            return multiWord(List.of(words)) + " " + rest;
        }
        if (words.length == 2 && PRONOUNS.contains(words[1]) && words[0].length() > 1 && !words[0].contains("+")) {
            met.put(number, ArabicVerbConstruct.OBJECT_PRONOUN);
            return words[0] + " " + rest;
        }
        if (words.length > 1) {
            met.put(number, ArabicVerbConstruct.BROKEN_VERB);
        }
        return text;
    }

    /** Whether a word is a verb joined to what follows it by '+', as in "حقق+في". */
    private static boolean joined(String word) {
        int plus = word.indexOf('+');
        return plus > 0 && plus < word.length() - 1;
    }

    /** The PETRARCH-2 multi-word verb whose first word is the verb: "+حقق_في". */
    private static String multiWord(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            for (String part : word.split("\\+")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return "+" + String.join("_", parts);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j < 0 ? text.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}

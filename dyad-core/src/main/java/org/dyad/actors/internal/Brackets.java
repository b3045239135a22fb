package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The bracketed groups that end a dictionary line ("[IGOUNO 820101-911231] [ELI]"): their
 * contents in order and whatever text follows the last one.
 */
public record Brackets(List<String> contents, String rest) {
    public Brackets {
        contents = List.copyOf(contents);
    }

    /**
     * Scans {@code text}, which starts at the first {@code [}. {@code closers} are the
     * characters accepted as closing a group: "]" for actors, "]}" for agents, whose file has a
     * {@code }} typo in place of a {@code ]}.
     */
    public static Brackets scan(String text, String closers) {
        List<String> contents = new ArrayList<>();
        int i = skipSpace(text, 0);
        while (i < text.length() && text.charAt(i) == '[') {
            int close = indexOfAny(text, closers, i + 1);
            if (close < 0) {
                throw new MalformedLineException("'[' without a closing bracket in '" + text + "'");
            }
            contents.add(text.substring(i + 1, close).strip());
            i = skipSpace(text, close + 1);
        }
        return new Brackets(contents, text.substring(i).strip());
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

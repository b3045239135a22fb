package org.dyad.coding.cameo.internal;

import java.util.ArrayList;
import java.util.List;

/** The tokens of one side of a pattern: braces and parentheses on their own, words between spaces. */
final class Tokens {

    private final List<String> tokens = new ArrayList<>();
    private int next;

    Tokens(String text) {
        StringBuilder word = new StringBuilder();
        for (char c : text.toCharArray()) {
            boolean bracket = "{}()".indexOf(c) >= 0;
            if (bracket || Character.isWhitespace(c)) {
                flush(word);
                if (bracket) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        flush(word);
    }

    boolean hasNext() {
        return next < tokens.size();
    }

    String next() {
        return tokens.get(next++);
    }

    String nextOrFail(String why) throws MalformedLineException {
        if (!hasNext()) {
            throw new MalformedLineException(why);
        }
        return next();
    }

    private void flush(StringBuilder word) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}

package org.dyad.rules;

import java.util.List;

/**
 * What a selector found and which rule lines found it: {@code by} names the alternatives that
 * answered, innermost first ("roles.rules:49 subject"), leaving out those that only called
 * another selector. It goes into an event's {@code entries}.
 */
public record Answer(List<Integer> tokens, List<String> by) {
    public Answer {
        tokens = List.copyOf(tokens);
        by = List.copyOf(by);
    }

    /** The first token found, or -1. */
    public int first() {
        return tokens.isEmpty() ? -1 : tokens.get(0);
    }
}

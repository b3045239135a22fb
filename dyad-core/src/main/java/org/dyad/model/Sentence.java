package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * One annotated sentence: its index in the article (0-based), its character span and text, its
 * tokens and its dependency arcs (one per token).
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("sentence index " + index + " is negative");
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() != i) {
                throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
            }
        }
        for (Dependency d : dependencies) {
            if (d.dependent() >= tokens.size() || d.head() >= tokens.size()) {
                throw new IllegalArgumentException("dependency " + d + " points past the " + tokens.size() + " tokens");
            }
        }
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The character span covering tokens from {@code first} to {@code last} inclusive. */
    public Span charSpan(int first, int last) {
        return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    }
}

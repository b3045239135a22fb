package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * One annotated sentence: its index in the article (0-based), its character span and text, its
 * tokens, its dependency arcs (one per token) and the time expressions found in it.
 */
public record Sentence(
        int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies, List<TimeMention> times) {
    /** A sentence with no time expressions, as tests and readers that know none build it. */
    public Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies) {
        this(index, span, text, tokens, dependencies, List.of());
    }

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("sentence index " + index + " is negative");
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        times = List.copyOf(times);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() != i) {
                throw new IllegalArgumentException(
                        "token " + i + " has index " + tokens.get(i).index());
            }
        }
        for (Dependency d : dependencies) {
            if (d.dependent() >= tokens.size() || d.head() >= tokens.size()) {
                throw new IllegalArgumentException("dependency " + d + " points past the " + tokens.size() + " tokens");
            }
        }
        for (TimeMention t : times) {
            if (t.end() > tokens.size()) {
                throw new IllegalArgumentException(
                        "time mention " + t + " points past the " + tokens.size() + " tokens");
            }
        }
    }

    /** The same sentence with other dependency arcs, keeping its time expressions. */
    public Sentence withDependencies(List<Dependency> newDependencies) {
        return new Sentence(index, span, text, tokens, newDependencies, times);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The character span covering tokens from {@code first} to {@code last} inclusive. */
    public Span charSpan(int first, int last) {
        return new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end());
    }
}

package org.dyad.model;

import java.util.Objects;

/** The words that signal an event, their character span in the article, and the head token. */
public record Trigger(String text, Span span, int token) {
    public Trigger {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}

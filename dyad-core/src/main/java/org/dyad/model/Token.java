package org.dyad.model;

import java.util.Objects;

/**
 * One token of a sentence: its index within the sentence (0-based), surface form, lemma, Penn
 * part-of-speech tag, named-entity tag ("O" when none) and character span in the article.
 */
public record Token(int index, String word, String lemma, String tag, String ner, Span span) {
    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("token index " + index + " is negative");
        }
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(span, "span");
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isPronoun() {
        return tag.startsWith("PRP") || tag.equals("WP");
    }
}

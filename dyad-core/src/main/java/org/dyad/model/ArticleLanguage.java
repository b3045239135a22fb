package org.dyad.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The language an article was read as (ISO 639-1, "en"), and how dyad knows it: the input said
 * so, it was detected from the text, or the user forced it. Every event carries it in its
 * provenance, so that a user can tell a coding of the original text from one of a guess.
 */
public record ArticleLanguage(String code, Basis basis) {
    /** How the language was known. */
    public enum Basis {
        /** The input's {@code language} field (or the page's {@code lang}). */
        INPUT,
        /** Detected from the text. */
        DETECTED,
        /** Forced by the user ({@code --language}). */
        FORCED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ArticleLanguage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(basis, "basis");
        if (!code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("not an ISO 639-1 code: " + code);
        }
    }
}

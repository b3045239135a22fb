package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as dyad reads it: the text that offsets point into, and what the input said
 * about it. {@code origin} names where it came from (file and line) for diagnostics.
 */
public record Article(
        String id,
        String text,
        Optional<LocalDate> published,
        Optional<String> url,
        Optional<String> publisher,
        Optional<String> title,
        Optional<String> language,
        String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** An article with only text, as from a plain text file. */
    public static Article ofText(String id, String text, Optional<LocalDate> published, String origin) {
        return new Article(
                id, text, published, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), origin);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, text, Optional.of(date), url, publisher, title, language, origin);
    }

    /** This article said to be in {@code code} ("es"), as its input's language field would say. */
    public Article withLanguage(String code) {
        return new Article(id, text, published, url, publisher, title, Optional.of(code), origin);
    }
}

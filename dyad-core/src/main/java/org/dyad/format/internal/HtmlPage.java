package org.dyad.format.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an HTML page gave: its story as text (one paragraph per line) and what its head says
 * about it. {@code text} is empty when the page has no readable text.
 */
public record HtmlPage(
        String text,
        Optional<String> title,
        Optional<LocalDate> published,
        Optional<String> url,
        Optional<String> publisher,
        Optional<String> language) {
    public HtmlPage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(language, "language");
    }
}

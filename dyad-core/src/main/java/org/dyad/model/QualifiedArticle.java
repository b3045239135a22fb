package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * A coded article whose events are qualified: who reports them (attribution), when and where
 * they happened. The last layer of the pipeline; its events are {@code dyad.event/1} records.
 */
public record QualifiedArticle(CodedArticle coded, List<Event> events) {
    public QualifiedArticle {
        Objects.requireNonNull(coded, "coded");
        events = List.copyOf(events);
    }

    public ActorTaggedArticle tagged() {
        return coded.tagged();
    }

    public Article article() {
        return coded.article();
    }
}

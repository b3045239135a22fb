package org.dyad.model;

import java.util.List;
import java.util.Objects;

/** An actor-tagged article with the events coded from it, in text order. */
public record CodedArticle(ActorTaggedArticle tagged, List<Event> events) {
    public CodedArticle {
        Objects.requireNonNull(tagged, "tagged");
        events = List.copyOf(events);
    }

    public Article article() {
        return tagged.article();
    }
}

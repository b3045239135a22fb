package org.dyad.model;

import java.util.List;
import java.util.Objects;

/** An actor-tagged article with the events coded from it, in text order, not yet qualified. */
public record CodedArticle(ActorTaggedArticle tagged, List<CodedEvent> events) {
    public CodedArticle {
        Objects.requireNonNull(tagged, "tagged");
        events = List.copyOf(events);
    }

    public Article article() {
        return tagged.article();
    }
}

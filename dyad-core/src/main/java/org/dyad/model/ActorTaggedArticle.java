package org.dyad.model;

import java.util.List;
import java.util.Objects;

/** An annotated article with every actor mention found in it, in text order. */
public record ActorTaggedArticle(AnnotatedArticle annotated, List<ActorMention> actors) {
    public ActorTaggedArticle {
        Objects.requireNonNull(annotated, "annotated");
        actors = List.copyOf(actors);
    }

    public Article article() {
        return annotated.article();
    }

    /** The mentions found in one sentence. */
    public List<ActorMention> actorsIn(int sentenceIndex) {
        return actors.stream().filter(m -> m.sentenceIndex() == sentenceIndex).toList();
    }
}

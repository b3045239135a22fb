package org.dyad.model;

import java.util.List;
import java.util.Objects;

/** An article with its sentences annotated by the NLP layer. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }
}

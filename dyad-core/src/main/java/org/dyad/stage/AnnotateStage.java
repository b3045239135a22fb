package org.dyad.stage;

import java.util.Objects;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.nlp.Annotator;

/** The stage that runs the NLP annotator over an article's text. */
public final class AnnotateStage implements Stage<Article, AnnotatedArticle> {
    private final Annotator annotator;

    public AnnotateStage(Annotator annotator) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    @Override
    public AnnotatedArticle apply(Article article, StageContext context) {
        return new AnnotatedArticle(article, annotator.annotate(article.text(), article.published()));
    }
}

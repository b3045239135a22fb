package org.dyad.serve;

import org.dyad.model.Article;
import org.dyad.pipeline.DyadPipeline;

/** Explains, as {@code dyad explain} does, how one sentence of an article was coded; given to the server by the app. */
@FunctionalInterface
public interface Explainer {
    /** The explanation of sentence {@code sentenceIndex} (from 0) of {@code article}, as text for people. */
    String explain(DyadPipeline pipeline, Article article, int sentenceIndex);
}

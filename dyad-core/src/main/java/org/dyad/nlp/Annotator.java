package org.dyad.nlp;

import java.util.List;
import org.dyad.model.Sentence;

/**
 * The NLP port: splits a text into sentences of tokens with part-of-speech tags, lemmas,
 * named-entity tags and Universal Dependencies. Implementations are thread-safe after
 * construction so that one instance serves every worker.
 */
public interface Annotator extends AutoCloseable {

    /** Annotates {@code text}; offsets in the result point into {@code text}. */
    List<Sentence> annotate(String text);

    /** A short description of the models behind this annotator, for provenance. */
    String description();

    @Override
    default void close() {
    }
}

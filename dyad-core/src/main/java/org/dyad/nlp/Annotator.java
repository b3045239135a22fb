package org.dyad.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Sentence;

/**
 * The NLP port: splits a text into sentences of tokens with part-of-speech tags, lemmas,
 * named-entity tags and Universal Dependencies. Implementations are thread-safe after
 * construction so that one instance serves every worker.
 */
public interface Annotator extends AutoCloseable {

    /** Annotates {@code text}; offsets in the result point into {@code text}. */
    List<Sentence> annotate(String text);

    /**
     * Annotates {@code text} written on {@code documentDate}, against which an annotator that
     * finds time expressions resolves the relative ones ("last week"); one that finds none
     * ignores the date.
     */
    default List<Sentence> annotate(String text, Optional<LocalDate> documentDate) {
        return annotate(text);
    }

    /** A short description of the models behind this annotator, for provenance. */
    String description();

    @Override
    default void close() {}
}

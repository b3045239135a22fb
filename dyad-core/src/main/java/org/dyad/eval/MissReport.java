package org.dyad.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Event;

/**
 * A missed gold event with what it takes to see why: the article, the gold fragment (or the
 * start of the article where the gold names no sentence), what the gold wanted, the events
 * coded in the article, and for the sentences with the fragment the coder's decision on each
 * verb and event noun, as {@code dyad explain} gives them.
 *
 * @param articleId the article's id ("" when the gold names none and the run had no article)
 * @param shown the gold's fragment, or the first 100 characters of the article when it has none
 * @param note why no sentence could be shown, if so
 */
public record MissReport(
        GoldOutcome outcome,
        String articleId,
        String shown,
        List<Event> articleEvents,
        List<SentenceReasons> sentences,
        Optional<String> note) {

    /** One sentence of the article (index from 0) and the coder's decisions on it. */
    public record SentenceReasons(int index, String text, List<Reason> reasons) {
        public SentenceReasons {
            Objects.requireNonNull(text, "text");
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Why one word did or did not become an event: its token index in the sentence, the word,
     * whether it is a verb or a noun, the outcome ("null code", "no actors", ...) and the detail.
     */
    public record Reason(int token, String word, String kind, String outcome, String detail) {
        public Reason {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public MissReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(shown, "shown");
        articleEvents = List.copyOf(articleEvents);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(note, "note");
    }
}

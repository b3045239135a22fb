package org.dyad.eval.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Article;

/**
 * One UniversalPetrarch validation record: a sentence (its text with the line breaks of the file
 * made spaces), its date, its category (DEMO, ACTOR, VERB, ...), whether it is to be evaluated,
 * and what PETRARCH is expected to make of it: event codings, no event, or an error of its own
 * (a discarded story, a dateline, a broken parse) that dyad has no counterpart for.
 *
 * @param line the line of the file where the record starts
 */
public record ValidationRecord(
        String id,
        String category,
        Optional<LocalDate> date,
        boolean evaluate,
        String text,
        Expectation expectation,
        List<ExpectedCoding> codings,
        Optional<String> error,
        int line) {

    /** What the record expects. */
    public enum Expectation {
        CODINGS,
        NO_EVENT,
        ERROR;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** One expected event coding: CAMEO event code, source and target actor codes ({@code ---}: none). */
    public record ExpectedCoding(String event, String source, String target) {
        public ExpectedCoding {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String toString() {
            return event + " " + source + "->" + target;
        }
    }

    public ValidationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expectation, "expectation");
        codings = List.copyOf(codings);
        Objects.requireNonNull(error, "error");
        if (expectation == Expectation.CODINGS && codings.isEmpty()) {
            throw new IllegalArgumentException("record " + id + " expects codings but lists none");
        }
    }

    /** Whether the record is coded and scored: evaluated, and not expecting an error of PETRARCH's own. */
    public boolean scored() {
        return evaluate && expectation != Expectation.ERROR;
    }

    /** The record as an article to code, dated by the record; {@code file} names where it came from. */
    public Article article(String file) {
        return Article.ofText(id.isBlank() ? "line-" + line : id, text, date, file + ":" + line);
    }
}

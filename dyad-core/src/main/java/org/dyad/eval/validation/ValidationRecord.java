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
 * (a discarded story, a dateline, a broken parse) that dyad has no counterpart for; and the
 * record's own parse, a CoNLL-U block, where it has one.
 *
 * @param line the line of the file where the record starts
 * @param parse the record's {@code <Parse>}: UDPipe's CoNLL-U parse of the text
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
        int line,
        Optional<String> parse) {

    /** A record with no parse of its own. */
    public ValidationRecord(
            String id,
            String category,
            Optional<LocalDate> date,
            boolean evaluate,
            String text,
            Expectation expectation,
            List<ExpectedCoding> codings,
            Optional<String> error,
            int line) {
        this(id, category, date, evaluate, text, expectation, codings, error, line, Optional.empty());
    }

    /** What the record expects. */
    public enum Expectation {
        CODINGS,
        NO_EVENT,
        ERROR;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One expected event coding: the CAMEO event code (the digits the eventcode starts with:
     * "145" of "145_Protest_violently_riot", "" for none), source and target actor codes
     * ({@code ---}: none), the eventcode as written, and the PLOVER type where the record gives one.
     */
    public record ExpectedCoding(String event, String source, String target, String code, Optional<String> plover) {
        public ExpectedCoding {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(plover, "plover");
        }

        /** A coding written as a bare CAMEO code, with no PLOVER type. */
        public ExpectedCoding(String event, String source, String target) {
            this(event, source, target, event, Optional.empty());
        }

        @Override
        public String toString() {
            String what = event.isEmpty() ? plover.orElse(code.isEmpty() ? "?" : code) : event;
            return what + " " + source + "->" + target;
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
        Objects.requireNonNull(parse, "parse");
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

    /** The record as an article in {@code language}, the language of its file's records. */
    public Article article(String file, String language) {
        return article(file).withLanguage(language);
    }
}

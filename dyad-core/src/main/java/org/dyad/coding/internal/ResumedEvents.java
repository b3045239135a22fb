package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.rules.WordClasses;

/**
 * Event coreference for resumptions: in "clashes resumed among the two parties", the parties
 * are those of the clashes that resumed, not whichever pair the article named last ("disputes
 * between Russia and Iran"). A symmetric event whose parties came from "the two parties"-style
 * coreference and whose trigger says it resumes takes the parties of the article's latest
 * earlier symmetric event of the same CAMEO root.
 */
public final class ResumedEvents {
    private ResumedEvents() {}

    /** The events, in article order, with resumed events' anaphoric parties replaced. */
    public static List<Event> link(List<Event> events, List<Sentence> sentences, WordClasses classes) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            out.add(resumed(e, sentences, classes) ? relink(e, out) : e);
        }
        return out;
    }

    private static boolean resumed(Event e, List<Sentence> sentences, WordClasses classes) {
        if (!e.symmetric()
                || !anaphoric(e.source())
                || !anaphoric(e.target())
                || e.sentenceIndex() >= sentences.size()) {
            return false;
        }
        for (Token t : sentences.get(e.sentenceIndex()).tokens()) {
            boolean inTrigger = t.span().start() >= e.trigger().span().start()
                    && t.span().end() <= e.trigger().span().end();
            if (inTrigger && classes.contains("resume_verbs", t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anaphoric(Optional<ActorMention> m) {
        return m.isPresent() && m.get().evidence().stream().anyMatch(x -> x.startsWith("coreference:"));
    }

    private static Event relink(Event e, List<Event> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Event p = before.get(i);
            if (p.sentenceIndex() < e.sentenceIndex()
                    && p.symmetric()
                    && p.code().root().equals(e.code().root())
                    && p.source().isPresent()
                    && p.target().isPresent()) {
                String why = "event coreference: the parties of '" + p.trigger().text() + "' (sentence "
                        + (p.sentenceIndex() + 1) + ")";
                return new Event(
                        e.eventId(),
                        e.articleId(),
                        e.sentenceIndex(),
                        e.sentence(),
                        e.trigger(),
                        Optional.of(as(e.source().get(), p.source().get(), why)),
                        Optional.of(as(e.target().get(), p.target().get(), why)),
                        true,
                        e.code(),
                        e.status(),
                        e.negated(),
                        e.attribution(),
                        e.when(),
                        e.where(),
                        e.confidence(),
                        e.rule() + "; " + why,
                        entries(e, p),
                        e.provenance());
            }
        }
        return e;
    }

    /** The entries behind the event, with the earlier event's parties' in place of the anaphor's first reading. */
    private static List<String> entries(Event e, Event earlier) {
        List<String> stale = new ArrayList<>();
        e.source().ifPresent(m -> stale.addAll(m.evidence()));
        e.target().ifPresent(m -> stale.addAll(m.evidence()));
        List<String> out = new ArrayList<>();
        e.entries().stream().filter(x -> !stale.contains(x)).forEach(out::add);
        for (Optional<ActorMention> m : List.of(earlier.source(), earlier.target())) {
            m.ifPresent(x -> x.evidence().stream().filter(v -> !out.contains(v)).forEach(out::add));
        }
        return out;
    }

    /** The anaphor's words standing for the earlier event's party. */
    private static ActorMention as(ActorMention anaphor, ActorMention party, String why) {
        return new ActorMention(
                anaphor.sentenceIndex(),
                anaphor.tokens(),
                anaphor.head(),
                anaphor.chars(),
                anaphor.text(),
                party.actor(),
                List.of(why + " -> " + party.text()));
    }
}

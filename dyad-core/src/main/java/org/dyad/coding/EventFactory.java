package org.dyad.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.model.EventCode;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Status;
import org.dyad.model.Trigger;
import org.dyad.model.When;

/**
 * Builds event records: a stable id from what the event is and where it was found, a confidence
 * from how much of the event the dictionary and the tree pinned down, and the provenance shared
 * by every event of a run.
 */
public final class EventFactory {
    private final Provenance provenance;

    public EventFactory(Provenance provenance) {
        this.provenance = provenance;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Everything the coder decided about one event, before it becomes a record. */
    public record Draft(
            Sentence sentence,
            Trigger trigger,
            Optional<ActorMention> source,
            Optional<ActorMention> target,
            boolean symmetric,
            EventCode code,
            Status status,
            boolean negated,
            List<Attribution> attribution,
            boolean patternMatched,
            String rule,
            List<String> entries,
            When when,
            Optional<Place> where) {}

    public Event build(Article article, Draft d) {
        String id = eventId(article.id(), d);
        Optional<ActorMention> source = ImpliedAgents.source(d.source(), d.code());
        Optional<ActorMention> target = ImpliedAgents.target(d.target(), d.code());
        List<String> entries = new java.util.ArrayList<>(d.entries());
        source.filter(m -> !d.source().equals(Optional.of(m))).ifPresent(m -> entries.add(last(m)));
        target.filter(m -> !d.target().equals(Optional.of(m))).ifPresent(m -> entries.add(last(m)));
        return new Event(
                id,
                article.id(),
                d.sentence().index(),
                d.sentence().text(),
                d.trigger(),
                source,
                target,
                d.symmetric(),
                d.code(),
                d.status(),
                d.negated(),
                d.attribution(),
                d.when(),
                d.where(),
                confidence(d),
                d.rule(),
                entries,
                provenance);
    }

    private static String last(ActorMention m) {
        return m.evidence().get(m.evidence().size() - 1);
    }

    /**
     * How far the event can be trusted, in 0..1, from how much of it the text pins down: each
     * party named counts most, a party implied by the place less (unidentified attackers, the
     * people where it happened), none least; an act towards someone (quad classes 1-3) with no
     * one as its target says little; a matched pattern helps; a reported, intended or
     * hypothetical act and a negation count less. {@code dyad eval} prints precision by band of
     * it, so that users can choose their threshold.
     */
    static double confidence(Draft d) {
        double c = 0.45;
        c += party(d.source());
        c += party(d.target());
        boolean noOneTowards = d.target().map(EventFactory::ownCountry).orElse(true);
        c -= noOneTowards && d.code().quadClass() < 4 ? 0.25 : 0.0;
        if (d.code().quadClass() < 4) {
            // Words and cooperation rest on modality and sense, which the coder reads less surely
            // than the force, coercion and violence of material conflict: on exhaustively coded
            // news (newsgold-dev) their events were right half as often. Between two states both
            // named they are surer than towards one's own side or a party the coder implied.
            c -= betweenNamedStates(d) ? 0.15 : 0.25;
        }
        c += d.patternMatched() ? 0.05 : 0.0;
        c -= d.status() == Status.ASSERTED ? 0.0 : 0.1;
        c -= d.negated() ? 0.1 : 0.0;
        return Math.round(Math.max(0.05, Math.min(1.0, c)) * 100) / 100.0;
    }

    /** A named party counts most; one whose country the story gave, or that has none, less. */
    private static double party(Optional<ActorMention> m) {
        if (m.isEmpty() || ownCountry(m.get())) {
            return 0.0;
        }
        double p = m.get().implicit() ? 0.15 : 0.25;
        p -= m.get().storyCountry() ? 0.1 : 0.0;
        p -= m.get().actor().country().isEmpty() && !isStateless(m.get()) ? 0.15 : 0.0;
        return p;
    }

    /** An international organisation or group belongs to no country and lacks none. */
    private static boolean isStateless(ActorMention m) {
        return m.actor().agent().map(org.dyad.actors.CodeParts::isNonStateClass).orElse(false);
    }

    private static boolean betweenNamedStates(Draft d) {
        if (d.source().isEmpty() || d.target().isEmpty()) {
            return false;
        }
        ActorMention s = d.source().get();
        ActorMention t = d.target().get();
        boolean named = !s.implicit() && !t.implicit() && !s.storyCountry() && !t.storyCountry();
        return named
                && s.actor().country().isPresent()
                && t.actor().country().isPresent()
                && !s.actor().country().equals(t.actor().country());
    }

    /**
     * The evidence of a target the coder gives an act towards no one named: the actor's own
     * country, which says little of the event.
     */
    public static final String OWN_COUNTRY =
            ActorMention.IMPLICIT + "target: an act towards no one named concerns the actor's own country";

    static boolean ownCountry(ActorMention m) {
        return m.evidence().contains(OWN_COUNTRY);
    }

    static String eventId(String articleId, Draft d) {
        String key = String.join(
                "|",
                articleId,
                String.valueOf(d.sentence().index()),
                d.trigger().span().start() + "-" + d.trigger().span().end(),
                d.code().cameo(),
                d.source().map(m -> m.actor().code() + "@" + m.chars().start()).orElse("-"),
                d.target().map(m -> m.actor().code() + "@" + m.chars().start()).orElse("-"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "e-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

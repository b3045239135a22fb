package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.coding.Decision;
import org.dyad.coding.Decision.Outcome;
import org.dyad.model.ActorMention;
import org.dyad.model.CodedEvent;
import org.dyad.nlp.DependencyTree;

/**
 * One event per source, act and target. A sentence that names one act twice ("imposes sanctions
 * on X ... the sanctions on X", "is detained ... detained by prosecutors") or one party by two of
 * its words ("the former minister and co-founder X": a title and a name, two targets of one act)
 * gave the act twice; event data counts it once, as the coders of real news do. Events of one
 * sentence with the same CAMEO code, the same source actor and a target of the same country are
 * one, as a conjoined list of victims of one country is one; the first stays.
 */
final class RepeatedActs {
    private final DependencyTree tree;

    RepeatedActs(DependencyTree tree) {
        this.tree = tree;
    }

    /** The events with each repeated act left out; a decision says which event it repeats. */
    List<CodedEvent> merge(List<CodedEvent> events, List<Decision> decisions) {
        if (events.size() < 2) {
            return events;
        }
        Map<String, CodedEvent> first = new LinkedHashMap<>();
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : events) {
            // Two actors of one country act each ("the Danish media and government warned"); the
            // victims of one country are one target ("the former minister and co-founder X").
            String key = e.code().cameo() + "|"
                    + e.source().map(m -> m.actor().code()).orElse("") + "|" + side(e.target());
            CodedEvent kept = first.putIfAbsent(key, e);
            if (kept == null) {
                out.add(e);
                continue;
            }
            int head = e.triggerTokens().get(0);
            decisions.add(
                    new Decision(
                            head,
                            tree.token(head).word(),
                            Outcome.FOLDED,
                            "the act coded at '"
                                    + tree.token(kept.triggerTokens().get(0)).word()
                                    + "' again, by the same actor towards the same country: one event per source, act and target"));
        }
        return out;
    }

    /** A party as event data tells it apart: its country, else its code; none is a side of its own. */
    private static String side(Optional<ActorMention> party) {
        return party.map(m -> m.actor().country().orElse(m.actor().code())).orElse("");
    }
}

package org.dyad.qualify.internal;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.CodedEvent;
import org.dyad.model.Place;
import org.dyad.model.Span;
import org.dyad.nlp.DependencyTree;

/**
 * The party a place names: an act of material conflict with no target named, placed by the
 * gazetteer in a country, hit the people there ("Russian forces strike Zaporizhzhia with glide
 * bombs", "kills 34 militants in Borno State"), as GDELT and ICEWS code it. The place's words
 * stand for the target, and its evidence says it is implicit and where it comes from.
 */
public final class PlaceTargets {
    /** The quad class of material conflict. */
    private static final int MATERIAL_CONFLICT = 4;

    private PlaceTargets() {}

    public static Optional<ActorMention> of(CodedEvent e, Optional<Place> where, DependencyTree tree) {
        if (e.target().isPresent() || e.code().quadClass() != MATERIAL_CONFLICT || where.isEmpty()) {
            return Optional.empty();
        }
        Place p = where.get();
        if (p.country().isEmpty() || p.chars().isEmpty()) {
            return Optional.empty();
        }
        Span chars = p.chars().get();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tree.size(); i++) {
            Span s = tree.token(i).span();
            if (s.start() >= chars.start() && s.end() <= chars.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        String c = p.country().get();
        Actor people = new Actor(
                "people (" + c + ")", c + "CVL", Optional.of(c), Optional.of("CVL"), Optional.empty(), ActorKind.GROUP);
        return Optional.of(new ActorMention(
                e.sentence().index(),
                new Span(first, last + 1),
                last,
                chars,
                p.text(),
                people,
                List.of("implicit target: the people where it happened, from the gazetteer: " + p.gazetteerId())));
    }
}

package org.dyad.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.LexiconMatch;
import org.dyad.model.Span;

/** The lexicon's tie-breaking rules: which target wins a token span, and which spans win a sentence. */
public final class MatchChooser {
    private static final Comparator<LexiconMatch> LONGEST_THEN_LEFTMOST = Comparator.comparingInt(
                    (LexiconMatch m) -> -m.tokens().length())
            .thenComparingInt(m -> m.tokens().start());

    private MatchChooser() {}

    /**
     * The match for one span: a user's actor wins over everything else (the last one read, when
     * several user entries share the phrase), even when it has no code on {@code date}; then a
     * user's agent (the last one read) wins over every bundled target. Then a
     * Phoenix actor with a code on {@code date} beats the country table (Phoenix knows dated
     * codes and sub-state actors) unless both give the same code, in which case the table's kind
     * is kept because it says name, demonym or capital; agents come last. Within a kind, the
     * first target in dictionary order (or best country rank) wins.
     */
    public static Optional<LexiconMatch> choose(
            Collection<LexiconTarget> targets, Span span, Optional<LocalDate> date) {
        for (Class<?> userKind : List.of(LexiconTarget.UserActor.class, LexiconTarget.UserAgent.class)) {
            Optional<LexiconTarget> user =
                    targets.stream().filter(userKind::isInstance).reduce((earlier, later) -> later);
            if (user.isPresent()) {
                return user.get().resolve(span, date);
            }
        }
        Optional<LexiconMatch> actor = Optional.empty();
        Optional<LexiconMatch> agent = Optional.empty();
        LexiconTarget.CountryName country = null;
        for (LexiconTarget target : targets) {
            if (target instanceof LexiconTarget.Actor && actor.isEmpty()) {
                actor = target.resolve(span, date);
            } else if (target instanceof LexiconTarget.CountryName c
                    && (country == null || c.rank() < country.rank())) {
                country = c;
            } else if (target instanceof LexiconTarget.Agent && agent.isEmpty()) {
                agent = target.resolve(span, date);
            }
        }
        Optional<LexiconMatch> table = country == null ? Optional.empty() : country.resolve(span, date);
        if (actor.isPresent()) {
            boolean sameCode =
                    table.isPresent() && table.get().code().equals(actor.get().code());
            return sameCode ? table : actor;
        }
        return table.isPresent() ? table : agent;
    }

    /** The longest candidates first, the leftmost among equally long ones, none overlapping; in sentence order. */
    public static List<LexiconMatch> longestFirst(List<LexiconMatch> candidates) {
        List<LexiconMatch> sorted = new ArrayList<>(candidates);
        sorted.sort(LONGEST_THEN_LEFTMOST);
        List<LexiconMatch> chosen = new ArrayList<>();
        for (LexiconMatch candidate : sorted) {
            if (chosen.stream().noneMatch(c -> c.tokens().overlaps(candidate.tokens()))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(m -> m.tokens().start()));
        return chosen;
    }
}

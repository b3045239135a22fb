package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.model.Event;

/**
 * The scorer: matches the coded events of a run to a gold file's events and counts, by the
 * rules and in the order of {@code score_events.py}. Each gold event, in file order, takes the
 * best of the still unused coded events of its article that are in its sentence, have an
 * accepted code and fit its roles as far as its {@link Roles} setting checks them ("best":
 * right about when and where, the first of equals), so a coded event matches at most one gold
 * event. Immutable.
 */
public final class Scorer {
    private final Roles roles;

    /** An event and its place in the run, which tells apart two events with equal fields. */
    private record Indexed(int index, Event event) {}

    /** A scorer checking as much of the gold's roles as {@code roles} says. */
    public Scorer(Roles roles) {
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    /** A scorer checking the gold's roles in full, the script's default. */
    public Scorer() {
        this(Roles.FULL);
    }

    /**
     * Scores {@code events}, all the events of a run in the order they were coded, against
     * {@code gold}. A gold file of one article without an id takes every event as that article's.
     */
    public Score score(GoldFile gold, List<Event> events) {
        List<Indexed> all = new ArrayList<>();
        Map<String, List<Indexed>> byArticle = new LinkedHashMap<>();
        for (Event e : events) {
            Indexed x = new Indexed(all.size(), e);
            all.add(x);
            byArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(x);
        }
        boolean single =
                gold.articles().size() == 1 && gold.articles().get(0).id().isEmpty();
        Map<Measure, int[]> tally = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            tally.put(m, new int[2]);
        }
        Set<Integer> used = new HashSet<>();
        List<GoldOutcome> outcomes = new ArrayList<>();
        int boilerplate = 0;
        List<Indexed> scored = new ArrayList<>();
        for (GoldArticle article : gold.articles()) {
            List<Indexed> pool = single ? all : article.id().map(byArticle::get).orElse(List.of());
            if (!single) {
                scored.addAll(pool);
            }
            boilerplate += boilerplate(article.notEvents(), pool);
            for (GoldEvent g : article.events()) {
                outcomes.add(scoreOne(article.id(), g, pool, used, tally));
            }
        }
        Map<Measure, Score.Count> counts = new EnumMap<>(Measure.class);
        tally.forEach((m, t) -> counts.put(m, new Score.Count(t[0], t[1])));
        List<Score.Judged> judged = (single ? all : scored)
                .stream()
                        .sorted(Comparator.comparingInt(Indexed::index))
                        .map(x -> new Score.Judged(x.event(), used.contains(x.index())))
                        .toList();
        return new Score(counts, used.size(), boilerplate, outcomes, gold.exhaustive(), roles, judged);
    }

    /** How many events of {@code pool} are in sentences with one of the fragments that must give no event. */
    private static int boilerplate(List<String> notEvents, List<Indexed> pool) {
        int n = 0;
        for (String fragment : notEvents) {
            String ne = MatchRules.norm(fragment);
            n += (int) pool.stream()
                    .filter(x -> MatchRules.norm(x.event().sentence()).contains(ne))
                    .count();
        }
        return n;
    }

    private GoldOutcome scoreOne(
            Optional<String> articleId, GoldEvent g, List<Indexed> pool, Set<Integer> used, Map<Measure, int[]> tally) {
        tally.get(Measure.of(g.level()))[1]++;
        String fragment = MatchRules.norm(g.fragment());
        Predicate<Indexed> fits = x -> !used.contains(x.index())
                && MatchRules.inSentence(fragment, x.event())
                && MatchRules.rolesOk(g, x.event(), roles);
        Optional<Indexed> match = best(
                g,
                pool.stream()
                        .filter(fits)
                        .filter(x -> MatchRules.codeOk(g, x.event()))
                        .toList());
        Optional<Indexed> sameRoles =
                match.or(() -> best(g, pool.stream().filter(fits).toList()));
        if (match.isPresent()) {
            used.add(match.get().index());
            tally.get(Measure.of(g.level()))[0]++;
            Event e = match.get().event();
            g.when().ifPresent(w -> count(tally, Measure.WHEN, MatchRules.whenOk(w, e)));
            g.where().ifPresent(w -> count(tally, Measure.WHERE, MatchRules.whereOk(w, e)));
            g.attribution().ifPresent(a -> count(tally, Measure.ATTRIBUTION, MatchRules.attributionOk(a, e)));
            g.status().ifPresent(s -> count(tally, Measure.STATUS, MatchRules.statusOk(s, e)));
        }
        return new GoldOutcome(articleId, g, match.map(Indexed::event), sameRoles.map(Indexed::event));
    }

    /** The candidate right about most of when and where (a quality the gold does not give counts as right); the first of equals. */
    private static Optional<Indexed> best(GoldEvent g, List<Indexed> candidates) {
        // Stream.max keeps the first of equals (a sequential reduction), as Python's max does.
        return candidates.stream().max(Comparator.comparingInt((Indexed x) -> placeAndTime(g, x.event())));
    }

    private static int placeAndTime(GoldEvent g, Event e) {
        int when = g.when().map(w -> MatchRules.whenOk(w, e)).orElse(true) ? 1 : 0;
        int where = g.where().map(w -> MatchRules.whereOk(w, e)).orElse(true) ? 1 : 0;
        return when + where;
    }

    private static void count(Map<Measure, int[]> tally, Measure m, boolean hit) {
        tally.get(m)[0] += hit ? 1 : 0;
        tally.get(m)[1]++;
    }
}

package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.lexicon.BundledWords;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.model.Status;
import org.dyad.model.When;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Dates an event by the time expressions that modify it in the dependency tree, not by every
 * time of its sentence. The event's own words come first: its trigger, and the verb a noun
 * trigger is an argument of ("reported intense battles in the past few weeks", "the target of
 * air strikes in February"). Failing those, the clauses that embed the event's clause, nearest
 * first ("on Thursday ... reported ... IRGC intends to evacuate": the report's day is the best
 * the text gives). An event with no time of its own is on the article's date, except a
 * historical one ("years of collaboration"), which the text places before the article without
 * saying when: it gets no dates, basis unresolved, granularity "none".
 */
public final class TimeAttachment implements EventDating {
    /** How many embedding clauses to climb through; wire sentences rarely nest deeper. */
    private static final int MAX_CLIMB = 4;

    private final Rules rules;
    private final SentenceTimes times;
    private final TimeWords words;

    public TimeAttachment(Rules rules, TimeWords words) {
        this.rules = rules;
        this.words = words;
        this.times = new SentenceTimes(rules, words);
    }

    /** Dating over the bundled time words, asking {@code rules} where a time attaches ({@code time.rules}). */
    public static TimeAttachment loadBundled(Rules rules) {
        return loadBundled(rules, BundledWords.ENGLISH);
    }

    /** Dating over the time words of {@code words}' language. */
    public static TimeAttachment loadBundled(Rules rules, BundledWords words) {
        return new TimeAttachment(rules, TimeWords.loadBundled(words));
    }

    @Override
    public When when(DependencyTree tree, List<Integer> trigger, Article article, Status status) {
        return dated(tree, trigger, article.published())
                .orElseGet(() -> status == Status.HISTORICAL
                        ? new When(Optional.empty(), Optional.empty(), Optional.empty(), "none", When.Basis.UNRESOLVED)
                        : When.ofArticle(article.published()));
    }

    /** The time the text gives the event of {@code trigger}, if it gives one. */
    public Optional<When> dated(DependencyTree tree, List<Integer> trigger, Optional<LocalDate> published) {
        if (tree.sentence().times().isEmpty() || trigger.isEmpty()) {
            return Optional.empty();
        }
        List<DatedTime> dated = times.read(tree, published).stream()
                .filter(d -> d.when().isPresent())
                .toList();
        for (Set<Integer> anchors : tiers(tree, trigger)) {
            List<DatedTime> matched = new ArrayList<>();
            for (DatedTime d : dated) {
                if (d.path().stream().anyMatch(anchors::contains)) {
                    matched.add(d);
                }
            }
            if (!matched.isEmpty()) {
                return Optional.of(choose(tree.sentence(), matched, anchors));
            }
        }
        return Optional.empty();
    }

    /**
     * The event's own words, then each clause that embeds its clause, nearest first: which verb a
     * noun event shares its time with ({@code time-noun-verb}) and which clause embeds a clause
     * closely enough to lend it its time ({@code time-embedding-clause}) are rules.
     */
    private List<Set<Integer>> tiers(DependencyTree tree, List<Integer> trigger) {
        Set<Integer> own = new LinkedHashSet<>(trigger);
        int clause = trigger.get(0);
        Optional<Integer> verb = rules.first("time-noun-verb", tree, clause);
        if (verb.isPresent()) {
            own.add(verb.get());
            clause = verb.get();
        }
        List<Set<Integer>> tiers = new ArrayList<>();
        tiers.add(own);
        for (int i = 0; i < MAX_CLIMB; i++) {
            Optional<Integer> embedding = rules.first("time-embedding-clause", tree, clause);
            if (embedding.isEmpty()) {
                break;
            }
            clause = embedding.get();
            tiers.add(Set.of(clause));
        }
        return tiers;
    }

    /**
     * One date from the times that modify the same words: conjoined ones make one range
     * ("in February and March of 2018"); else the one that modifies the event's words most
     * directly, the first in the text on a tie.
     */
    private When choose(Sentence s, List<DatedTime> matched, Set<Integer> anchors) {
        DatedTime best = matched.get(0);
        for (DatedTime d : matched) {
            if (distance(d, anchors) < distance(best, anchors)) {
                best = d;
            }
        }
        When when = best.when().orElseThrow();
        for (DatedTime d : matched) {
            if (d != best && coordinated(s, best, d)) {
                when = union(s, when, d.when().orElseThrow(), best, d);
            }
        }
        return when;
    }

    private static int distance(DatedTime d, Set<Integer> anchors) {
        for (int i = 0; i < d.path().size(); i++) {
            if (anchors.contains(d.path().get(i))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private boolean coordinated(Sentence s, DatedTime a, DatedTime b) {
        DatedTime first = a.mention().start() < b.mention().start() ? a : b;
        DatedTime second = first == a ? b : a;
        if (second.mention().start() <= first.mention().end()) {
            return false;
        }
        for (int t = first.mention().end(); t < second.mention().start(); t++) {
            if (!words.coordination(s.token(t).word())) {
                return false;
            }
        }
        return true;
    }

    private static When union(Sentence s, When x, When y, DatedTime a, DatedTime b) {
        if (x.start().isEmpty() || y.start().isEmpty()) {
            return x;
        }
        DateRange r = new DateRange(x.start().get(), x.end().get(), x.granularity())
                .union(new DateRange(y.start().get(), y.end().get(), y.granularity()));
        int from = Math.min(a.mention().start(), b.mention().start());
        int to = Math.max(a.mention().end(), b.mention().end());
        int base = s.span().start();
        String text = s.text()
                .substring(
                        s.token(from).span().start() - base,
                        s.token(to - 1).span().end() - base);
        When.Basis basis = x.basis() == y.basis() ? x.basis() : When.Basis.RELATIVE;
        return new When(Optional.of(text), Optional.of(r.start()), Optional.of(r.end()), r.granularity(), basis);
    }
}

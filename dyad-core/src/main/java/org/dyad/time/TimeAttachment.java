package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Status;
import org.dyad.model.When;
import org.dyad.nlp.DependencyTree;

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
    /** How a noun trigger is an argument of the verb whose time it shares: subject, object, or "the target of air strikes". */
    private static final Set<String> ARGUMENT = Set.of("nsubj", "obj", "iobj", "nmod");

    private static final Set<String> EMBEDDED = Set.of("xcomp", "ccomp", "dep", "advcl", "conj", "parataxis");

    private final SentenceTimes times;
    private final TimeWords words;

    public TimeAttachment(TimeWords words) {
        this.words = words;
        this.times = new SentenceTimes(words);
    }

    public static TimeAttachment loadBundled() {
        return new TimeAttachment(TimeWords.loadBundled());
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

    /** The event's own words, then each clause that embeds its clause, nearest first. */
    private static List<Set<Integer>> tiers(DependencyTree tree, List<Integer> trigger) {
        Set<Integer> own = new LinkedHashSet<>(trigger);
        int head = trigger.get(0);
        int clause = head;
        if (!tree.token(head).isVerb()) {
            int parent = tree.parent(head);
            if (parent != Dependency.ROOT
                    && ARGUMENT.contains(tree.baseRelation(head))
                    && (tree.token(parent).isVerb()
                            || !tree.children(parent, "cop").isEmpty())) {
                own.add(parent);
                clause = parent;
            }
        }
        List<Set<Integer>> tiers = new ArrayList<>();
        tiers.add(own);
        for (int i = 0; i < MAX_CLIMB && embedded(tree, clause); i++) {
            clause = tree.parent(clause);
            if (clause == Dependency.ROOT) {
                break;
            }
            tiers.add(Set.of(clause));
        }
        return tiers;
    }

    /**
     * Whether {@code clause} is embedded in its head's clause closely enough to share its time: a
     * complement, a conjunct, a participle ("attacked on Monday, killing five"); not an adverbial
     * clause with a conjunction of its own ("soured recently as reports indicate ..."), which
     * says when or why on its own terms.
     */
    private static boolean embedded(DependencyTree tree, int clause) {
        String rel = tree.baseRelation(clause);
        return EMBEDDED.contains(rel)
                && !(rel.equals("advcl") && !tree.children(clause, "mark").isEmpty());
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

package org.dyad.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.nlp.DependencyTree;

/**
 * One run of the rules over one sentence's tree: follows paths, tests conditions and calls
 * selectors, counting how deep each selector has called itself. Not thread-safe: make one per
 * question ({@link Rules#select}).
 */
final class Evaluation {
    /** How many selector calls may be open at once, whatever the rules say: a guard against loops. */
    private static final int MAX_CALLS = 48;

    private final Rules rules;
    private final DependencyTree tree;
    private final Map<String, Integer> depths = new HashMap<>();
    private final Tracer tracer;
    private final java.util.Set<Integer> trigger;
    private int calls;

    Evaluation(Rules rules, DependencyTree tree, java.util.Set<Integer> trigger, Tracer tracer) {
        this.rules = rules;
        this.tree = tree;
        this.trigger = trigger;
        this.tracer = tracer;
    }

    /** What the selector {@code name} finds from {@code token}; nothing for an unknown selector. */
    List<Integer> select(String name, int token) {
        Selector selector = rules.selector(name).orElse(null);
        if (selector == null || calls >= MAX_CALLS) {
            return List.of();
        }
        int depth = depths.getOrDefault(name, 0);
        depths.put(name, depth + 1);
        calls++;
        try {
            Frame frame = new Frame(token, depth);
            List<Integer> out = new ArrayList<>();
            for (Selector.Alternative a : selector.alternatives()) {
                List<Integer> found = run(a.path(), List.of(token), frame);
                tracer.tried(selector, a, token, depth, found);
                if (selector.mode() == Selector.Mode.FIRST) {
                    if (!found.isEmpty()) {
                        return found;
                    }
                } else {
                    out.addAll(found);
                }
            }
            return out;
        } finally {
            calls--;
            depths.put(name, depth);
        }
    }

    /** The token a selector was asked about, and how deep it has called itself. */
    record Frame(int self, int depth) {}

    List<Integer> run(Path path, List<Integer> from, Frame frame) {
        List<Integer> at = from;
        for (Step step : path.steps()) {
            if (at.isEmpty()) {
                return at;
            }
            at = step(step, at, frame);
        }
        return at;
    }

    private List<Integer> step(Step step, List<Integer> at, Frame frame) {
        if (step instanceof Step.First) {
            return List.of(at.get(0));
        }
        List<Integer> out = new ArrayList<>();
        for (int t : at) {
            if (step instanceof Step.Children c) {
                for (int child : tree.children(t)) {
                    if (c.relations().matches(tree, child)) {
                        out.add(child);
                    }
                }
            } else if (step instanceof Step.Head h) {
                int head = tree.parent(t);
                if (head >= 0 && h.relations().matches(tree, t)) {
                    out.add(head);
                }
            } else if (step instanceof Step.Call c) {
                out.addAll(select(c.name(), t));
            } else if (step instanceof Step.Filter f) {
                if (holds(f.conditions(), t, frame)) {
                    out.add(t);
                }
            } else if (step instanceof Step.Group g) {
                for (Path branch : g.branches()) {
                    List<Integer> found = run(branch, List.of(t), frame);
                    out.addAll(found);
                    if (g.firstOnly() && !found.isEmpty()) {
                        break;
                    }
                }
            } else if (step instanceof Step.Before) {
                before(t).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The token before {@code t}, passing over {@code t}'s own auxiliaries ("Moscow has put"). */
    private java.util.Optional<Integer> before(int t) {
        int before = t - 1;
        while (before >= 0 && tree.relation(before).startsWith("aux") && tree.parent(before) == t) {
            before--;
        }
        return before >= 0 ? java.util.Optional.of(before) : java.util.Optional.empty();
    }

    private boolean holds(List<Condition> conditions, int t, Frame frame) {
        for (Condition c : conditions) {
            if (!holds(c, t, frame)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Condition condition, int t, Frame frame) {
        if (condition instanceof Condition.Not n) {
            return !holds(n.condition(), t, frame);
        } else if (condition instanceof Condition.Has h) {
            return !run(h.path(), List.of(t), frame).isEmpty();
        } else if (condition instanceof Condition.Precedes p) {
            return run(p.path(), List.of(t), frame).stream().anyMatch(found -> found > t);
        } else if (condition instanceof Condition.Self) {
            return t == frame.self();
        } else if (condition instanceof Condition.Trigger) {
            return trigger.contains(t);
        } else if (condition instanceof Condition.Root) {
            return tree.parent(t) < 0;
        } else if (condition instanceof Condition.Depth d) {
            return frame.depth() <= d.atMost();
        } else if (condition instanceof Condition.Kind k) {
            return kind(k.kind(), t);
        }
        return attribute((Condition.Attribute) condition, t);
    }

    private boolean kind(String kind, int t) {
        return switch (kind) {
            case "verb" -> tree.token(t).isVerb();
            case "noun" -> tree.token(t).isNoun();
            case "pronoun" -> tree.token(t).isPronoun();
            default -> false;
        };
    }

    private boolean attribute(Condition.Attribute a, int t) {
        WordClasses classes = rules.wordClasses();
        return switch (a.key()) {
            case WORD -> a.values().accepts(tree.token(t).word(), classes);
            case LEMMA -> a.values().accepts(tree.token(t).lemma(), classes);
            case REL ->
                a.values().accepts(tree.relation(t), classes) || a.values().accepts(tree.baseRelation(t), classes);
            case RELATION -> a.values().accepts(tree.relation(t), classes);
            case CASE -> a.values().accepts(tree.caseMarker(t).orElse(""), classes);
            case MARK ->
                tree.children(t, "mark").stream()
                        .anyMatch(m -> a.values().accepts(tree.token(m).word().toLowerCase(Locale.ROOT), classes));
            case UPOS, ENTITY, FEATURE -> TokenTags.accepts(a, tree.token(t), classes);
        };
    }
}

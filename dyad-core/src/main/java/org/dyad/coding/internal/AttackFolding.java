package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.coding.CodingParts;
import org.dyad.coding.Decision;
import org.dyad.coding.Decision.Outcome;
import org.dyad.model.ActorMention;
import org.dyad.model.CodedEvent;
import org.dyad.nlp.DependencyTree;

/**
 * One attack, one event. A sentence that tells one attack with several words of violence
 * ("Russian forces attack a facility, killing 13 people and injuring 18"; "ten people are killed
 * in Israeli airstrikes") gave an event for each word; event data counts the attack once, as the
 * coders of real news do. Words of violence the rule {@code consequence-of} links, whose parties
 * do not disagree, are folded into the one event that names its parties best.
 */
final class AttackFolding {
    private final CodingParts parts;
    private final DependencyTree tree;

    AttackFolding(CodingParts parts, DependencyTree tree) {
        this.parts = parts;
        this.tree = tree;
    }

    /** The events with each attack's folded words left out; a decision says where each went. */
    List<CodedEvent> fold(List<CodedEvent> events, List<Decision> decisions) {
        // The events of one trigger (an attack on two targets) stand or go together.
        Map<Integer, List<CodedEvent>> units = new LinkedHashMap<>();
        for (CodedEvent e : events) {
            if (Emitter.isViolence(e.code().cameo())) {
                units.computeIfAbsent(e.triggerTokens().get(0), k -> new ArrayList<>())
                        .add(e);
            }
        }
        if (units.size() < 2) {
            return events;
        }
        List<Integer> heads = new ArrayList<>(units.keySet());
        int[] group = new int[heads.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < heads.size(); i++) {
            for (int j = 0; j < heads.size(); j++) {
                if (i != j
                        && linked(units.get(heads.get(i)), units.get(heads.get(j)))
                        && agree(units.get(heads.get(i)), units.get(heads.get(j)))) {
                    union(group, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            groups.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(heads.get(i));
        }
        List<CodedEvent> out = new ArrayList<>(events);
        for (List<Integer> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            int kept = members.stream()
                    .max(Comparator.comparingInt((Integer h) -> strength(units.get(h)))
                            .thenComparing(h -> -h))
                    .orElseThrow();
            List<CodedEvent> all =
                    members.stream().flatMap(h -> units.get(h).stream()).toList();
            for (CodedEvent e : units.get(kept)) {
                out.set(out.indexOf(e), withNamedParties(e, all));
            }
            for (int h : members) {
                if (h != kept) {
                    out.removeAll(units.get(h));
                    decisions.add(new Decision(
                            h,
                            tree.token(h).word(),
                            Outcome.FOLDED,
                            "part of the attack coded at '" + tree.token(kept).word()
                                    + "' (rule consequence-of): one attack, one event"));
                }
            }
        }
        return out;
    }

    /**
     * The kept event with the parties the folded words name where it has none or only implicit
     * ones: "ten people are killed in Israeli airstrikes" takes its attacker from the noun.
     */
    private static CodedEvent withNamedParties(CodedEvent kept, List<CodedEvent> all) {
        Optional<ActorMention> source = kept.source();
        Optional<ActorMention> target = kept.target();
        List<String> entries = new ArrayList<>(kept.entries());
        if (party(kept, true).isEmpty()) {
            Optional<ActorMention> named = firstNamed(all, true);
            if (named.isPresent()) {
                source = named;
                entries.addAll(named.get().evidence());
            }
        }
        if (party(kept, false).isEmpty()) {
            Optional<ActorMention> named = firstNamed(all, false);
            if (named.isPresent()) {
                target = named;
                entries.addAll(named.get().evidence());
            }
        }
        if (source.equals(kept.source()) && target.equals(kept.target())) {
            return kept;
        }
        return new CodedEvent(
                kept.sentence(),
                kept.trigger(),
                kept.triggerTokens(),
                kept.anchor(),
                source,
                target,
                kept.symmetric(),
                kept.code(),
                kept.status(),
                kept.negated(),
                kept.attributable(),
                kept.patternMatched(),
                kept.rule() + "; parties of the attack's other words (consequence-of)",
                entries);
    }

    private static Optional<ActorMention> firstNamed(List<CodedEvent> all, boolean source) {
        return all.stream().map(e -> party(e, source)).flatMap(Optional::stream).findFirst();
    }

    /** Whether a word of one unit is the act a word of the other is part of. */
    private boolean linked(List<CodedEvent> part, List<CodedEvent> whole) {
        for (int t : part.get(0).triggerTokens()) {
            for (int act : parts.rules().select("consequence-of", tree, t)) {
                if (whole.get(0).triggerTokens().contains(act)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the units' named parties (implicit ones aside) are of the same countries where both name one. */
    private static boolean agree(List<CodedEvent> a, List<CodedEvent> b) {
        return same(named(a, true), named(b, true)) && same(named(a, false), named(b, false));
    }

    private static boolean same(Optional<String> x, Optional<String> y) {
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    private static Optional<String> named(List<CodedEvent> unit, boolean source) {
        return unit.stream()
                .map(e -> party(e, source))
                .flatMap(Optional::stream)
                .map(m -> m.actor().country().orElse(m.actor().code()))
                .findFirst();
    }

    /**
     * The party an event names on one side: not an implicit one, nor a target that is its own
     * source ("killed 23 people as well as themselves": the bombers did not attack themselves).
     */
    private static Optional<ActorMention> party(CodedEvent e, boolean source) {
        Optional<ActorMention> m = (source ? e.source() : e.target()).filter(x -> !x.implicit());
        if (!source && m.isPresent() && e.source().isPresent()) {
            String own = e.source().get().actor().code();
            return m.filter(x -> !x.actor().code().equals(own));
        }
        return m;
    }

    /** Named parties count most, then implicit ones, then a more specific code ("195" over "190"). */
    private static int strength(List<CodedEvent> unit) {
        CodedEvent e = unit.get(0);
        int score = 0;
        score += party(e, true).isPresent() ? 4 : e.source().isPresent() ? 2 : 0;
        score += party(e, false).isPresent()
                ? 4
                : e.target().isPresent() && e.target().get().implicit() ? 2 : 0;
        String code = e.code().cameo();
        score += code.length() > 3 || !code.endsWith("0") ? 1 : 0;
        return score;
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int i, int j) {
        group[find(group, i)] = find(group, j);
    }
}

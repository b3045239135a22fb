package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.ActorMention;
import org.dyad.nlp.DependencyTree;

/** The actor mentions of one sentence by head token, with conjuncts gathered ("Russia and Iran"). */
public final class MentionIndex {
    private final DependencyTree tree;
    private final org.dyad.rules.WordClasses classes;
    private final Map<Integer, List<ActorMention>> byHead = new HashMap<>();

    public MentionIndex(DependencyTree tree, List<ActorMention> mentions, org.dyad.rules.WordClasses classes) {
        this.tree = tree;
        this.classes = classes;
        for (ActorMention m : mentions) {
            byHead.computeIfAbsent(m.head(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Every mention of the sentence, by head token and, at one head, as they were found. */
    List<ActorMention> all() {
        return byHead.keySet().stream()
                .sorted()
                .flatMap(h -> byHead.get(h).stream())
                .toList();
    }

    /** The mentions headed by token {@code t} itself. */
    public List<ActorMention> headedBy(int t) {
        return byHead.getOrDefault(t, List.of());
    }

    /** The mentions at a role token and at the tokens conjoined with it. */
    List<ActorMention> at(Optional<Integer> token) {
        List<ActorMention> out = new ArrayList<>();
        token.ifPresent(t -> collect(t, out, 0));
        return out;
    }

    private void collect(int t, List<ActorMention> out, int depth) {
        List<ActorMention> own = byHead.getOrDefault(t, List.of());
        for (int a : own.isEmpty() ? tree.children(t, "appos") : List.<Integer>of()) {
            // "El presidente Fernando Henrique Cardoso condenó": UD_Spanish heads a title and the
            // name in apposition to it at the title; the name says who the title is.
            own = byHead.getOrDefault(a, List.of()).stream()
                    .filter(m -> m.actor().kind() == org.dyad.model.ActorKind.PERSON)
                    .toList();
            if (!own.isEmpty()) {
                break;
            }
        }
        out.addAll(own);
        if (depth > 8) {
            return;
        }
        for (int c : tree.children(t, "conj")) {
            collect(c, out, depth + 1);
        }
    }

    /**
     * The mentions nearest below token {@code t} (breadth first, at most {@code maxDepth} arcs
     * down), through location phrases ("in Liberia") only when {@code throughPlaces}.
     */
    List<ActorMention> nearestBelow(int t, int maxDepth, boolean throughPlaces) {
        List<Integer> level = List.of(t);
        for (int depth = 1; depth <= maxDepth && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                tree.children(node).stream()
                        .filter(c -> throughPlaces || !isPlace(c))
                        .forEach(next::add);
            }
            for (int node : next) {
                if (tree.token(node).isPersonalPronoun() && tree.token(node).has("Poss", "Yes")) {
                    continue; // "transfer its base": the possessor of a target phrase is mostly the source itself
                }
                List<ActorMention> found = byHead.getOrDefault(node, List.of());
                if (!found.isEmpty()) {
                    return found;
                }
            }
            level = next;
        }
        return List.of();
    }

    /** Whether a dependent is a location phrase ("in Damascus"), which says where, not who. */
    private boolean isPlace(int t) {
        return tree.caseMarker(t)
                .map(c -> classes.contains("mention_locative_prepositions", c))
                .orElse(false);
    }

    /**
     * The other party of "between A and B" when the parser hung B elsewhere: a noun conjoined
     * inside A's phrase ("forces linked Moscow and those units"), else the first noun after A's
     * phrase that an "and" introduces (", and the al-Nemr group").
     */
    List<ActorMention> secondParty(int first) {
        java.util.BitSet phrase = tree.subtree(first);
        for (int t = phrase.nextSetBit(first + 1); t >= 0; t = phrase.nextSetBit(t + 1)) {
            if (tree.relation(t).equals("conj") && tree.token(t).isNoun() && byHead.containsKey(t)) {
                return byHead.get(t);
            }
        }
        int end = phrase.length();
        for (int t = end; t < Math.min(tree.size(), end + 4); t++) {
            if (tree.token(t).word().equalsIgnoreCase("and")) {
                for (int u = t + 1; u < Math.min(tree.size(), t + 6); u++) {
                    if (tree.token(u).isNoun() && byHead.containsKey(u) && tree.parent(u) != first) {
                        return byHead.get(u);
                    }
                }
            }
        }
        return List.of();
    }

    /** Whether the role token is a personal pronoun that needs an antecedent. */
    boolean isPronoun(Optional<Integer> token) {
        return token.map(t -> tree.token(t).isPersonalPronoun()).orElse(false);
    }

    /** Whether several mentions at the token come from conjoined words (so the parties act together). */
    boolean conjoined(Optional<Integer> token) {
        return token.map(t -> !tree.children(t, "conj").isEmpty()).orElse(false);
    }

    /**
     * Whether the phrase at the token names its parties by conjoined modifiers ("U.S. and Russian
     * negotiators", "French and Egyptian warships") and more than one actor stands for it.
     */
    boolean conjoinedModifiers(Optional<Integer> token) {
        return token.filter(t -> at(Optional.of(t)).size() > 1)
                .map(t -> tree.children(t).stream()
                        .filter(c -> List.of("compound", "amod").contains(tree.relation(c)))
                        .anyMatch(c -> !tree.children(c, "conj").isEmpty()))
                .orElse(false);
    }
}

package org.dyad.coding;

import java.util.Optional;
import org.dyad.lexicon.WordTable;
import org.dyad.nlp.DependencyTree;

/**
 * Reads the auxiliaries and negators around a verb: whether it is announced for later, said to
 * be an obligation, only possible, or denied. The words come from a bundled lexicon.
 */
public final class Modality {
    public static final String WORDS = "dyad/lexicon/modality.txt";

    /** What the auxiliaries of one verb say, and whether an if/unless clause makes it conditional. */
    public record Reading(
            boolean future, boolean obligation, boolean possibility, boolean negated, boolean conditional) {}

    private final WordTable words;

    public Modality(WordTable words) {
        this.words = words;
    }

    public static Modality loadBundled() {
        return new Modality(WordTable.load(WORDS));
    }

    /** The subjects of the verb's if/unless clauses: "... if the United States goes ahead". */
    public java.util.List<Integer> conditionSubjects(DependencyTree tree, int verb) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int clause : tree.children(verb, "advcl")) {
            boolean condition = tree.children(clause, "mark").stream()
                    .anyMatch(m -> words.value(tree.token(m).word())
                            .map("condition"::equals)
                            .orElse(false));
            if (condition) {
                out.addAll(tree.children(clause, "nsubj", "nsubj:pass"));
            }
        }
        return out;
    }

    /**
     * The status the event's place in the sentence gives it, if any: alleged ("accused X of
     * providing", "alleged war crimes"), historical ("years of collaboration"), hypothetical
     * (the clause an "if" introduces, or "could", "may").
     */
    public java.util.Optional<org.dyad.model.Status> statusOf(DependencyTree tree, int t, Reading reading) {
        if (has(tree, tree.children(t, "amod"), "allegation") || governedBy(tree, t, "accusing")) {
            return java.util.Optional.of(org.dyad.model.Status.ALLEGED);
        }
        if (tree.token(t).isNoun() && has(tree, tree.children(t, "acl", "amod"), "reporting")) {
            return java.util.Optional.of(org.dyad.model.Status.REPORTED);
        }
        int parent = tree.parent(t);
        if (tree.token(t).isNoun()
                && parent >= 0
                && tree.caseMarker(t).map("of"::equals).orElse(false)) {
            java.util.Optional<String> about = kind(tree, parent);
            if (about.map("history"::equals).orElse(false)) {
                return java.util.Optional.of(org.dyad.model.Status.HISTORICAL);
            }
            if (about.map("claim"::equals).orElse(false)) {
                return java.util.Optional.of(org.dyad.model.Status.ALLEGED);
            }
            if (about.map("news"::equals).orElse(false)) {
                return java.util.Optional.of(org.dyad.model.Status.REPORTED);
            }
        }
        boolean inCondition = tree.relation(t).equals("advcl") && has(tree, tree.children(t, "mark"), "condition");
        if (reading.possibility() || inCondition) {
            return java.util.Optional.of(org.dyad.model.Status.HYPOTHETICAL);
        }
        return java.util.Optional.empty();
    }

    /** Whether a verb lemma accuses someone of an act ("accuse", "charge", "blame"). */
    public boolean isAccusing(String lemma) {
        return words.value(lemma.toLowerCase(java.util.Locale.ROOT))
                .map("accusing"::equals)
                .orElse(false);
    }

    /** "accused Syrian officials of providing information": the act an accusation is about. */
    private boolean governedBy(DependencyTree tree, int t, String kind) {
        int parent = tree.parent(t);
        if (parent < 0) {
            return false;
        }
        boolean complement = tree.caseMarker(t).map("of"::equals).orElse(false)
                || tree.children(t, "mark").stream()
                        .anyMatch(m -> tree.token(m).word().equalsIgnoreCase("of"))
                || tree.relation(t).equals("ccomp");
        return complement
                && words.value(tree.token(parent).lemma()).map(kind::equals).orElse(false);
    }

    private boolean has(DependencyTree tree, java.util.List<Integer> tokens, String kind) {
        return tokens.stream().anyMatch(c -> kind(tree, c).map(kind::equals).orElse(false));
    }

    private java.util.Optional<String> kind(DependencyTree tree, int t) {
        return words.value(tree.token(t).word())
                .or(() -> words.value(tree.token(t).lemma()));
    }

    private boolean conditional(DependencyTree tree, int verb) {
        for (int clause : tree.children(verb, "advcl")) {
            for (int m : tree.children(clause, "mark")) {
                if (words.value(tree.token(m).word()).map("condition"::equals).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    public Reading read(DependencyTree tree, int verb) {
        boolean future = false;
        boolean obligation = false;
        boolean possibility = false;
        boolean negated = false;
        for (int c : tree.children(verb, "aux", "advmod", "det", "neg")) {
            Optional<String> kind = words.value(tree.token(c).word());
            if (kind.isEmpty()) {
                continue;
            }
            switch (kind.get()) {
                case "future" -> future |= tree.baseRelation(c).equals("aux");
                case "obligation" -> obligation |= tree.baseRelation(c).equals("aux");
                case "possibility" -> possibility |= tree.baseRelation(c).equals("aux");
                case "negation" ->
                    negated |= !tree.baseRelation(c).equals("det")
                            || tree.token(verb).isNoun();
                default -> {}
            }
        }
        return new Reading(future, obligation, possibility, negated, conditional(tree, verb));
    }
}

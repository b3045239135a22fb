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
    public record Reading(boolean future, boolean obligation, boolean possibility, boolean negated,
                          boolean conditional) {
    }

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
                    .anyMatch(m -> words.value(tree.token(m).word()).map("condition"::equals).orElse(false));
            if (condition) {
                out.addAll(tree.children(clause, "nsubj", "nsubj:pass"));
            }
        }
        return out;
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
                case "negation" -> negated |= !tree.baseRelation(c).equals("det") || tree.token(verb).isNoun();
                default -> { }
            }
        }
        return new Reading(future, obligation, possibility, negated, conditional(tree, verb));
    }
}

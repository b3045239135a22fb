package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Status;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Reads the auxiliaries, negators and clauses around an event that change how it is presented:
 * announced for later, said to be an obligation, only possible, denied, conditional, alleged,
 * reported, historical. The structures are the selectors of {@code dyad/rules/embedding.rules};
 * the function words are in {@code dyad/lexicon/modality.txt}.
 */
public final class Modality {
    private final Rules rules;

    public Modality(Rules rules) {
        this.rules = rules;
    }

    public static Modality loadBundled() {
        return new Modality(Rules.loadBundled());
    }

    /** What the auxiliaries of one verb say, and whether an if/unless clause makes it conditional. */
    public record Reading(
            boolean future, boolean obligation, boolean possibility, boolean negated, boolean conditional) {}

    public Reading read(DependencyTree tree, int verb) {
        return new Reading(
                rules.holds("future", tree, verb),
                rules.holds("obligation", tree, verb),
                rules.holds("possibility", tree, verb),
                rules.holds("negation", tree, verb),
                rules.holds("condition-clauses", tree, verb));
    }

    /** The subjects of the verb's if/unless clauses: "... if the United States goes ahead". */
    public List<Integer> conditionSubjects(DependencyTree tree, int verb) {
        return rules.select("condition-subjects", tree, verb);
    }

    /**
     * The status the event's place in the sentence gives it, if any: alleged ("accused X of
     * providing", "alleged war crimes"), reported ("clashes reported between"), historical
     * ("years of collaboration"), hypothetical (the clause an "if" introduces, "could", "may", or a
     * question: "Did Russia attack the convoy?").
     */
    public Optional<Status> statusOf(DependencyTree tree, int t, Reading reading) {
        if (rules.holds("alleged", tree, t)) {
            return Optional.of(Status.ALLEGED);
        }
        if (rules.holds("reported-noun", tree, t)) {
            return Optional.of(Status.REPORTED);
        }
        if (rules.holds("of-history", tree, t)) {
            return Optional.of(Status.HISTORICAL);
        }
        if (rules.holds("of-claim", tree, t)) {
            return Optional.of(Status.ALLEGED);
        }
        if (rules.holds("of-news", tree, t)) {
            return Optional.of(Status.REPORTED);
        }
        if (reading.possibility() || rules.holds("in-condition", tree, t) || rules.holds("asked", tree, t)) {
            return Optional.of(Status.HYPOTHETICAL);
        }
        return Optional.empty();
    }

    /** Whether a verb lemma accuses someone of an act ("accuse", "charge", "blame"). */
    public boolean isAccusing(String lemma) {
        return rules.wordClasses().contains("modality.accusing", lemma.toLowerCase(java.util.Locale.ROOT));
    }
}

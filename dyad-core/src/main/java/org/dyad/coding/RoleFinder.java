package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Answer;
import org.dyad.rules.Rules;

/**
 * Finds where a verb's source and target are in the dependency tree, and an event noun's, by the
 * selectors of {@code dyad/rules/roles.rules}: the subject is the source and the object (or a
 * to/with/against... phrase) the target in the active voice; in the passive the by-phrase is the
 * source and the subject the target; a noun's parties are those "between" whom it happened, else
 * its possessor, demonym or by-phrase and its against/on phrase.
 */
public final class RoleFinder {
    private final Rules rules;

    public RoleFinder(Rules rules) {
        this.rules = rules;
    }

    /**
     * Candidate tokens for the two roles, in order of preference; {@code mutual} when the
     * source token names all the parties of an event without direction ("clashes between A and B").
     * {@code how} says which rule found them.
     */
    public record Roles(
            Optional<Integer> source,
            List<Integer> targets,
            boolean passive,
            boolean mutual,
            String how,
            List<String> rules) {
        public Roles {
            targets = List.copyOf(targets);
            rules = List.copyOf(rules);
        }

        public Roles(Optional<Integer> source, List<Integer> targets, boolean passive, boolean mutual, String how) {
            this(source, targets, passive, mutual, how, List.of());
        }

        public Roles(Optional<Integer> source, List<Integer> targets, boolean passive, String how) {
            this(source, targets, passive, false, how);
        }
    }

    /** The roles of a noun that names an event whose own words are {@code trigger}. */
    public Roles nounRoles(DependencyTree tree, int noun, List<Integer> trigger) {
        Answer between = rules.answer("noun-parties", tree, noun, trigger);
        if (!between.tokens().isEmpty()) {
            return new Roles(Optional.of(between.first()), List.of(), false, true, how("noun-parties"), between.by());
        }
        Answer source = rules.answer("noun-source", tree, noun, trigger);
        Answer targets = rules.answer("noun-targets", tree, noun, trigger);
        return new Roles(
                source.tokens().isEmpty() ? Optional.empty() : Optional.of(source.first()),
                targets.tokens(),
                false,
                false,
                how("noun-source"),
                join(source, targets));
    }

    /** The "of" phrases of a noun: whose withdrawal, whose blockade ("the blockade of Serbia"). */
    public List<Integer> ofPhrases(DependencyTree tree, int noun) {
        return rules.select("of-phrases", tree, noun);
    }

    /** The roles of a verb, in the voice it is in. */
    public Roles roles(DependencyTree tree, int verb) {
        boolean passive = isPassive(tree, verb);
        String voice = passive ? "passive" : "active";
        Answer source = rules.answer(voice + "-source", tree, verb, List.of());
        Answer targets = rules.answer(voice + "-targets", tree, verb, List.of());
        return new Roles(
                source.tokens().isEmpty() ? Optional.empty() : Optional.of(source.first()),
                targets.tokens(),
                passive,
                false,
                how(voice + "-source"),
                join(source, targets));
    }

    private static List<String> join(Answer source, Answer targets) {
        List<String> out = new ArrayList<>(source.by());
        targets.by().stream().filter(b -> !out.contains(b)).forEach(out::add);
        return out;
    }

    public boolean isPassive(DependencyTree tree, int verb) {
        return rules.holds("passive", tree, verb);
    }

    private String how(String selector) {
        return rules.selector(selector).map(s -> s.description()).orElse(selector);
    }
}

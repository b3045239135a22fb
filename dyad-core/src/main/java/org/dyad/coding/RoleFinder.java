package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.nlp.DependencyTree;
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
    public record Roles(Optional<Integer> source, List<Integer> targets, boolean passive, boolean mutual, String how) {
        public Roles {
            targets = List.copyOf(targets);
        }

        public Roles(Optional<Integer> source, List<Integer> targets, boolean passive, String how) {
            this(source, targets, passive, false, how);
        }
    }

    /** The roles of a noun that names an event whose own words are {@code trigger}. */
    public Roles nounRoles(DependencyTree tree, int noun, List<Integer> trigger) {
        List<Integer> between = rules.select("noun-parties", tree, noun, trigger);
        if (!between.isEmpty()) {
            return new Roles(Optional.of(between.get(0)), List.of(), false, true, how("noun-parties"));
        }
        List<Integer> source = rules.select("noun-source", tree, noun, trigger);
        return new Roles(
                source.isEmpty() ? Optional.empty() : Optional.of(source.get(0)),
                rules.select("noun-targets", tree, noun, trigger),
                false,
                false,
                how("noun-source"));
    }

    /** The "of" phrases of a noun: whose withdrawal, whose blockade ("the blockade of Serbia"). */
    public List<Integer> ofPhrases(DependencyTree tree, int noun) {
        return rules.select("of-phrases", tree, noun);
    }

    /** The roles of a verb, in the voice it is in. */
    public Roles roles(DependencyTree tree, int verb) {
        boolean passive = isPassive(tree, verb);
        String voice = passive ? "passive" : "active";
        return new Roles(
                rules.first(voice + "-source", tree, verb),
                rules.select(voice + "-targets", tree, verb),
                passive,
                how(voice + "-source"));
    }

    public boolean isPassive(DependencyTree tree, int verb) {
        return rules.holds("passive", tree, verb);
    }

    private String how(String selector) {
        return rules.selector(selector).map(s -> s.description()).orElse(selector);
    }
}

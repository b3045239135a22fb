package org.dyad.coding.internal;

import java.util.List;
import org.dyad.coding.PatternMatcher;
import org.dyad.coding.cameo.PatternElement;
import org.dyad.coding.cameo.VerbPattern;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * The nouns a verb's pattern names: "ARRANGE * &CEASEFIRE" names the truce of "arranged a truce",
 * "PULL * (OUT) (OF TALKS)" the talks of "pulled out of the talks". Such a noun is part of the
 * verb's event, not an event of its own.
 */
final class PatternNouns {
    private PatternNouns() {}

    /** Whether {@code pattern}'s words after the verb, inside prepositional phrases too, name {@code lemma}. */
    static boolean names(VerbPattern pattern, String lemma) {
        return names(pattern.after(), lemma);
    }

    /** The tokens of the verb's predicate whose lemmas {@code pattern} names. */
    static List<Integer> named(Rules rules, VerbPattern pattern, DependencyTree tree, int verb) {
        var after = PatternMatcher.regions(rules, tree, verb).after();
        return after.stream()
                .filter(t -> names(pattern, tree.token(t).lemma()))
                .boxed()
                .toList();
    }

    private static boolean names(List<PatternElement> elements, String lemma) {
        for (PatternElement e : elements) {
            boolean named = e instanceof PatternElement.Word w && w.matches(lemma)
                    || e instanceof PatternElement.SynsetRef s && s.matches(lemma)
                    || e instanceof PatternElement.Phrase p
                            && p.head() instanceof PatternElement.Word h
                            && h.matches(lemma)
                    || e instanceof PatternElement.Prep prep && names(prep.objects(), lemma);
            if (named) {
                return true;
            }
        }
        return false;
    }
}

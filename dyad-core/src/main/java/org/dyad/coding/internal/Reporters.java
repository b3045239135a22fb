package org.dyad.coding.internal;

import java.util.Optional;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Finds the reporting verb a clause is reported by: "X said [that ...]" or "[...], X said", by the
 * selector {@code reporter} of {@code dyad/rules/embedding.rules}.
 */
final class Reporters {
    private Reporters() {}

    static Optional<Integer> reporterOf(DependencyTree tree, int verb, Rules rules) {
        return rules.first("reporter", tree, verb);
    }
}

package org.dyad.coding.internal;

import java.util.Optional;
import org.dyad.coding.Embedding;
import org.dyad.nlp.DependencyTree;

/** Finds the reporting verb a clause is reported by: "X said [that ...]" or "[...], X said". */
final class Reporters {
    private Reporters() {}

    static Optional<Integer> reporterOf(DependencyTree tree, int verb, Embedding embedding) {
        // "..., a Jordanian official confirmed": the reporting verb hangs from the reported one.
        for (int c : tree.children(verb, "parataxis")) {
            if (embedding.isReporting(tree.token(c).lemma())
                    && tree.firstChild(c, "nsubj").isPresent()) {
                return Optional.of(c);
            }
        }
        // "sources have reported intense battles": a noun event as what is reported.
        int governor = tree.parent(verb);
        if (tree.token(verb).isNoun()
                && governor >= 0
                && tree.relation(verb).equals("obj")
                && embedding.isReporting(tree.token(governor).lemma())) {
            return Optional.of(governor);
        }
        int at = verb;
        for (int depth = 0; depth < 4; depth++) {
            // "Reports indicate Moscow has put forward ...", which the parser read with the
            // reporting clause as the subject of the reported one.
            for (int c : tree.children(at, "csubj")) {
                if (embedding.isReporting(tree.token(c).lemma())) {
                    return Optional.of(c);
                }
            }
            int parent = tree.parent(at);
            if (parent < 0) {
                return Optional.empty();
            }
            String rel = tree.baseRelation(at);
            if ((rel.equals("ccomp") || rel.equals("parataxis"))
                    && embedding.isReporting(tree.token(parent).lemma())) {
                return Optional.of(parent);
            }
            if (!rel.equals("conj") && !rel.equals("xcomp") && !rel.equals("ccomp")) {
                return Optional.empty();
            }
            at = parent;
        }
        return Optional.empty();
    }
}

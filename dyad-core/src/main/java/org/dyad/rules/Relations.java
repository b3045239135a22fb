package org.dyad.rules;

import java.util.List;
import org.dyad.nlp.DependencyTree;

/**
 * The dependency relations a step follows: a relation with a subtype ({@code nmod:poss}) matches
 * only itself, one without ({@code nmod}) also its subtypes, as {@link DependencyTree#children}
 * reads them; {@code *} matches any.
 */
record Relations(List<String> names) {
    static final Relations ANY = new Relations(List.of("*"));

    Relations {
        names = List.copyOf(names);
    }

    boolean matches(DependencyTree tree, int token) {
        for (String r : names) {
            if (r.equals("*")
                    || tree.relation(token).equals(r)
                    || tree.baseRelation(token).equals(r)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join("|", names);
    }
}

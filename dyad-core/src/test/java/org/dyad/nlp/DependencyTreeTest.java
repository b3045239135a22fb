package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** Navigation over dependency arcs. */
class DependencyTreeTest {
    private final DependencyTree tree = new DependencyTree(Sentences.of("""
            1 Israel Israel NNP LOCATION 2 nsubj
            2 struck strike VBD O 0 root
            3 bases base NNS O 2 obj
            4 in in IN O 5 case
            5 Syria Syria NNP LOCATION 2 obl
            """));

    @Test
    void parentsChildrenAndRelations() {
        assertThat(tree.roots()).containsExactly(1);
        assertThat(tree.parent(0)).isEqualTo(1);
        assertThat(tree.children(1, "obl")).containsExactly(4);
        assertThat(tree.children(1)).containsExactly(0, 2, 4);
        assertThat(tree.caseMarker(4)).contains("in");
        assertThat(tree.caseMarker(2)).isEmpty();
        assertThat(tree.dominates(1, 3)).isTrue();
        assertThat(tree.dominates(2, 3)).isFalse();
    }

    @Test
    void subtreesLeaveOutExcludedBranches() {
        assertThat(tree.subtree(1).cardinality()).isEqualTo(5);
        assertThat(tree.subtree(1, "obl").stream().toArray()).containsExactly(0, 1, 2);
    }

    @Test
    void aCycleInAMalformedGraphDoesNotLoop() {
        DependencyTree cyclic = new DependencyTree(Sentences.of("""
                1 a a DT O 2 det
                2 b b NN O 1 dep
                """));
        assertThat(cyclic.subtree(0).cardinality()).isEqualTo(2);
        assertThat(cyclic.dominates(0, 1)).isTrue();
    }
}

package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden-file helper's diff and comment handling, without models. */
class GoldenFileTest {

    @Test
    void equalListsHaveNoDiff() {
        assertThat(GoldenFile.unifiedDiff(List.of("a", "b"), List.of("a", "b"))).isEmpty();
    }

    @Test
    void aChangedLineShowsAsRemovedThenAddedWithContext() {
        List<String> expected = List.of("1", "2", "3", "4", "5", "6", "7", "8");
        List<String> actual = List.of("1", "2", "3", "4", "five", "6", "7", "8");

        assertThat(GoldenFile.unifiedDiff(expected, actual)).isEqualTo("""
                --- expected (golden file)
                +++ actual
                @@ -3,5 +3,5 @@
                 3
                 4
                -5
                +five
                 6
                 7
                """);
    }

    @Test
    void distantChangesMakeSeparateHunksAndAddedOrMissingLinesAreMarked() {
        List<String> expected = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
        List<String> actual = List.of("new", "a", "b", "c", "d", "e", "f", "g", "h");

        assertThat(GoldenFile.unifiedDiff(expected, actual)).isEqualTo("""
                --- expected (golden file)
                +++ actual
                @@ -1,2 +1,3 @@
                +new
                 a
                 b
                @@ -7,3 +8,2 @@
                 g
                 h
                -i
                """);
    }

    @Test
    void commentLinesAreNotCompared() {
        assertThat(GoldenFile.withoutComments("# how to update\n[s1] A -010-> B\n# note\n[s2] C -020-> D\n"))
                .containsExactly("[s1] A -010-> B", "[s2] C -020-> D");
    }

    @Test
    void aDifferenceFailsWithTheDiff() {
        GoldenFile golden = new GoldenFile("it/golden-file-test.txt", List.of("# test"), false);

        assertThatThrownBy(() -> golden.assertMatches(List.of("one", "2")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-Ddyad.golden.update=true")
                .hasMessageContaining("-two\n+2\n");
    }

    @Test
    void anEqualOutputPasses() {
        new GoldenFile("it/golden-file-test.txt", List.of("# test"), false).assertMatches(List.of("one", "two"));
    }
}

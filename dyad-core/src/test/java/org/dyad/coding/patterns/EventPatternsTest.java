package org.dyad.coding.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.coding.NounCoder;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.nlp.DependencyTree;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several pattern files over a base: which entry comes first, and the clashes between files. */
class EventPatternsTest {
    private static final NounCoder BASE_NOUNS =
            new NounCoder(List.of(new NounCoder.Entry(List.of("strike"), "190", 1)));
    private static final DependencyTree DRONE_STRIKES = new DependencyTree(Sentences.of("""
            1 drone drone NN O 2 compound
            2 strikes strike NNS O 3 nsubj
            3 resumed resume VBD O 0 root
            """));

    @TempDir
    Path dir;

    @Test
    void aLaterFilesVerbAndNounComeFirstAndTheClashIsReported() throws IOException {
        Path a = write("a.txt", "verb accuse = 111", "noun drone strike = 195");
        Path b = write("b.txt", "# b", "noun drone strike = 183", "verb accuse = 110");

        EventPatterns patterns = EventPatterns.over(PatternFileReaderTest.BASE, BASE_NOUNS, List.of(a, b));

        VerbEntry accuse = patterns.verbs().entriesFor("ACCUSED").get(0);
        assertThat(patterns.verbs().codeOf(accuse)).contains("110");
        assertThat(patterns.verbs().entriesFor("ACCUSE")).hasSize(3);
        assertThat(patterns.nouns().read(DRONE_STRIKES, 1).orElseThrow().entry().location())
                .isEqualTo(b + ":2");
        assertThat(patterns.userFiles()).containsExactly(a.toString(), b.toString());
        assertThat(patterns.userDiagnostics())
                .containsExactly(
                        b + ":2: noun 'drone strike' is also given at " + a + ":2; this later line is used",
                        b + ":3: verb 'accuse' is also given at " + a + ":1; this later line is used");
    }

    @Test
    void theUsersNounWinsOverTheBaseForItsPhraseOnly() throws IOException {
        EventPatterns patterns = EventPatterns.over(
                PatternFileReaderTest.BASE, BASE_NOUNS, List.of(write("a.txt", "noun strike = ---")));
        DependencyTree strikes = new DependencyTree(Sentences.of("""
                1 strikes strike NNS O 2 nsubj
                2 resumed resume VBD O 0 root
                """));

        assertThat(BASE_NOUNS.read(strikes, 0)).isPresent();
        assertThat(patterns.nouns().read(strikes, 0)).isEmpty();
        assertThat(patterns.userDiagnostics()).isEmpty();
    }

    @Test
    void aVerbGivenOnlyPatternsKeepsTheBaseEntryFirst() throws IOException {
        EventPatterns patterns = EventPatterns.over(
                PatternFileReaderTest.BASE, BASE_NOUNS, List.of(write("a.txt", "verb agree * (to truce) = 036")));

        List<VerbEntry> agree = patterns.verbs().entriesFor("AGREE");
        assertThat(agree).hasSize(2);
        assertThat(patterns.verbs().block(agree.get(0)).file()).contains("base.txt");
    }

    @Test
    void withoutFilesThePatternsAreTheBaseOnes() {
        EventPatterns patterns = EventPatterns.over(PatternFileReaderTest.BASE, BASE_NOUNS, List.of());

        assertThat(patterns.verbs().entriesFor("ACCUSE")).isEqualTo(PatternFileReaderTest.BASE.entriesFor("ACCUSE"));
        assertThat(patterns.userFiles()).isEmpty();
        assertThat(patterns.userDiagnostics()).isEmpty();
    }

    @Test
    void theBundledPatternsPutDyadsOwnFileFirstWithoutNamingItAsTheUsers() {
        EventPatterns patterns = EventPatterns.bundled();

        List<VerbEntry> pullOut = patterns.verbs().entriesFor("PULL").stream()
                .filter(e -> e.after().equals(List.of("OUT")))
                .toList();
        assertThat(pullOut).isNotEmpty();
        assertThat(patterns.verbs().block(pullOut.get(0)).file()).contains("dyad.patterns.txt");
        assertThat(patterns.userFiles()).isEmpty();
        assertThat(patterns.userDiagnostics()).isEmpty();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}

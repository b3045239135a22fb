package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Entries put first with {@link VerbDictionary#preferring}, and files read with a line map. */
class PreferredEntriesTest {
    private static final VerbDictionary BASE = VerbDictionaryReader.read("base.txt", new StringReader("""
            ---  ACCUSE   [112]  ---
            ACCUSE
            ---  COLLABORATE   [050]  ---
            +SIDE_WITH
            """));
    private static final String USER = """
            ---  ACCUSE  ---
            ACCUSE [111]
            """;

    @Test
    void aFurtherFilesEntryComesAfterTheBaseOnesUnlessPreferred() {
        VerbDictionary read = VerbDictionaryReader.read(BASE, "user.txt", new StringReader(USER));
        VerbEntry user = read.blocks().get(2).verbs().get(0);

        assertThat(read.entriesFor("ACCUSED")).extracting(VerbEntry::line).containsExactly(2, 2);
        assertThat(read.entriesFor("ACCUSED").get(0).ownCode()).isEmpty();
        VerbDictionary preferred = read.preferring(List.of(user));
        assertThat(preferred.entriesFor("ACCUSED")).first().isEqualTo(user);
        assertThat(preferred.codeOf(preferred.entriesFor("ACCUSE").get(0))).contains("111");
        assertThat(preferred.entriesFor("SIDE")).isEqualTo(read.entriesFor("SIDE"));
    }

    @Test
    void aDictionaryReadOnTopKeepsThePreferredEntriesFirst() {
        VerbDictionary read = VerbDictionaryReader.read(BASE, "user.txt", new StringReader(USER));
        VerbEntry user = read.blocks().get(2).verbs().get(0);

        VerbDictionary again = VerbDictionaryReader.read(
                read.preferring(List.of(user)), "more.txt", new StringReader("---  PARLEY  [040]  ---\nPARLEY\n"));

        assertThat(again.entriesFor("ACCUSE")).first().isEqualTo(user);
    }

    @Test
    void anEntryOfAnotherDictionaryCannotBePreferred() {
        VerbEntry stranger = new VerbEntry("PARLEY", List.of("PARLEY"), List.of(), List.of(), Optional.empty(), "X", 1);

        assertThatThrownBy(() -> BASE.preferring(List.of(stranger)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PARLEY");
    }

    @Test
    void aLineMapGivesVerbsPatternsAndDiagnosticsTheLinesOfTheOriginalFile() {
        VerbDictionary read = VerbDictionaryReader.read(BASE, "orig.txt", new StringReader("""
                ---  PARLEY  ---
                PARLEY [040]
                - * (ON &NOWHERE)  [0356]
                - * (ON TRUCE)  [0356]
                """), line -> line * 10);

        VerbBlock parley = read.blocks().get(2);
        assertThat(parley.line()).isEqualTo(10);
        assertThat(parley.file()).contains("orig.txt");
        assertThat(parley.verbs().get(0).line()).isEqualTo(20);
        assertThat(parley.patterns()).extracting(VerbPattern::line).containsExactly(40);
        assertThat(read.diagnostics()).containsExactly("orig.txt:30: undefined synset &NOWHERE; pattern skipped");
    }
}

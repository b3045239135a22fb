package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedLinesTest {

    static final String TEXT = """
            EARLY
            - * EARLY [010]
            &GOOD
            +GOOD
            +BAD_&NESTED
            STRAY
            ---  FINE   [010]  ---
            FINE
            WILL NOT
            MAKE_PEACE
            ALSO_+BAD_+WORSE
            SUE [1X2]
            BROKEN {BROKE
            - * NOCODE
            - NOSTAR [010]
            - * * TWOSTARS [010]
            - * (FOR [010]
            - * {OPEN [010]
            - * CLOSE} [010]
            - * ({BRACE} X) [010]
            - * [01x]
            - * (TO/FOR PROTEST) [141]
            - * VISIT)[042:043]
            - * &GOOD [011]
            ~ not a transformation
            ---   [020]  ---
            LOST
            - * LOST [020]
            ---  AFTER   [030]  ---
            AFTER
            """;

    @Test
    void malformedLinesAreSkippedWithADiagnosticEachAndNeverThrow() {
        VerbDictionary dict = VerbDictionaryReader.read("bad.txt", new StringReader(TEXT));

        assertThat(dict.diagnostics())
                .extracting(d -> d.substring(0, d.indexOf(": ")))
                .containsExactly(
                        "bad.txt:1",
                        "bad.txt:2",
                        "bad.txt:5",
                        "bad.txt:6",
                        "bad.txt:9",
                        "bad.txt:10",
                        "bad.txt:11",
                        "bad.txt:12",
                        "bad.txt:13",
                        "bad.txt:14",
                        "bad.txt:15",
                        "bad.txt:16",
                        "bad.txt:17",
                        "bad.txt:18",
                        "bad.txt:19",
                        "bad.txt:20",
                        "bad.txt:21",
                        "bad.txt:22",
                        "bad.txt:23",
                        "bad.txt:26");
        assertThat(dict.diagnostics())
                .anySatisfy(d -> assertThat(d).startsWith("bad.txt:26: block header has no name"));
        assertThat(dict.blocks()).extracting(VerbBlock::name).containsExactly("FINE", "AFTER");
        assertThat(dict.blocks().get(0).verbs()).extracting(VerbEntry::lemma).containsExactly("FINE");
        assertThat(dict.blocks().get(0).patterns()).hasSize(1);
        assertThat(dict.blocks().get(1).verbs()).extracting(VerbEntry::lemma).containsExactly("AFTER");
        assertThat(dict.entriesFor("LOST")).isEmpty();
        assertThat(dict.synsets().get("GOOD")).containsExactly(List.of("GOOD"), List.of("GOODS"));
    }

    @Test
    void emptyInputGivesAnEmptyDictionary() {
        VerbDictionary dict = VerbDictionaryReader.read("empty.txt", new StringReader(""));
        assertThat(dict.blocks()).isEmpty();
        assertThat(dict.diagnostics()).isEmpty();
        assertThat(dict.version()).isEqualTo("empty.txt");
        assertThat(dict.entriesFor("ANY")).isEmpty();
    }

    @Test
    void arbitraryTextNeverThrows() {
        String junk = "}{)(*&^%$#@!~---[:]\n-\n---\n+\n&\n~\n- * \n-*[:]\n+_+\n_+_ {}\n--- X [:] ---\n- * ( ) [010]";
        assertThatCode(() -> VerbDictionaryReader.read("junk.txt", new StringReader(junk)))
                .doesNotThrowAnyException();
    }
}

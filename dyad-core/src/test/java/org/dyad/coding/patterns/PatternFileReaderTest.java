package org.dyad.coding.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.NounCoder;
import org.dyad.coding.cameo.CameoCodebook;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.cameo.VerbDictionaryReader;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.testing.OneLineAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a user's pattern file: each kind of line, the CAMEO format, and lines that cannot be read. */
class PatternFileReaderTest {
    static final VerbDictionary BASE = VerbDictionaryReader.read("base.txt", new StringReader("""
            &CEASEFIRE
            +CEASEFIRE
            +TRUCE
            ---  AGREE   [050]  ---
            AGREE
            - * (TO &CEASEFIRE)  [0356]  # AGREE
            ---  ACCUSE   [112]  ---
            ACCUSE
            """));

    private final PatternFileReader reader = new PatternFileReader(CameoCodebook.loadBundled());

    @Test
    void eachKindOfLineBecomesANounOrAVerbOfItsOwnBlockWithTheUsersLines() {
        PatternFile file = reader.read("my-patterns.txt", """
                # my-patterns.txt
                noun drone strike = 195            # a noun phrase (lemmas, head noun last) and its CAMEO code
                noun Naval  Blockade = 191
                verb shell = 194                   # a verb (lemma) and its code
                verb side with = 050               # a multi-word verb: the verb, then the words after it
                verb agree * (to truce) = 0356     # a CAMEO-dictionary pattern
                verb rebuff = ---                  # a verb that should give no event
                """, BASE);

        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.nouns())
                .containsExactly(
                        new NounCoder.Entry(List.of("drone", "strike"), "195", "my-patterns.txt", 2),
                        new NounCoder.Entry(List.of("naval", "blockade"), "191", "my-patterns.txt", 3));
        VerbDictionary verbs = file.verbs();
        VerbEntry shell = only(verbs.entriesFor("SHELLED"));
        assertThat(shell.line()).isEqualTo(4);
        assertThat(verbs.codeOf(shell)).contains("194");
        assertThat(verbs.block(shell).file()).contains("my-patterns.txt");
        VerbEntry sideWith = only(verbs.entriesFor("SIDE"));
        assertThat(sideWith.after()).containsExactly("WITH");
        assertThat(verbs.codeOf(sideWith)).contains("050");
        VerbEntry rebuff = only(verbs.entriesFor("REBUFF"));
        assertThat(rebuff.ownCode()).contains(VerbEntry.NULL_CODE);
        assertThat(verbs.codeOf(rebuff)).isEmpty();
        assertThat(file.preferred()).containsExactly(shell, sideWith, rebuff);
    }

    @Test
    void aPatternJoinsANewBlockAfterTheBaseOneAndLeavesTheVerbsCodeToIt() {
        PatternFile file = reader.read("my.txt", "\n\nverb agree * (to truce) = 0356\n", BASE);

        List<VerbEntry> agree = file.verbs().entriesFor("AGREE");
        assertThat(agree).hasSize(2);
        assertThat(file.verbs().block(agree.get(0)).file()).contains("base.txt");
        VerbEntry user = agree.get(1);
        assertThat(user.ownCode()).isEmpty();
        assertThat(file.verbs().block(user).patterns()).singleElement().satisfies(p -> {
            assertThat(p.code()).contains("0356");
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(file.preferred()).isEmpty();
    }

    @Test
    void malformedLinesAreReportedWithTheirLineAndTheGoodOnesKept() {
        PatternFile file = reader.read(
                "my.txt",
                String.join(
                        "\n",
                        "noun drone strike = 195",
                        "noun = 190",
                        "verb shell 194",
                        "verb shell = 19x",
                        "verb agree * (to &nowhere) = 0356",
                        "verb agree (to truce) = 0356",
                        "tank = 190",
                        "noun air * strike = 195",
                        "verb shell = 99",
                        "verb shell = 194",
                        "verb shell = 195",
                        "verb * (to truce) = 050",
                        "noun bombing = 183 = 190",
                        ""),
                BASE);

        assertThat(file.diagnostics())
                .extracting(d -> d.substring(0, d.indexOf(": ")))
                .containsExactly(
                        "my.txt:2",
                        "my.txt:3",
                        "my.txt:4",
                        "my.txt:5",
                        "my.txt:6",
                        "my.txt:7",
                        "my.txt:8",
                        "my.txt:9",
                        "my.txt:11",
                        "my.txt:12",
                        "my.txt:13");
        assertThat(file.diagnostics())
                .containsSubsequence(
                        "my.txt:2: no noun phrase before '='; line skipped",
                        "my.txt:3: no '=' before the code; line skipped",
                        "my.txt:5: undefined synset &NOWHERE; pattern skipped",
                        "my.txt:7: a line starts with 'noun' or 'verb', not 'tank'; line skipped",
                        "my.txt:9: code 99 is not in the CAMEO codebook; line skipped",
                        "my.txt:11: verb 'shell' already has code 194 at line 10; this later line is used",
                        "my.txt:13: more than one '='; line skipped");
        assertThat(file.diagnostics().get(2)).startsWith("my.txt:4: code '19x' is not a CAMEO code");
        assertThat(file.diagnostics().get(4)).startsWith("my.txt:6: pattern '(to truce)' needs one '*'");
        assertThat(file.nouns()).extracting(NounCoder.Entry::line).containsExactly(1);
        VerbEntry shell = only(file.verbs().entriesFor("SHELL"));
        assertThat(shell.ownCode()).contains("195");
        assertThat(shell.line()).isEqualTo(11);
    }

    @Test
    void aFileWithBlockHeadersIsReadInTheCameoFormatAsIs() {
        String text = """
                # my-verbs.txt, in the CAMEO format
                ---  PARLEY   [040]  ---
                PARLEY
                - * (ON &CEASEFIRE)   [0356]
                ---  ACCUSE   [111]  ---
                ACCUSE
                """;
        PatternFile file = reader.read("my-verbs.txt", text, BASE);

        assertThat(PatternFileReader.isCameoFormat(text.lines().toList())).isTrue();
        assertThat(PatternFileReader.isCameoFormat(List.of("verb rebuff = ---", "# --- not a header ---")))
                .isFalse();
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.nouns()).isEmpty();
        VerbEntry parley = only(file.verbs().entriesFor("PARLEYED"));
        assertThat(parley.line()).isEqualTo(3);
        assertThat(file.verbs().block(parley).patterns())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).contains("0356"));
        assertThat(file.preferred()).extracting(VerbEntry::lemma).containsExactly("PARLEY", "ACCUSE");
        VerbEntry accuse =
                file.verbs().preferring(file.preferred()).entriesFor("ACCUSE").get(0);
        assertThat(file.verbs().codeOf(accuse)).contains("111");
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstLine() {
        PatternFile file = reader.read("bom.txt", "\uFEFFverb shell = 194\n", BASE);

        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.preferred()).extracting(VerbEntry::lemma).containsExactly("SHELL");
    }

    @Test
    void aFileThatIsNotUtf8OrNotThereCannotBeRead(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(
                dir.resolve("latin1.txt"), "noun d\u00e9fil\u00e9 = 141\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(latin1, BASE))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read patterns file " + latin1 + ": not UTF-8 text");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt"), BASE))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageEndingWith("missing.txt: no such file");
    }

    @Test
    void lineKindsAndTheirWordsAreReadAsWritten() throws MalformedPatternLine {
        PatternLine verb = PatternLine.parse("VERB Side With * (against +) = 111", 4);

        assertThat(verb.kind()).isEqualTo(PatternLine.Kind.VERB);
        assertThat(verb.words()).containsExactly("side", "with");
        assertThat(verb.pattern()).contains("* (against +)");
        assertThat(PatternLine.parse("verb request {prosecutor} * &detention = 173", 1)
                        .pattern())
                .contains("{prosecutor} * &detention");
        assertThat(PatternLine.parse("noun car-bombing = 183", 1).words()).containsExactly("car-bombing");
        assertThat(PatternLine.parse("verb rebuff = ---", 1).pattern()).isEqualTo(Optional.empty());
    }

    private static VerbEntry only(List<VerbEntry> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    @Test
    void aLineSeparatorInACodeIsShownEscapedInOneDiagnosticLine() {
        PatternFile file = reader.read("my.txt", "verb shell = 19\u20284\nnoun drone strike = 195\n", BASE);

        assertThat(file.nouns()).hasSize(1);
        assertThat(file.diagnostics()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("my.txt:1: code '19\\u20284' is not a CAMEO code");
            OneLineAssert.assertOneLine(line, "the diagnostic");
        });
    }
}

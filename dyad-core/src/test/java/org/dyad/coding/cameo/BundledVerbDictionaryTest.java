package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.dyad.coding.cameo.PatternElement.Prep;
import org.dyad.coding.cameo.PatternElement.SynsetRef;
import org.dyad.lexicon.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledVerbDictionaryTest {

    static final VerbDictionary DICT = VerbDictionary.loadBundled();

    /**
     * 17 lines of CAMEO.2.0.txt do not read, measured when this reader was written: 9 patterns
     * with disjunctions such as BY/WITH (PETRARCH skips them too), 4 patterns with undefined
     * synsets (&FIGHT_CRIM, &FIGHT_GAMES, &WEATHER, &DEMONSTRATION), 2 patterns with junk glued
     * before the code ("VISIT)[042:043]", "^)[111]"), 1 pattern with code [080!], and the forms of
     * +WIRE_TAP, which mark WIRE as the verb but inflect TAP.
     */
    @Test
    void loadsWithFewDiagnostics() {
        assertThat(DICT.diagnostics()).hasSizeLessThanOrEqualTo(17);
        assertThat(DICT.diagnostics()).allMatch(d -> d.startsWith("CAMEO.2.0.txt:"));
        assertThat(DICT.diagnostics())
                .contains(
                        "CAMEO.2.0.txt:5787: pattern code [080!] is not a CAMEO code; pattern skipped",
                        "CAMEO.2.0.txt:2406: undefined synset &FIGHT_CRIM; pattern skipped");
        assertThat(DICT.blocks()).hasSize(397);
        assertThat(DICT.blocks().stream().mapToInt(b -> b.verbs().size()).sum()).isEqualTo(1817);
        assertThat(DICT.blocks().stream().mapToInt(b -> b.patterns().size()).sum())
                .isEqualTo(4652);
        assertThat(DICT.synsets()).hasSize(40);
    }

    /** The file ends with PETRARCH's TRANSFORMATIONS block, after the OFFEND block's last pattern. */
    @Test
    void transformationLinesArePassedOverWithoutADiagnosticOrBreakingTheLastBlock() {
        List<String> lines =
                Resources.read(VerbDictionary.BUNDLED_RESOURCE).lines().toList();
        List<String> tildes = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).strip().startsWith("~"))
                .mapToObj(i -> "CAMEO.2.0.txt:" + (i + 1) + ":")
                .toList();
        assertThat(tildes).hasSize(8);
        assertThat(DICT.diagnostics()).noneMatch(d -> tildes.stream().anyMatch(d::startsWith));
        VerbBlock last = DICT.blocks().get(DICT.blocks().size() - 1);
        assertThat(last.name()).isEqualTo("OFFEND");
        assertThat(last.verbs()).hasSize(14).last().extracting(VerbEntry::lemma).isEqualTo("TRANSGRESS");
        assertThat(last.patterns())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).contains("012"));
    }

    @Test
    void versionIsTheFileAndItsLastUpdate() {
        assertThat(DICT.version()).isEqualTo("CAMEO.2.0.txt 2015-04-30");
    }

    @Test
    void accuseGivesCode112() {
        List<VerbEntry> entries = DICT.entriesFor("ACCUSE");
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(DICT.codeOf(e)).contains("112"));
        assertThat(DICT.block(entries.get(0)).name()).isEqualTo("BLAME");
    }

    @Test
    void inflectedFormsOfAccuseResolve() {
        for (String form : List.of("ACCUSING", "ACCUSED", "accuses")) {
            assertThat(DICT.entriesFor(form))
                    .as(form)
                    .extracting(VerbEntry::lemma)
                    .containsOnly("ACCUSE");
        }
    }

    @Test
    void sideIsTheVerbOfSideWithInCollaborate() {
        List<VerbEntry> entries = DICT.entriesFor("SIDE");
        VerbEntry sideWith = entries.stream()
                .filter(e -> e.after().equals(List.of("WITH")))
                .findFirst()
                .orElseThrow();
        assertThat(sideWith.before()).isEmpty();
        VerbBlock block = DICT.block(sideWith);
        assertThat(block.name()).isEqualTo("COLLABORATE");
        assertThat(block.code()).contains("050");
        assertThat(DICT.codeOf(sideWith)).contains("050");
    }

    @Test
    void agreeBlockHasItsCeasefirePattern() {
        VerbBlock agree = DICT.blocks().stream()
                .filter(b -> b.name().equals("AGREE"))
                .findFirst()
                .orElseThrow();
        assertThat(agree.patterns()).anySatisfy(p -> {
            assertThat(p.before()).isEmpty();
            assertThat(p.after()).hasSize(1);
            Prep to = (Prep) p.after().get(0);
            assertThat(to.preposition()).isEqualTo("TO");
            assertThat(to.objects()).singleElement().isInstanceOfSatisfying(SynsetRef.class, s -> {
                assertThat(s.name()).isEqualTo("CEASEFIRE");
                assertThat(s.matches("TRUCE")).isTrue();
            });
            assertThat(p.code()).contains("0356");
        });
    }

    @Test
    void malformedBlockHeadersAreRead() {
        assertThat(DICT.blocks())
                .filteredOn(b -> b.name().equals("OVERRULE"))
                .singleElement()
                .satisfies(b -> assertThat(b.code()).contains("120"));
        assertThat(DICT.blocks())
                .filteredOn(b -> b.name().equals("OFFEND"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.code()).isEmpty();
                    assertThat(b.pairedCode()).contains("110");
                });
    }

    @Test
    void userFileIsReadAfterTheBundledOneAndCanUseItsSynsets(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("my-verbs.txt");
        Files.writeString(user, """
                ---  PARLEY   [040]  ---
                PARLEY
                - * (ON &CEASEFIRE)   [0356]
                - * &NOWHERE          [040]
                """);
        VerbDictionary merged = VerbDictionary.loadBundledWith(user);
        assertThat(merged.blocks()).hasSize(DICT.blocks().size() + 1);
        VerbEntry parley = merged.entriesFor("PARLEYED").get(0);
        assertThat(merged.codeOf(parley)).contains("040");
        assertThat(merged.block(parley).patterns())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).contains("0356"));
        assertThat(merged.diagnostics())
                .hasSize(DICT.diagnostics().size() + 1)
                .last()
                .isEqualTo("my-verbs.txt:4: undefined synset &NOWHERE; pattern skipped");
        assertThat(merged.version()).isEqualTo("CAMEO.2.0.txt 2015-04-30; my-verbs.txt");
        assertThat(merged.entriesFor("ACCUSE")).isEqualTo(DICT.entriesFor("ACCUSE"));
    }
}

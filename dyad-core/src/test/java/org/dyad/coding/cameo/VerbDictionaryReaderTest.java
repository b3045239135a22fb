package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerbDictionaryReaderTest {

    static final String TEXT = """
            # A small verb dictionary in PETRARCH format.
            # LAST UPDATE: 2 March 2020
            ####### SYNONYM SETS #######
            &CEASEFIRE
            +CEASEFIRE
            +TRUCE  # comment after a phrase
            +CESSATION_OF_HOSTILITIES_

            &AUXVERB_
            +WILL
            +IS_TO

            &TREATY
            +TREATY
            +PEACE_PLAN
            +PROCESS

            ####### VERB PATTERNS #######
            ---  AGREE   [030]  ---
            AGREE
            ACCEPT [050]   # own code
            HURRY {HURRIES HURRYING HURRIED}
            SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93
            +SIDE_WITH
            WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}
            +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
            RECONVENE[---]
            MEET [040:040]
            - * (TO &CEASEFIRE)                [0356]   # AGREE
            - * {PEACE PLAN}                   [057]
            - * (AGAINST)                      [---]
            - $ * (WITH +)                     [042:043] # meet
            - * (BEFORE COURT)                 [:173]
            - * &UNDEFINED                     [010]
            - &TREATY * ^ %                    [030]
            - * SPY_ (TO {&TREATY TALKS})      [111]
            - * AIR_STRIKE                     [195]

            ---  OVERRULE   [120]---  ---
            OVERRULE

            ---  ALTER   [---]  ---
            ALTER

            ---  VISIT   [042:043]  ---
            VISIT

            ######## TRANSFORMATIONS ##########
            ~ a (a b ATTACK) SAY = a b 015
            #~ a (a b WILL_ATTACK) SAY = a b 138
            """;

    static final VerbDictionary DICT = VerbDictionaryReader.read("test.txt", new StringReader(TEXT));

    static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + needle);
    }

    static VerbBlock block(VerbDictionary dict, String name) {
        return dict.blocks().stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    static VerbEntry only(VerbDictionary dict, String form) {
        List<VerbEntry> entries = dict.entriesFor(form);
        assertThat(entries).as("entries for " + form).hasSize(1);
        return entries.get(0);
    }

    @Test
    void synsetsGetRegularPluralsExceptWhereUnderscoreSuppressesThem() {
        assertThat(DICT.synsets().get("CEASEFIRE"))
                .containsExactly(
                        List.of("CEASEFIRE"),
                        List.of("CEASEFIRES"),
                        List.of("TRUCE"),
                        List.of("TRUCES"),
                        List.of("CESSATION", "OF", "HOSTILITIES"));
        assertThat(DICT.synsets().get("TREATY"))
                .containsExactly(
                        List.of("TREATY"),
                        List.of("TREATIES"),
                        List.of("PEACE", "PLAN"),
                        List.of("PEACE", "PLANS"),
                        List.of("PROCESS"),
                        List.of("PROCESSES"));
    }

    @Test
    void labelEndingInUnderscoreSuppressesPluralsAndIsStoredWithoutIt() {
        assertThat(DICT.synsets()).doesNotContainKey("AUXVERB_");
        assertThat(DICT.synsets().get("AUXVERB")).containsExactly(List.of("WILL"), List.of("IS", "TO"));
    }

    @Test
    void patternWithUndefinedSynsetIsSkippedWithDiagnostic() {
        int line = lineOf(TEXT, "&UNDEFINED");
        assertThat(DICT.diagnostics()).contains("test.txt:" + line + ": undefined synset &UNDEFINED; pattern skipped");
        assertThat(block(DICT, "AGREE").patterns()).noneMatch(p -> p.line() == line);
        assertThat(block(DICT, "AGREE").patterns()).hasSize(8);
    }

    @Test
    void blockWithNullCodeHasEmptyCode() {
        VerbBlock alter = block(DICT, "ALTER");
        assertThat(alter.code()).isEmpty();
        assertThat(DICT.codeOf(only(DICT, "ALTERED"))).isEmpty();
    }

    @Test
    void verbOwnCodeOverridesBlockCode() {
        assertThat(DICT.codeOf(only(DICT, "AGREE"))).contains("030");
        VerbEntry accept = only(DICT, "ACCEPT");
        assertThat(accept.ownCode()).contains("050");
        assertThat(DICT.codeOf(accept)).contains("050");
    }

    @Test
    void explicitNullCodeOnVerbOverridesBlockCode() {
        VerbEntry reconvene = only(DICT, "RECONVENE");
        assertThat(reconvene.ownCode()).contains(VerbEntry.NULL_CODE);
        assertThat(DICT.codeOf(reconvene)).isEmpty();
        assertThat(block(DICT, "AGREE").code()).contains("030");
    }

    @Test
    void pairedCodesOnBlocksAndVerbs() {
        VerbEntry visit = only(DICT, "VISITED");
        assertThat(DICT.codeOf(visit)).contains("042");
        assertThat(DICT.pairedCodeOf(visit)).contains("043");
        VerbEntry meet = only(DICT, "MEETS");
        assertThat(DICT.codeOf(meet)).contains("040");
        assertThat(DICT.pairedCodeOf(meet)).contains("040");
        assertThat(DICT.pairedCodeOf(only(DICT, "AGREE"))).isEmpty();
    }

    @Test
    void regularFormsAreGenerated() {
        assertThat(only(DICT, "AGREE").forms()).containsExactly("AGREE", "AGREES", "AGREED", "AGREEING");
        assertThat(only(DICT, "ACCEPTING").lemma()).isEqualTo("ACCEPT");
    }

    @Test
    void irregularFormsReplaceGeneratedOnes() {
        VerbEntry hurry = only(DICT, "hurried");
        assertThat(hurry.lemma()).isEqualTo("HURRY");
        assertThat(hurry.forms()).containsExactly("HURRY", "HURRIES", "HURRYING", "HURRIED");
        VerbEntry scrap = only(DICT, "SCRAPPED");
        assertThat(scrap.forms()).containsExactly("SCRAP", "SCRAPPING", "SCRAPS", "SCRAPPED");
        assertThat(DICT.entriesFor("SCRAPED")).isEmpty();
    }

    @Test
    void multiWordVerbWithWordsAfterTheVerb() {
        VerbEntry side = only(DICT, "SIDING");
        assertThat(side.lemma()).isEqualTo("SIDE");
        assertThat(side.before()).isEmpty();
        assertThat(side.after()).containsExactly("WITH");
        assertThat(side.forms()).containsExactly("SIDE", "SIDES", "SIDED", "SIDING");
        assertThat(side.phrase()).isEqualTo("SIDE WITH");
        assertThat(side.isMultiWord()).isTrue();
    }

    @Test
    void multiWordVerbWithWordsBeforeTheVerbAndIrregularForms() {
        VerbEntry tap = only(DICT, "TAPPED");
        assertThat(tap.lemma()).isEqualTo("TAP");
        assertThat(tap.before()).containsExactly("WIRE");
        assertThat(tap.after()).isEmpty();
        assertThat(tap.forms()).containsExactly("TAP", "TAPS", "TAPPED", "TAPPING");
        VerbEntry cordon = only(DICT, "CORDONED");
        assertThat(cordon.after()).containsExactly("OFF");
        assertThat(cordon.forms()).containsExactly("CORDON", "CORDONED", "CORDONS", "CORDONING");
    }

    @Test
    void malformedBlockHeaderWithGluedDashesIsRead() {
        VerbBlock overrule = block(DICT, "OVERRULE");
        assertThat(overrule.code()).contains("120");
        assertThat(overrule.verbs()).extracting(VerbEntry::lemma).containsExactly("OVERRULE");
        assertThat(DICT.diagnostics()).noneMatch(d -> d.contains(":" + lineOf(TEXT, "OVERRULE   [120]") + ":"));
    }

    @Test
    void linesAreRecorded() {
        assertThat(block(DICT, "AGREE").line()).isEqualTo(lineOf(TEXT, "---  AGREE"));
        assertThat(only(DICT, "SIDE").line()).isEqualTo(lineOf(TEXT, "+SIDE_WITH"));
        assertThat(only(DICT, "SIDE").blockName()).isEqualTo("AGREE");
    }

    @Test
    void commentsAreIgnoredAndOnlyTheUndefinedSynsetIsReported() {
        assertThat(DICT.diagnostics()).hasSize(1);
        assertThat(DICT.blocks()).extracting(VerbBlock::name).containsExactly("AGREE", "OVERRULE", "ALTER", "VISIT");
        assertThat(block(DICT, "AGREE").verbs()).hasSize(9);
    }

    @Test
    void versionComesFromTheLastUpdateLine() {
        assertThat(DICT.version()).isEqualTo("test.txt 2020-03-02");
    }

    @Test
    void transformationLinesArePassedOverWithoutADiagnosticOrBreakingTheBlockAroundThem() {
        String text = """
                ---  ATTACK   [190]  ---
                ATTACK
                ~ a (a b ATTACK) SAY = a b 015
                - * CONVOY                 [195]
                ~ a (b . ATTACK ) WANT = a b 021   # a comment
                ~ not a transformation at all
                ASSAULT
                - * (WITH BOMB)            [183]
                ---  SHELL   [194]  ---
                SHELL
                ~
                - * TOWN                   [195]
                """;
        VerbDictionary dict = VerbDictionaryReader.read("t.txt", new StringReader(text));
        assertThat(dict.diagnostics()).isEmpty();
        assertThat(dict.blocks()).extracting(VerbBlock::name).containsExactly("ATTACK", "SHELL");
        VerbBlock attack = block(dict, "ATTACK");
        assertThat(attack.verbs()).extracting(VerbEntry::lemma).containsExactly("ATTACK", "ASSAULT");
        assertThat(attack.patterns())
                .extracting(VerbPattern::code)
                .containsExactly(Optional.of("195"), Optional.of("183"));
        assertThat(only(dict, "ASSAULT").line()).isEqualTo(lineOf(text, "ASSAULT"));
        assertThat(block(dict, "SHELL").patterns()).singleElement().satisfies(p -> {
            assertThat(p.code()).contains("195");
            assertThat(p.line()).isEqualTo(lineOf(text, "- * TOWN"));
        });
        assertThat(DICT.diagnostics())
                .noneMatch(d -> d.startsWith("test.txt:" + lineOf(TEXT, "~ a (a b ATTACK)") + ":"));
    }

    @Test
    void allCodesUsedAreCollected() {
        assertThat(DICT.codes())
                .containsExactly("030", "0356", "040", "042", "043", "050", "057", "111", "120", "173", "195");
    }
}

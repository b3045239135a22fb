package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryFormatTest {

    @Test
    void agentCodesOrSubstitutionSetsMakeAnAgentsFile() {
        assertThat(DictionaryFormat.of(List.of(
                        "<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->",
                        "",
                        "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON",
                        "MAIN_OPPOSITION_GROUP [~MOP] # sls 16 Nov 2007",
                        "HUMAN_RIGHTS_ORGANIZATION  [  NGO~]",
                        "POLICE {} [ ~COP]")))
                .isEqualTo(DictionaryFormat.PHOENIX_AGENTS);
        assertThat(DictionaryFormat.of(List.of("!MINST! = MINISTER, MINISTERS")))
                .isEqualTo(DictionaryFormat.PHOENIX_AGENTS);
    }

    @Test
    void bracketedActorCodesWithoutEqualsMakeAnActorFile() {
        assertThat(DictionaryFormat.of(List.of(
                        "<!-- DATE RESTRICTIONS [DATE records] -->",
                        "PALESTINIAN [pse]",
                        "THE_SHIRE  [FRO/BIL/SAM]",
                        "NASGUL  [+++]",
                        "GOLLUM",
                        "\t[HOB < 950601]")))
                .isEqualTo(DictionaryFormat.PHOENIX_ACTORS);
        // One stray agent code does not turn an actor file into an agents file.
        assertThat(DictionaryFormat.of(List.of("IRAN_ [IRN]", "IRAQ_ [IRQ]", "OFFICIAL [~GOV]")))
                .isEqualTo(DictionaryFormat.PHOENIX_ACTORS);
    }

    @Test
    void anythingElseIsTheSimpleFormat() {
        assertThat(DictionaryFormat.of(List.of(
                        "# [~GOV] in a comment",
                        "<!-- [SYRMIL] in a comment -->",
                        "Army [SAA] = SYRMIL",
                        "Jamil Nadir = SYRMIL 2015-01-01..")))
                .isEqualTo(DictionaryFormat.SIMPLE);
        assertThat(DictionaryFormat.of(List.of())).isEqualTo(DictionaryFormat.SIMPLE);
    }
}

package org.dyad.coding.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Optional;
import org.dyad.model.Plover;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

    static final PloverMapping MAPPING = PloverMapping.loadBundled();

    static Plover plover(String type, String mode) {
        return new Plover(type, Optional.ofNullable(mode));
    }

    @Test
    void sixteenTypesInTheManualsOrder() {
        assertThat(MAPPING.types())
                .containsExactly(
                        "AGREE",
                        "CONSULT",
                        "SUPPORT",
                        "CONCEDE",
                        "COOPERATE",
                        "AID",
                        "RETREAT",
                        "REQUEST",
                        "ACCUSE",
                        "REJECT",
                        "THREATEN",
                        "PROTEST",
                        "SANCTION",
                        "MOBILIZE",
                        "COERCE",
                        "ASSAULT");
        assertThat(MAPPING.modes("CONSULT")).containsExactly("visit", "third-party", "multilateral", "phone");
        assertThat(MAPPING.modes("AGREE")).isEmpty();
    }

    @Test
    void exactLinesWin() {
        assertThat(MAPPING.forCameo("190")).contains(plover("ASSAULT", null));
        assertThat(MAPPING.forCameo("1832")).contains(plover("ASSAULT", "explosives"));
        // Corrected by the manual: international sanctions are SANCTION 'discontinue'.
        assertThat(MAPPING.forCameo("163")).contains(plover("SANCTION", "discontinue"));
        assertThat(MAPPING.forCameo("0871")).contains(plover("RETREAT", "ceasefire"));
        assertThat(MAPPING.forCameo("036")).contains(plover("AGREE", null));
        assertThat(MAPPING.forCameo("112")).contains(plover("ACCUSE", "disapprove"));
        assertThat(MAPPING.forCameo("191")).contains(plover("COERCE", "restrict"));
        assertThat(MAPPING.forCameo("1712").orElseThrow().type()).isEqualTo("ASSAULT");
        assertThat(MAPPING.forCameo("175").orElseThrow().type()).isEqualTo("ASSAULT");
        // Corrected by the manual: removing curfews is a concession.
        assertThat(MAPPING.forCameo("0813").orElseThrow().type()).isEqualTo("CONCEDE");
        assertThat(MAPPING.forCameo("044")).contains(plover("CONSULT", "third-party"));
    }

    /** The file says heavy-weapons; the manual's "aerial" mode is the one for CAMEO 195 "Employ aerial weapons". */
    @Test
    void aerialWeaponsAreTheAerialMode() {
        assertThat(MAPPING.forCameo("195")).contains(plover("ASSAULT", "aerial"));
        assertThat(MAPPING.forCameo("194")).contains(plover("ASSAULT", "heavy-weapons"));
    }

    @Test
    void rootsWithoutAPloverTypeAreEmpty() {
        assertThat(MAPPING.forCameo("010")).isEmpty();
        assertThat(MAPPING.forCameo("020")).isEmpty();
        assertThat(MAPPING.forCameo("0211")).isEmpty();
        assertThat(MAPPING.forCameo("01")).isEmpty();
    }

    @Test
    void missingCodesFallBackToParentThenRoot() {
        assertThat(MAPPING.forCameo("1952")).contains(plover("ASSAULT", "aerial"));
        assertThat(MAPPING.forCameo("1661")).contains(plover("SANCTION", "expel"));
        assertThat(MAPPING.forCameo("176")).contains(plover("COERCE", null));
        assertThat(MAPPING.forCameo("089")).contains(plover("CONCEDE", null));
        assertThat(MAPPING.forCameo("21")).isEmpty();
        assertThat(MAPPING.forCameo("abc")).isEmpty();
    }

    @Test
    void modesTheManualDoesNotGiveTheTypeAreDropped() {
        assertThat(MAPPING.forCameo("0842")).contains(plover("RETREAT", null));
        assertThat(MAPPING.forCameo("1722")).contains(plover("COERCE", null));
        assertThat(MAPPING.forCameo("186")).contains(plover("ASSAULT", null));
        assertThat(MAPPING.forCameo("0861")).contains(plover("RETREAT", "access"));
        assertThat(MAPPING.forCameo("1322")).contains(plover("THREATEN", null));
    }

    @Test
    void smallTablesReadWithNormalisedModesAndCorrections() {
        PloverMapping small = PloverMapping.read(
                new StringReader("19: ASSAULT\n193: ASSAULT,  Fire Arms , military # x\n194: ASSAULT, bogus,\n"),
                new StringReader("type\tmodes\nASSAULT\tfire-arms,aerial\n"),
                new StringReader("cameo\ttype\tmode\treason\n195\tASSAULT\taerial\tbecause\n"));
        assertThat(small.forCameo("193")).contains(plover("ASSAULT", "fire-arms"));
        assertThat(small.forCameo("194")).contains(plover("ASSAULT", null));
        assertThat(small.forCameo("195")).contains(plover("ASSAULT", "aerial"));
        assertThat(small.forCameo("196")).contains(plover("ASSAULT", null));
    }

    @Test
    void unknownTypesAreABrokenFile() {
        assertThatThrownBy(() -> PloverMapping.read(
                        new StringReader("19: FIGHT\n"), new StringReader("ASSAULT\taerial\n"), new StringReader("")))
                .hasMessageContaining("'FIGHT'");
    }
}

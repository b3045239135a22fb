package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {

    static final CameoCodebook CODEBOOK = CameoCodebook.loadBundled();

    @Test
    void conventionalMilitaryForce() {
        CodeInfo info = CODEBOOK.lookup("190").orElseThrow();
        assertThat(info.goldstein()).isEqualTo(-10.0);
        assertThat(info.quadClass()).isEqualTo(4);
        assertThat(info.name()).containsIgnoringCase("conventional military force");
        assertThat(info.root()).isEqualTo("19");
    }

    @Test
    void quadClassFollowsTheContractNotTheTsvColumns() {
        assertThat(CODEBOOK.lookup("010").orElseThrow().quadClass()).isEqualTo(1);
        assertThat(CODEBOOK.lookup("036").orElseThrow().quadClass()).isEqualTo(1);
        assertThat(CODEBOOK.lookup("057").orElseThrow().quadClass()).isEqualTo(2);
        assertThat(CODEBOOK.lookup("0871").orElseThrow().quadClass()).isEqualTo(2);
        assertThat(CODEBOOK.lookup("090").orElseThrow().quadClass()).isEqualTo(3);
        assertThat(CODEBOOK.lookup("112").orElseThrow().quadClass()).isEqualTo(3);
        assertThat(CODEBOOK.lookup("139").orElseThrow().quadClass()).isEqualTo(3);
        assertThat(CODEBOOK.lookup("141").orElseThrow().quadClass()).isEqualTo(4);
        assertThat(CODEBOOK.lookup("163").orElseThrow().quadClass()).isEqualTo(4);
        assertThat(CODEBOOK.lookup("2042").orElseThrow().quadClass()).isEqualTo(4);
    }

    @Test
    void goldsteinComesFromTheTsv() {
        assertThat(CODEBOOK.lookup("057").orElseThrow().goldstein()).isEqualTo(8.0);
        assertThat(CODEBOOK.lookup("0874").orElseThrow().goldstein()).isEqualTo(10.0);
        assertThat(CODEBOOK.lookup("1246").orElseThrow().goldstein()).isEqualTo(-5.0);
    }

    @Test
    void fixedNamesReadCleanly() {
        assertThat(CODEBOOK.lookup("044").orElseThrow().name()).isEqualTo("Meet at a \u201cthird\u201d location");
        assertThat(CODEBOOK.lookup("0872").orElseThrow().name()).isEqualTo("Ease military blockade");
    }

    @Test
    void unlistedCodesResolveThroughTheirParent() {
        CodeInfo drone = CODEBOOK.lookup("1952").orElseThrow();
        assertThat(CODEBOOK.isListed("1952")).isFalse();
        assertThat(drone.code()).isEqualTo("1952");
        assertThat(drone.name()).isEqualTo("Employ aerial weapons");
        assertThat(drone.goldstein()).isEqualTo(-10.0);
        assertThat(CODEBOOK.lookup("176").orElseThrow().goldstein()).isEqualTo(-7.0);
        assertThat(CODEBOOK.lookup("0213").orElseThrow().name())
                .isEqualTo("Appeal for cooperation, not specified below");
    }

    @Test
    void invalidCodesDoNotResolve() {
        for (String code : List.of("", "1", "21", "00", "99", "12345", "1a2", "---")) {
            assertThat(CODEBOOK.lookup(code)).as(code).isEmpty();
            assertThat(CODEBOOK.isValid(code)).as(code).isFalse();
        }
        assertThat(CODEBOOK.isValid("190")).isTrue();
    }

    @Test
    void everyCodeOfTheBundledVerbDictionaryResolves() {
        VerbDictionary dict = VerbDictionary.loadBundled();
        assertThat(dict.codes())
                .hasSizeGreaterThan(200)
                .allSatisfy(code -> assertThat(CODEBOOK.isValid(code)).as(code).isTrue());
        assertThat(dict.codes().stream()
                        .filter(code -> !CODEBOOK.isListed(code))
                        .toList())
                .containsExactly(
                        "019", "0251", "0255", "0313", "1013", "1031", "1033", "1034", "1053", "1054", "116", "1223",
                        "1224", "1241", "1243", "1244", "1245", "129", "1661", "1662", "176", "1952");
    }

    @Test
    void scaleWeightIsTheFallbackForCodesTheTsvLacks() {
        CameoCodebook small = CameoCodebook.read(
                new StringReader("cameo_code\troot\tgoldstein\n19\t19\t-10.0\n"),
                new StringReader("19:[-10.0] FIGHT\n195:[-9.5] Employ aerial weapons\n"));
        assertThat(small.lookup("195").orElseThrow().goldstein()).isEqualTo(-9.5);
        assertThat(small.lookup("193").orElseThrow().goldstein()).isEqualTo(-10.0);
        assertThat(small.lookup("193").orElseThrow().name()).isEqualTo("FIGHT");
    }
}

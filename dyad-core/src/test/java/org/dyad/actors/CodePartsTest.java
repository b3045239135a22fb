package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.model.ActorKind;
import org.junit.jupiter.api.Test;

class CodePartsTest {
    private final Predicate<String> countries = Set.of("IRN", "SYR", "USA", "SUN", "KOR")::contains;

    private CodeParts parts(String code) {
        return CodeParts.of(code, countries);
    }

    @Test
    void aBareCountryIsAState() {
        assertThat(parts("IRN")).isEqualTo(new CodeParts(Optional.of("IRN"), Optional.empty(), ActorKind.STATE));
    }

    @Test
    void theFirstClassAfterTheCountryIsTheAgent() {
        assertThat(parts("IRNGOVLEG"))
                .isEqualTo(new CodeParts(Optional.of("IRN"), Optional.of("GOV"), ActorKind.STATE));
        assertThat(parts("SYRMIL")).isEqualTo(new CodeParts(Optional.of("SYR"), Optional.of("MIL"), ActorKind.GROUP));
        assertThat(parts("USAMED").kind()).isEqualTo(ActorKind.ORGANIZATION);
        assertThat(parts("SUNGOV").country()).contains("SUN");
    }

    @Test
    void nonStateCodesCarryTheirClassAsAgent() {
        assertThat(parts("IGOUNO"))
                .isEqualTo(new CodeParts(Optional.empty(), Optional.of("IGO"), ActorKind.ORGANIZATION));
        assertThat(parts("NGOUSAHRI"))
                .isEqualTo(new CodeParts(Optional.empty(), Optional.of("NGO"), ActorKind.ORGANIZATION));
        assertThat(parts("MNCUSA").agent()).contains("MNC");
        assertThat(parts("IMGMUSALQ")).isEqualTo(new CodeParts(Optional.empty(), Optional.of("IMG"), ActorKind.GROUP));
        assertThat(parts("REB")).isEqualTo(new CodeParts(Optional.empty(), Optional.of("REB"), ActorKind.GROUP));
    }

    @Test
    void anUnknownHeadIsNeitherCountryNorAgent() {
        CodeParts weu = parts("WEU");
        assertThat(weu.country()).isEmpty();
        assertThat(weu.agent()).isEmpty();
    }

    @Test
    void aCodeShorterThanThreeLettersIsRejected() {
        assertThatThrownBy(() -> parts("IR")).hasMessageContaining("'IR'");
    }
}

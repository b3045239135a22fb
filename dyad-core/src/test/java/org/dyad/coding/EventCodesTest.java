package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.model.EventCode;
import org.dyad.model.Plover;
import org.junit.jupiter.api.Test;

class EventCodesTest {

    static final EventCodes CODES = EventCodes.loadBundled();

    @Test
    void combinesCodebookAndPlover() {
        EventCode code = CODES.of("195").orElseThrow();
        assertThat(code.cameo()).isEqualTo("195");
        assertThat(code.root()).isEqualTo("19");
        assertThat(code.name()).isEqualTo("Employ aerial weapons");
        assertThat(code.goldstein()).isEqualTo(-10.0);
        assertThat(code.quadClass()).isEqualTo(4);
        assertThat(code.plover()).contains(new Plover("ASSAULT", Optional.of("aerial")));
    }

    @Test
    void publicStatementsHaveNoPlover() {
        EventCode code = CODES.of("010").orElseThrow();
        assertThat(code.quadClass()).isEqualTo(1);
        assertThat(code.plover()).isEmpty();
    }

    @Test
    void namesFollowTheCodebookTheVerbDictionaryUses() {
        // CAMEO.SCALE.txt v0.5B1 calls 163 "Halt negotiations"; the later codebook, which the verb
        // dictionary's patterns follow, has it as sanctions.
        assertThat(CODES.of("163").orElseThrow().name()).isEqualTo("Impose embargo, boycott, or sanctions");
        assertThat(CODES.of("166").orElseThrow().name()).isEqualTo("Expel or withdraw");
        assertThat(CODES.of("013").orElseThrow().name()).isEqualTo("Make optimistic comment");
    }

    @Test
    void unknownCodesGiveNothing() {
        assertThat(CODES.of("999")).isEmpty();
        assertThat(CODES.of("")).isEmpty();
    }
}

package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Model records refuse bad values and name them. */
class ModelValidationTest {
    @Test
    void spansNameTheBadValue() {
        assertThatThrownBy(() -> new Span(40, 12)).hasMessage("span end 12 before start 40");
        assertThat(new Span(2, 5).cut("abcdefg")).isEqualTo("cde");
        assertThat(new Span(0, 3).overlaps(new Span(2, 4))).isTrue();
        assertThat(new Span(0, 3).overlaps(new Span(3, 4))).isFalse();
    }

    @Test
    void eventCodesAreValidated() {
        assertThatThrownBy(() -> new EventCode("19x", "n", 0, 4, Optional.empty()))
                .hasMessageContaining("19x");
        assertThatThrownBy(() -> new EventCode("190", "n", -11, 4, Optional.empty()))
                .hasMessageContaining("-11");
        assertThatThrownBy(() -> new EventCode("190", "n", -10, 5, Optional.empty()))
                .hasMessageContaining("5");
        assertThat(new EventCode("1832", "car bombing", -10, 4, Optional.empty()).root())
                .isEqualTo("18");
    }

    @Test
    void aMentionsHeadMustLieInsideIt() {
        Actor a = new Actor("Iran", "IRN", Optional.of("IRN"), Optional.empty(), Optional.empty(), ActorKind.STATE);
        assertThatThrownBy(() -> new ActorMention(0, new Span(2, 4), 5, new Span(0, 4), "Iran", a, java.util.List.of()))
                .hasMessageContaining("head token 5");
    }
}

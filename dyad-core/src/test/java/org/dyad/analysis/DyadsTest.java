package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DyadsTest {

    /** ISR-RUS: 3+2 = 5 events; IRN->ISR: 4; SYR-TUR: 2; USA-CHN: 2 (tie with SYR-TUR). */
    private final List<DyadEvent> events = new Events()
            .add(3, Events.MONDAY, "ISR", "RUS", 1, 2.0)
            .add(2, Events.MONDAY, "RUS", "ISR", 3, -4.0)
            .add(4, Events.MONDAY, "IRN", "ISR", 4, -10.0)
            .add(2, Events.MONDAY, "USA", "CHN", 2, 6.0)
            .add(1, Events.MONDAY, "TUR", "SYR", 4, -9.0)
            .add(1, Events.MONDAY, "SYR", "TUR", 3, -3.0)
            .list();

    @Test
    void ranksUnorderedPairsByTheirEventsInBothDirections() {
        List<DyadActivity> top = Dyads.top(events, 3, false);

        assertThat(top).extracting(a -> a.dyad().label()).containsExactly("ISR-RUS", "IRN-ISR", "CHN-USA");
        assertThat(top.get(0).counts()).isEqualTo(new QuadCounts(3, 0, 2, 0));
        assertThat(top.get(0).meanGoldstein()).isCloseTo((3 * 2.0 - 2 * 4.0) / 5, within(1e-9));
        assertThat(top.get(1).total()).isEqualTo(4);
    }

    @Test
    void directedDyadsSplitThePairs() {
        List<DyadActivity> all = Dyads.all(events, true);

        assertThat(all)
                .extracting(a -> a.dyad().label())
                .containsExactly("IRN->ISR", "ISR->RUS", "RUS->ISR", "USA->CHN", "SYR->TUR", "TUR->SYR");
        assertThat(all.get(2).counts()).isEqualTo(new QuadCounts(0, 0, 2, 0));
    }

    @Test
    void topNeverReturnsMoreThanThereAre() {
        assertThat(Dyads.top(events, 50, false)).hasSize(4);
        assertThat(Dyads.top(events, 0, false)).isEmpty();
        assertThatThrownBy(() -> Dyads.top(events, -1, false)).hasMessageContaining("-1");
    }

    @Test
    void undirectedDyadsAreTheSameWhicheverWayRound() {
        assertThat(Dyad.of("RUS", "ISR", false)).isEqualTo(Dyad.of("ISR", "RUS", false));
        assertThat(Dyad.of("RUS", "ISR", true)).isNotEqualTo(Dyad.of("ISR", "RUS", true));
        assertThatThrownBy(() -> new Dyad("RUS", "ISR", false)).hasMessageContaining("RUS-ISR");
    }
}

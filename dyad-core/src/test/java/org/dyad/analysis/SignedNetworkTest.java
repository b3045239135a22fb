package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dyad.analysis.Events.MONDAY;

import java.util.List;
import org.dyad.analysis.SignedNetwork.Weighting;
import org.junit.jupiter.api.Test;

class SignedNetworkTest {

    /** ISR-RUS +: 3.0 + 4.0 - 1.0 = +6; IRN-RUS -: -8; ISR-SYR neutral: +2 - 2; SYR-SYR loop; IRN-ISR late. */
    static final List<DyadEvent> EVENTS = new Events()
            .add(1, MONDAY, "ISR", "RUS", 1, 3.0)
            .add(1, MONDAY, "RUS", "ISR", 2, 4.0)
            .add(1, MONDAY, "RUS", "ISR", 3, -1.0)
            .add(2, MONDAY, "IRN", "RUS", 4, -4.0)
            .add(1, MONDAY, "ISR", "SYR", 1, 2.0)
            .add(1, MONDAY, "SYR", "ISR", 3, -2.0)
            .add(3, MONDAY, "SYR", "SYR", 4, -10.0)
            .add(1, MONDAY.plusMonths(2), "IRN", "ISR", 4, -10.0)
            .list();

    @Test
    void edgesCarryCountSumMeanSignAndGoldsteinWeight() {
        SignedNetwork network = SignedNetwork.of(EVENTS, DateRange.all(), Weighting.GOLDSTEIN);

        NetworkEdge friends = network.edge("RUS", "ISR").orElseThrow();
        assertThat(friends.a()).isEqualTo("ISR");
        assertThat(friends.count()).isEqualTo(3);
        assertThat(friends.goldsteinSum()).isCloseTo(6.0, within(1e-9));
        assertThat(friends.meanGoldstein()).isCloseTo(2.0, within(1e-9));
        assertThat(friends.sign()).isEqualTo(1);
        assertThat(friends.weight()).isCloseTo(6.0, within(1e-9));
        NetworkEdge enemies = network.edge("IRN", "RUS").orElseThrow();
        assertThat(enemies.sign()).isEqualTo(-1);
        assertThat(enemies.weight()).isCloseTo(8.0, within(1e-9));
        assertThat(network.edge("IRN", "ISR").orElseThrow().sign()).isEqualTo(-1);
    }

    @Test
    void aPairWhoseToneCancelsOutIsKeptAsNeutralWithNoWeight() {
        NetworkEdge neutral = SignedNetwork.of(EVENTS, DateRange.all(), Weighting.GOLDSTEIN)
                .edge("ISR", "SYR")
                .orElseThrow();

        assertThat(neutral.sign()).isZero();
        assertThat(neutral.signSymbol()).isEqualTo("0");
        assertThat(neutral.weight()).isZero();
        assertThat(neutral.count()).isEqualTo(2);
    }

    @Test
    void countWeightingWeighsByEvents() {
        SignedNetwork network = SignedNetwork.of(EVENTS, DateRange.all(), Weighting.COUNT);

        assertThat(network.edges()).extracting(NetworkEdge::weight).containsExactly(1.0, 2.0, 3.0, 2.0);
        assertThat(network.edges())
                .extracting(e -> e.a() + e.signSymbol() + e.b())
                .containsExactly("IRN-ISR", "IRN-RUS", "ISR+RUS", "ISR0SYR");
    }

    @Test
    void loopsAreLeftOutAndNodeCountsAddUpTheirEdges() {
        SignedNetwork network = SignedNetwork.of(EVENTS, DateRange.all(), Weighting.COUNT);

        assertThat(network.nodes())
                .extracting(n -> n.actor() + ":" + n.events())
                .containsExactly("IRN:3", "ISR:6", "RUS:5", "SYR:2");
    }

    @Test
    void theDateRangeFiltersEventsInclusively() {
        SignedNetwork network = SignedNetwork.of(EVENTS, DateRange.between(MONDAY, MONDAY), Weighting.COUNT);

        assertThat(network.edge("IRN", "ISR")).isEmpty();
        assertThat(network.edges()).hasSize(3);
        assertThat(SignedNetwork.of(EVENTS, DateRange.between(MONDAY.plusDays(1), MONDAY.plusYears(1)), Weighting.COUNT)
                        .edges())
                .extracting(e -> e.a() + e.b())
                .containsExactly("IRNISR");
    }
}

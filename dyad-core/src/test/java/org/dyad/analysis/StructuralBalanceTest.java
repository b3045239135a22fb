package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dyad.analysis.SignedNetwork.Weighting;
import org.junit.jupiter.api.Test;

class StructuralBalanceTest {

    /**
     * ISR+RUS (6), RUS-IRN (8), ISR-IRN (10): balanced, weight 6. IRN+SYR (4), RUS+SYR (2) with
     * RUS-IRN: unbalanced, weight 2. ISR and SYR are neutral (0): no triad through them.
     */
    private final List<DyadEvent> events = new Events()
            .add(2, Events.MONDAY, "ISR", "RUS", 1, 3.0)
            .add(2, Events.MONDAY, "RUS", "IRN", 4, -4.0)
            .add(1, Events.MONDAY, "ISR", "IRN", 4, -10.0)
            .add(1, Events.MONDAY, "IRN", "SYR", 2, 4.0)
            .add(1, Events.MONDAY, "SYR", "RUS", 1, 2.0)
            .add(1, Events.MONDAY, "ISR", "SYR", 1, 1.0)
            .add(1, Events.MONDAY, "ISR", "SYR", 3, -1.0)
            .list();

    @Test
    void findsEveryTriadWithThreeSignedEdgesOnce() {
        List<Triad> triads = StructuralBalance.triads(SignedNetwork.of(events, DateRange.all(), Weighting.GOLDSTEIN));

        assertThat(triads)
                .extracting(Triad::label)
                .containsExactly("IRN-ISR ISR+RUS IRN-RUS", "IRN-RUS RUS+SYR IRN+SYR");
        assertThat(triads.get(0).balanced()).isTrue();
        assertThat(triads.get(1).balanced()).isFalse();
        assertThat(triads).extracting(Triad::weight).containsExactly(6.0, 2.0);
    }

    @Test
    void reportsSharesAndTheUnbalancedTriadsHeaviestFirst() {
        BalanceReport report = StructuralBalance.of(SignedNetwork.of(events, DateRange.all(), Weighting.GOLDSTEIN));

        assertThat(report.triads()).isEqualTo(2);
        assertThat(report.balancedTriads()).isEqualTo(1);
        assertThat(report.balancedShare().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(report.weightedBalancedShare().getAsDouble()).isCloseTo(6.0 / 8.0, within(1e-9));
        assertThat(report.unbalanced()).extracting(Triad::label).containsExactly("IRN-RUS RUS+SYR IRN+SYR");
    }

    @Test
    void allFriendsIsBalancedAndTwoFriendsWithAFeudIsNot() {
        assertThat(new Triad("A", "B", "C", 1, 1, 1, 1).balanced()).isTrue();
        assertThat(new Triad("A", "B", "C", -1, -1, -1, 1).balanced()).isFalse();
        assertThat(new Triad("A", "B", "C", 1, 1, -1, 1).balanced()).isFalse();
        assertThat(new Triad("A", "B", "C", 1, -1, -1, 1).balanced()).isTrue();
    }

    @Test
    void aNetworkWithoutTriadsHasNoShare() {
        BalanceReport report =
                StructuralBalance.of(SignedNetwork.of(events.subList(0, 2), DateRange.all(), Weighting.COUNT));

        assertThat(report.triads()).isZero();
        assertThat(report.balancedShare()).isEmpty();
        assertThat(report.weightedBalancedShare()).isEmpty();
    }
}

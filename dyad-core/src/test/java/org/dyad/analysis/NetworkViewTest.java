package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.analysis.Events.MONDAY;

import org.dyad.analysis.SignedNetwork.Weighting;
import org.junit.jupiter.api.Test;

class NetworkViewTest {
    /**
     * Events per actor: USA 4+3+1+1 = 9, IRN 4+2+1 = 7, RUS 3+2+1 = 6, ISR 1+1 = 2, ZWE 1+1 = 2, CUB 1, SYR 1.
     * Eight ties: IRN-USA 4, RUS-USA 3, IRN-RUS 2, and five of one event each.
     */
    static final SignedNetwork NETWORK = SignedNetwork.of(
            new Events()
                    .add(4, MONDAY, "USA", "IRN", 3, -2.0)
                    .add(3, MONDAY, "RUS", "USA", 1, 1.0)
                    .add(2, MONDAY, "IRN", "RUS", 1, 3.0)
                    .add(1, MONDAY, "ISR", "USA", 4, -10.0)
                    .add(1, MONDAY, "USA", "CUB", 3, -4.0)
                    .add(1, MONDAY, "IRN", "SYR", 2, 5.0)
                    .add(1, MONDAY, "ISR", "ZWE", 1, 1.0)
                    .add(1, MONDAY, "RUS", "ZWE", 1, 1.0)
                    .list(),
            DateRange.all(),
            Weighting.COUNT);

    @Test
    void theStrongestActorsAndTheirTiesAtTheMinimum() {
        NetworkView view = NetworkView.strongest(NETWORK, 3, 2);

        assertThat(view.nodes()).extracting(NetworkNode::actor).containsExactly("USA", "IRN", "RUS");
        assertThat(view.nodes()).extracting(NetworkNode::events).containsExactly(9, 7, 6);
        assertThat(view.edges())
                .extracting(e -> e.a() + "-" + e.b() + ":" + e.count())
                .containsExactly("IRN-RUS:2", "IRN-USA:4", "RUS-USA:3");
        assertThat(view.totalNodes()).isEqualTo(7);
        assertThat(view.totalEdges()).isEqualTo(8);
    }

    @Test
    void aHigherMinimumDropsWeakTiesAndTiesOfActorsBeyondTheTopAreNeverSent() {
        NetworkView view = NetworkView.strongest(NETWORK, 4, 3);

        // ISR (2 events) is fourth; its only tie in the top four, ISR-USA, has 1 event.
        assertThat(view.nodes()).extracting(NetworkNode::actor).containsExactly("USA", "IRN", "RUS", "ISR");
        assertThat(view.edges()).extracting(e -> e.a() + "-" + e.b()).containsExactly("IRN-USA", "RUS-USA");
    }

    @Test
    void equalCountsAreBrokenByCode() {
        // ISR and ZWE have 2 each, CUB and SYR 1 each: alphabetically within each count.
        assertThat(NetworkView.strongest(NETWORK, 6, 1).nodes())
                .extracting(NetworkNode::actor)
                .containsExactly("USA", "IRN", "RUS", "ISR", "ZWE", "CUB");
    }

    @Test
    void anActorsNeighbourhoodHasEveryTieHoweverWeak() {
        NetworkView view = NetworkView.around(NETWORK, "ISR", 10).orElseThrow();

        assertThat(view.nodes()).extracting(NetworkNode::actor).containsExactly("USA", "ISR", "ZWE");
        assertThat(view.edges()).extracting(e -> e.a() + "-" + e.b()).containsExactly("ISR-USA", "ISR-ZWE");
        assertThat(view.totalEdges()).isEqualTo(8);
    }

    @Test
    void aNeighbourhoodPastTheMaximumKeepsTheStrongestTies() {
        // USA's ties: IRN 4, RUS 3, CUB 1, ISR 1: the two strongest.
        NetworkView view = NetworkView.around(NETWORK, "USA", 2).orElseThrow();

        assertThat(view.edges()).extracting(e -> e.other("USA")).containsExactly("IRN", "RUS");
        assertThat(view.nodes()).extracting(NetworkNode::actor).containsExactly("USA", "IRN", "RUS");
        assertThat(NetworkView.around(NETWORK, "FRA", 2)).isEmpty();
    }
}

package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Event;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** Event ids are stable and tell events apart; confidence stays in 0..1. */
class EventFactoryTest {
    private final CodingFixture fixture = new CodingFixture();
    private final String conll = """
            1 Iranian Iranian JJ MISC 2 amod
            2 operatives operative NNS O 3 nsubj
            3 accused accuse VBD O 0 root
            4 Syrian Syrian JJ MISC 7 amod
            5 and and CC O 6 cc
            6 Russian Russian JJ MISC 4 conj
            7 officials official NNS O 3 obj
            """;

    @Test
    void idsAreStableAcrossRunsAndDifferBetweenEvents() {
        var first = fixture.code(Sentences.of(conll)).events();
        var again = new CodingFixture().code(Sentences.of(conll)).events();
        assertThat(first)
                .extracting(Event::eventId)
                .containsExactlyElementsOf(again.stream().map(Event::eventId).toList());
        assertThat(first.get(0).eventId()).isNotEqualTo(first.get(1).eventId()).startsWith("e-");
    }

    @Test
    void confidenceRewardsBothRolesAndStaysInRange() {
        var events = fixture.code(Sentences.of(conll)).events();
        assertThat(events).allSatisfy(e -> assertThat(e.confidence()).isBetween(0.0, 1.0));
        // 0.45, and 0.25 for each party named; asserted, no pattern matched, not negated; an
        // accusation is verbal (quad class 3): 0.15 less between two states both named.
        assertThat(events.get(0).confidence()).isEqualTo(0.8);
    }

    @Test
    void materialConflictKeepsWhatVerbalActsBetweenNamedStatesLose() {
        String attack = conll.replace("accused accuse VBD", "targeted target VBD");
        var events = fixture.code(Sentences.of(attack)).events();
        assertThat(events.get(0).code().quadClass()).isEqualTo(4);
        assertThat(events.get(0).confidence()).isEqualTo(0.95);
    }

    @Test
    void verbalActsTowardsOnesOwnSideLoseMore() {
        String own = conll.replace("4 Syrian Syrian JJ", "4 Iranian Iranian JJ");
        var events = fixture.code(Sentences.of(own)).events();
        var towardsIran = events.stream()
                .filter(e -> e.target()
                        .flatMap(t -> t.actor().country())
                        .equals(e.source().flatMap(x -> x.actor().country())))
                .findFirst()
                .orElseThrow();
        // 0.45 + 0.25 + 0.25 - 0.25: an Iranian accusing Iranians is no act between named states.
        assertThat(towardsIran.confidence()).isEqualTo(0.7);
    }
}

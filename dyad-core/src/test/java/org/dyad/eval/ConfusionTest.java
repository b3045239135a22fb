package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.Events.event;
import static org.dyad.eval.ScorerTest.score;
import static org.dyad.eval.ScorerTest.single;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The PLOVER confusion table: what each gold type was coded as, by the event with the gold's roles in its sentence. */
class ConfusionTest {
    private static final String ROLES = "\"source\": {\"country\": \"ISR\"}, \"target\": {\"country\": \"IRN\"}";

    @Test
    void eachGoldTypeRowCountsTheTypeOfTheEventWithItsRoles() {
        Score s = score(
                single(
                        "{\"sentence\": \"struck\", \"plover\": [\"ASSAULT\"], " + ROLES + "}",
                        "{\"sentence\": \"warned\", \"plover\": [\"ASSAULT\"], " + ROLES + "}",
                        "{\"sentence\": \"said\", \"plover\": [\"ACCUSE\"], " + ROLES + "}",
                        "{\"sentence\": \"left\", \"plover\": [\"ACCUSE\"], " + ROLES + "}",
                        "{\"sentence\": \"struck\", \"cameo_root\": [\"19\"]}"),
                event("a", "Israel struck Iran.", "190", "ASSAULT", "ISR/ISR", "IRN/IRN"),
                event("a", "Israel warned Iran.", "130", "THREATEN", "ISR/ISR", "IRN/IRN"),
                event("a", "Israel warned Iran.", "190", "ASSAULT", "IRN/IRN", "ISR/ISR"),
                event("a", "Israel said so to Iran.", "010", null, "ISR/ISR", "IRN/IRN"),
                event("a", "Iran left.", "190", "ASSAULT", "IRN/IRN", ""));
        Confusion c = Confusion.of(s.outcomes());

        assertThat(c.rows()).containsExactly("ACCUSE", "ASSAULT");
        assertThat(c.count("ASSAULT", "ASSAULT")).isEqualTo(1);
        assertThat(c.count("ASSAULT", "THREATEN"))
                .as("the reversed ASSAULT has the wrong roles")
                .isEqualTo(1);
        assertThat(c.count("ACCUSE", GoldOutcome.NO_TYPE)).isEqualTo(1);
        assertThat(c.count("ACCUSE", GoldOutcome.NO_EVENT))
                .as("an event in the sentence but not with the roles")
                .isEqualTo(1);
        assertThat(c.columns()).containsExactly("ASSAULT", "THREATEN", GoldOutcome.NO_TYPE, GoldOutcome.NO_EVENT);
        assertThat(c.rowTotal("ASSAULT")).isEqualTo(2);
        assertThat(c.rowRight("ASSAULT")).isEqualTo(1);
        assertThat(c.rowRight("ACCUSE")).isZero();
    }

    @Test
    void aListOfGoldTypesIsOneRowAndEitherTypeIsRight() {
        Score s = score(
                single("{\"plover\": [\"AID\", \"SUPPORT\"]}"),
                event("a", "Iran supported Syria.", "050", "SUPPORT", "IRN/IRN", "SYR/SYR"));
        Confusion c = Confusion.of(s.outcomes());
        assertThat(c.rows()).containsExactly("AID|SUPPORT");
        assertThat(c.rowRight("AID|SUPPORT")).isEqualTo(1);
    }

    @Test
    void goldEventsWithoutPloverTypesAreNotInTheTable() {
        Score s = score(
                single("{\"cameo_root\": [\"19\"]}"),
                event("a", "Israel struck Iran.", "190", "ASSAULT", "ISR/ISR", "IRN/IRN"));
        assertThat(Confusion.of(s.outcomes()).isEmpty()).isTrue();
        assertThat(Confusion.of(List.of()).columns()).isEmpty();
    }
}

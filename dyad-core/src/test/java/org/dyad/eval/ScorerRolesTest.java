package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.Events.event;
import static org.dyad.eval.ScorerTest.single;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scorer with each {@link Roles} setting, as {@code score_events.py --roles} applies it. */
class ScorerRolesTest {
    private static final String S1 = "Syrian troops shelled Iranian positions.";

    private static Score score(Roles roles, GoldFile gold, Events... events) {
        return new Scorer(roles)
                .score(gold, Stream.of(events).map(Events::build).toList());
    }

    /** Core hits out of core gold events for full, country and none, in that order. */
    private static List<String> coreByRoles(GoldFile gold, Events... events) {
        return Stream.of(Roles.FULL, Roles.COUNTRY, Roles.NONE)
                .map(r -> score(r, gold, events))
                .map(s -> s.count(Measure.CORE).hit() + "/"
                        + s.count(Measure.CORE).of())
                .toList();
    }

    @Test
    void countryIgnoresTheGoldsAgentsAndPatronsButNotItsCountries() {
        Events e = event("a", S1, "190", "ASSAULT", "SYRMIL/SYR/MIL/RUS", "IRN/IRN");
        assertThat(coreByRoles(single("{\"source\": {\"country\": \"SYR\", \"agent\": \"GOV\"}}"), e))
                .containsExactly("0/1", "1/1", "1/1");
        assertThat(coreByRoles(single("{\"source\": {\"country\": \"SYR\", \"patron\": \"IRN\"}}"), e))
                .containsExactly("0/1", "1/1", "1/1");
        assertThat(coreByRoles(single("{\"source\": {\"country\": \"TUR\", \"agent\": \"MIL\"}}"), e))
                .as("a wrong country")
                .containsExactly("0/1", "0/1", "1/1");
        assertThat(coreByRoles(single("{\"target\": {\"country\": null, \"agent\": \"MIL\"}}"), e))
                .as("a null country still asks for an actor with none")
                .containsExactly("0/1", "0/1", "1/1");
    }

    @Test
    void aRoleLeftWithNothingToCheckLetsAMissingActorPass() {
        Events noTarget = event("a", S1, "190", "ASSAULT", "SYR/SYR", "");
        assertThat(coreByRoles(single("{\"target\": {\"patron\": \"IRN\"}}"), noTarget))
                .containsExactly("0/1", "1/1", "1/1");
        assertThat(coreByRoles(single("{\"target\": {\"country\": \"IRN\"}}"), noTarget))
                .containsExactly("0/1", "0/1", "1/1");
    }

    @Test
    void noneStillNeedsTheSentenceAndTheCode() {
        Events e = event("a", S1, "190", "ASSAULT", "SYR/SYR", "IRN/IRN");
        assertThat(coreByRoles(single("{\"plover\": [\"COERCE\"], \"source\": {\"country\": \"SYR\"}}"), e))
                .containsExactly("0/1", "0/1", "0/1");
        assertThat(coreByRoles(single("{\"sentence\": \"troops fired\", \"source\": {\"country\": \"SYR\"}}"), e))
                .containsExactly("0/1", "0/1", "0/1");
    }

    @Test
    void theConfusionTableTakesItsEventsByTheSameRolesAsTheMatching() {
        GoldFile gold = single("{\"plover\": [\"ASSAULT\"], \"source\": {\"country\": \"ISR\"}}");
        Events e = event("a", S1, "190", "ASSAULT", "SYR/SYR", "IRN/IRN");
        Score full = score(Roles.FULL, gold, e);
        Score none = score(Roles.NONE, gold, e);

        assertThat(Confusion.of(full.outcomes()).count("ASSAULT", GoldOutcome.NO_EVENT))
                .isEqualTo(1);
        assertThat(Confusion.of(none.outcomes()).rowRight("ASSAULT"))
                .as("the matched event is on the diagonal")
                .isEqualTo(none.count(Measure.CORE).hit())
                .isEqualTo(1);
        assertThat(table(full)).contains("best coded event with the gold's roles in its sentence");
        assertThat(table(score(Roles.COUNTRY, gold, e)))
                .contains("best coded event with the gold's countries in its sentence");
        assertThat(table(none)).contains("best coded event in its sentence");
    }

    @Test
    void theSettingIsKeptInTheScoreAndNamedAsOnTheCommandLine() {
        assertThat(new Scorer().score(single(), List.of()).roles()).isEqualTo(Roles.FULL);
        assertThat(score(Roles.NONE, single()).roles()).isEqualTo(Roles.NONE);
        assertThat(Stream.of(Roles.values()).map(Roles::toString)).containsExactly("full", "country", "none");
    }

    private static String table(Score s) {
        StringWriter text = new StringWriter();
        new GoldReportText(new PrintWriter(text)).write(new GoldReport(s, Confusion.of(s.outcomes()), List.of()));
        return text.toString();
    }
}

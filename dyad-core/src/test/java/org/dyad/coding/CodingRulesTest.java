package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.coding.Decision.Outcome;
import org.dyad.format.EventLine;
import org.dyad.model.Event;
import org.dyad.model.Status;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** The coding rules on hand-built dependency trees: roles, embeddings, modality, statements. */
class CodingRulesTest {
    private final CodingFixture fixture = new CodingFixture();

    private List<String> lines(SentenceCoding coding) {
        return coding.events().stream().map(EventLine::render).toList();
    }

    @Test
    void conjoinedDemonymsGiveOneEventPerTarget() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Iranian Iranian JJ MISC 2 amod
                2 operatives operative NNS O 3 nsubj
                3 accused accuse VBD O 0 root
                4 Syrian Syrian JJ MISC 7 amod
                5 and and CC O 6 cc
                6 Russian Russian JJ MISC 4 conj
                7 officials official NNS O 3 obj
                8 . . . O 3 punct
                """));
        assertThat(lines(c))
                .containsExactly(
                        "[s1] IRN -112-> SYR \"accused\" asserted @- 2019-05-13",
                        "[s1] IRN -112-> RUS \"accused\" asserted @- 2019-05-13");
    }

    @Test
    void passiveParticipleTakesTheByPhraseAsSourceAndSharesThePatronAcrossConjuncts() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Iran Iran NNP LOCATION 3 obl
                2 - - HYPH O 3 punct
                3 linked link VBN O 4 amod
                4 bases base NNS O 0 root
                5 and and CC O 6 cc
                6 groups group NNS O 4 conj
                7 being be VBG O 8 aux:pass
                8 targeted target VBN O 6 acl
                9 by by IN O 10 case
                10 Israel Israel NNP LOCATION 8 obl
                11 . . . O 4 punct
                """));
        assertThat(c.events()).hasSize(1);
        Event e = c.events().get(0);
        assertThat(e.code().cameo()).isEqualTo("190");
        assertThat(e.source().orElseThrow().actor().country()).contains("ISR");
        assertThat(e.target().orElseThrow().actor().patron()).contains("IRN");
        assertThat(e.target().orElseThrow().actor().country()).isEmpty();
        assertThat(e.target().orElseThrow().text()).isEqualTo("groups");
    }

    @Test
    void multiWordVerbAndSubjectSharedByConjoinedVerbs() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Israel Israel NNP LOCATION 3 nsubj
                2 has have VBZ O 3 aux
                3 taken take VBN O 0 root
                4 advantage advantage NN O 3 obj
                5 and and CC O 6 cc
                6 sided side VBD O 3 conj
                7 with with IN O 8 case
                8 Russia Russia NNP LOCATION 6 obl
                9 . . . O 3 punct
                """));
        assertThat(lines(c)).containsExactly("[s1] ISR -050-> RUS \"sided with\" asserted @- 2019-05-13");
        // "take" is a light verb: with no event noun as its object ("advantage"), no event.
        assertThat(c.decisions()).anySatisfy(d -> {
            assertThat(d.word()).isEqualTo("taken");
            assertThat(d.outcome()).isEqualTo(Outcome.NULL_CODE);
            assertThat(d.detail()).contains("light verb");
        });
    }

    @Test
    void agreeingToAnUncodedActIsAnIntentToCooperateBetweenConjoinedParties() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Jordan Jordan NNP LOCATION 4 nsubj
                2 and and CC O 3 cc
                3 Britain Britain NNP LOCATION 1 conj
                4 agreed agree VBD O 0 root
                5 to to TO O 6 mark
                6 undertake undertake VB O 4 xcomp
                7 exercises exercise NNS O 6 obj
                8 . . . O 4 punct
                """));
        assertThat(lines(c))
                .containsExactly("[s1] JOR -030-> GBR \"agreed to undertake\" asserted symmetric @- 2019-05-13");
        assertThat(c.decisions()).anySatisfy(d -> {
            assertThat(d.word()).isEqualTo("undertake");
            assertThat(d.outcome()).isEqualTo(Outcome.EMBEDDED);
        });
    }

    @Test
    void patternOnThePrepositionalObjectDecidesTheCode() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Syria Syria NNP LOCATION 2 nsubj
                2 agreed agree VBD O 0 root
                3 to to IN O 5 case
                4 a a DT O 5 det
                5 truce truce NN O 2 obl
                6 with with IN O 7 case
                7 Israel Israel NNP LOCATION 2 obl
                8 . . . O 2 punct
                """));
        assertThat(lines(c)).containsExactly("[s1] SYR -0356-> ISR \"agreed\" asserted @- 2019-05-13");
        assertThat(c.events().get(0).rule()).contains("pattern line");
    }

    @Test
    void bareNounPatternsMatchTheObjectNotAnOblique() {
        SentenceCoding inObject = fixture.code(Sentences.of("""
                1 Egypt Egypt NNP LOCATION 2 nsubj
                2 arranged arrange VBD O 0 root
                3 a a DT O 4 det
                4 truce truce NN O 2 obj
                5 with with IN O 6 case
                6 Israel Israel NNP LOCATION 2 obl
                7 . . . O 2 punct
                """));
        assertThat(lines(inObject)).containsExactly("[s1] EGY -0356-> ISR \"arranged\" asserted @- 2019-05-13");
        SentenceCoding inOblique = fixture.code(Sentences.of("""
                1 Egypt Egypt NNP LOCATION 2 nsubj
                2 arranged arrange VBD O 0 root
                3 talks talk NNS O 2 obj
                4 during during IN O 6 case
                5 a a DT O 6 det
                6 visit visit NN O 2 obl
                7 . . . O 2 punct
                """));
        // "visit" in an oblique does not trigger the verb's VISIT pattern (036); the event is
        // in the object instead: arranging talks is consulting.
        assertThat(inOblique.events()).extracting(e -> e.code().cameo()).containsExactly("040");
        assertThat(inOblique.events().get(0).trigger().text()).isEqualTo("arranged talks");
    }

    @Test
    void reportedFutureSupportIsAnIntentOfTheSpeakerWhenTheSubjectIsAPronoun() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Hungary Hungary NNP LOCATION 2 nsubj
                2 said say VBD O 0 root
                3 it it PRP O 5 nsubj
                4 will will MD O 5 aux
                5 support support VB O 2 ccomp
                6 Serbia Serbia NNP LOCATION 5 obj
                7 . . . O 2 punct
                """));
        assertThat(lines(c)).containsExactly("[s1] HUN -032-> SRB \"support\" future @- 2019-05-13 per:Hungary");
        assertThat(c.decisions()).anySatisfy(d -> {
            assertThat(d.word()).isEqualTo("said");
            assertThat(d.outcome()).isEqualTo(Outcome.STATEMENT);
        });
    }

    @Test
    void anObligationUnderAReportingVerbIsTheSpeakersDemand() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Britain Britain NNP LOCATION 2 nsubj
                2 said say VBD O 0 root
                3 Libya Libya NNP LOCATION 5 nsubj
                4 must must MD O 5 aux
                5 hand hand VB O 2 ccomp
                6 over over RP O 5 compound:prt
                7 suspects suspect NNS O 5 obj
                8 . . . O 2 punct
                """));
        assertThat(c.events()).hasSize(1);
        Event e = c.events().get(0);
        assertThat(e.code().cameo()).isEqualTo("100");
        assertThat(e.source().orElseThrow().actor().code()).isEqualTo("GBR");
        assertThat(e.target().orElseThrow().actor().code()).isEqualTo("LBY");
    }

    @Test
    void deniedCooperationIsARejection() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Syria Syria NNP LOCATION 4 nsubj
                2 will will MD O 4 aux
                3 not not RB O 4 advmod
                4 accept accept VB O 0 root
                5 Iraqi Iraqi JJ MISC 6 amod
                6 refugees refugee NNS O 4 obj
                7 . . . O 4 punct
                """));
        assertThat(c.events()).hasSize(1);
        Event e = c.events().get(0);
        assertThat(e.code().root()).isEqualTo("12");
        assertThat(e.negated()).isFalse();
        assertThat(e.rule()).contains("rejection");
    }

    @Test
    void aConditionalAnnouncementIsAThreat() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Nigeria Nigeria NNP LOCATION 3 nsubj
                2 will will MD O 3 aux
                3 withdraw withdraw VB O 0 root
                4 troops troop NNS O 3 obj
                5 from from IN O 6 case
                6 Chad Chad NNP LOCATION 3 obl
                7 unless unless IN O 9 mark
                8 rebels rebel NNS O 9 nsubj
                9 stop stop VB O 3 advcl
                10 . . . O 3 punct
                """));
        assertThat(lines(c)).containsExactly("[s1] NGA -136-> TCD \"withdraw\" future @- 2019-05-13");
    }

    @Test
    void anAppealGoesToTheAddresseeOfTheEmbeddingVerb() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Egypt Egypt NNP LOCATION 2 nsubj
                2 urged urge VBD O 0 root
                3 Syria Syria NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 pull pull VB O 2 xcomp
                6 out out RP O 5 compound:prt
                7 . . . O 2 punct
                """));
        assertThat(lines(c)).containsExactly("[s1] EGY -025-> SYR \"urged\" asserted @- 2019-05-13");
    }

    @Test
    void aBareStatementIsNotAnEventButAStatementToSomeoneIs() {
        SentenceCoding bare = fixture.code(Sentences.of("""
                1 Israel Israel NNP LOCATION 2 nsubj
                2 said say VBD O 0 root
                3 talks talk NNS O 4 nsubj
                4 failed fail VBD O 2 ccomp
                5 . . . O 2 punct
                """));
        assertThat(bare.events()).isEmpty();
        SentenceCoding addressed = fixture.code(Sentences.of("""
                1 Israel Israel NNP LOCATION 2 nsubj
                2 conveyed convey VBD O 0 root
                3 a a DT O 4 det
                4 message message NN O 2 obj
                5 to to IN O 6 case
                6 Baghdad Baghdad NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertThat(lines(addressed)).containsExactly("[s1] ISR -010-> IRQGOV \"conveyed\" asserted @- 2019-05-13");
        assertThat(addressed.events().get(0).code().plover()).isEmpty();
    }

    @Test
    void noActorNoEventAndTheDecisionSaysWhy() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Gunmen gunman NNS O 2 nsubj
                2 targeted target VBD O 0 root
                3 a a DT O 4 det
                4 convoy convoy NN O 2 obj
                5 . . . O 2 punct
                """));
        assertThat(c.events()).isEmpty();
        assertThat(c.decisions()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.NO_ACTORS);
            assertThat(d.detail()).contains("190");
        });
    }

    @Test
    void patronParticiplesAreNotEvents() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Israel Israel NNP LOCATION 2 nsubj
                2 warned warn VBD O 0 root
                3 forces force NNS O 2 obj
                4 linked link VBN O 3 acl
                5 to to IN O 6 case
                6 Moscow Moscow NNP LOCATION 4 obl
                7 . . . O 2 punct
                """));
        assertThat(c.decisions()).extracting(Decision::word).containsExactly("warned");
        Event e = c.events().get(0);
        assertThat(e.target().orElseThrow().actor().patron()).contains("RUS");
        assertThat(e.status()).isEqualTo(Status.ASSERTED);
    }
}

package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.format.EventLine;
import org.dyad.model.Event;
import org.dyad.model.Status;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/**
 * Constructions an analyst reads past the verb: light verbs, event nouns as subjects, threats
 * aimed at an if-clause's subject, protests at their purpose or the protesters' government,
 * unidentified attackers where an attack happened, and the status a sentence gives an event.
 */
class ConstructionsTest {
    private final CodingFixture fixture = new CodingFixture();

    private List<String> lines(SentenceCoding c) {
        return c.events().stream().map(EventLine::render).toList();
    }

    @Test
    void aLightVerbLendsItsSubjectToTheEventInItsObject() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Israel Israel NNP LOCATION 2 nsubj
                2 launched launch VBD O 0 root
                3 air air NN O 4 compound
                4 strikes strike NNS O 2 obj
                5 against against IN O 6 case
                6 Syria Syria NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertThat(lines(c)).containsExactly("[s1] ISR -195-> SYR \"launched air strikes\" asserted @- 2019-05-13");
    }

    @Test
    void anEventNounThatIsTheSubjectSaysWhatHappenedToTheObject() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 A a DT O 3 det
                2 car car NN O 3 compound
                3 bombing bombing NN O 4 nsubj
                4 killed kill VBD O 0 root
                5 Iraqi Iraqi JJ MISC 6 amod
                6 troops troop NNS O 4 obj
                7 in in IN O 8 case
                8 Baghdad Baghdad NNP LOCATION 4 obl
                9 . . . O 4 punct
                """));
        assertThat(c.events()).singleElement().satisfies(e -> {
            assertThat(e.code().cameo()).isEqualTo("1832");
            assertThat(e.trigger().text()).isEqualTo("car bombing killed");
            assertThat(e.target().orElseThrow().actor().code()).isEqualTo("IRQMIL");
            // Nobody is named as the bombers: unidentified armed men of the country where it happened.
            assertThat(e.source().orElseThrow().actor().code()).isEqualTo("IRQUAF");
            assertThat(e.source().orElseThrow().evidence()).anyMatch(s -> s.startsWith("implicit source"));
        });
    }

    @Test
    void aPlaceTheParserHungFromTheInstrumentStillPlacesTheUnnamedAttackers() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 American American JJ MISC 2 amod
                2 troops troop NNS O 4 nsubj:pass
                3 were be VBD O 4 aux:pass
                4 targeted target VBN O 0 root
                5 by by IN O 7 case
                6 a a DT O 7 det
                7 bomb bomb NN O 4 obl
                8 outside outside IN O 9 case
                9 Baghdad Baghdad NNP LOCATION 7 nmod
                10 . . . O 4 punct
                """));
        assertThat(c.events()).singleElement().satisfies(e -> {
            assertThat(e.target().orElseThrow().actor().code()).isEqualTo("USAMIL");
            assertThat(e.source().orElseThrow().actor().code()).isEqualTo("IRQUAF");
            assertThat(e.source().orElseThrow().evidence()).anyMatch(s -> s.startsWith("implicit source"));
        });
    }

    @Test
    void aComplaintIsAgainstWhomItIsAboutNotWhomItIsMadeTo() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Syria Syria NNP LOCATION 2 nsubj
                2 complained complain VBD O 0 root
                3 to to IN O 4 case
                4 Russia Russia NNP LOCATION 2 obl
                5 over over IN O 8 case
                6 Israeli Israeli JJ MISC 8 amod
                7 air air NN O 8 compound
                8 strikes strike NNS O 2 obl
                9 . . . O 2 punct
                """));
        assertThat(lines(c)).contains("[s1] SYR -114-> ISR \"complained\" asserted @- 2019-05-13");
    }

    @Test
    void aJudgmentTakesItsCodeFromThePredicateNotTheVerb() {
        SentenceCoding hostile = fixture.code(Sentences.of("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 considers consider VBZ O 0 root
                3 Iran Iran NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 presence presence NN O 2 obj
                6 as as IN O 8 case
                7 an an DT O 8 det
                8 element element NN O 2 obl
                9 undermining undermine VBG O 8 acl
                10 peace peace NN O 9 obj
                11 . . . O 2 punct
                """));
        assertThat(lines(hostile)).containsExactly("[s1] RUS -110-> IRN \"considers\" asserted @- 2019-05-13");
        SentenceCoding friendly = fixture.code(Sentences.of("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 considers consider VBZ O 0 root
                3 Iran Iran NNP LOCATION 5 nsubj
                4 a a DT O 5 det
                5 partner partner NN O 2 xcomp
                6 . . . O 2 punct
                """));
        assertThat(lines(friendly)).containsExactly("[s1] RUS -051-> IRN \"considers\" asserted @- 2019-05-13");
        SentenceCoding neutral = fixture.code(Sentences.of("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 considers consider VBZ O 0 root
                3 Iran Iran NNP LOCATION 5 nsubj
                4 a a DT O 5 det
                5 neighbour neighbour NN O 2 xcomp
                6 . . . O 2 punct
                """));
        assertThat(neutral.events()).isEmpty();
    }

    @Test
    void reportsParsedAsTheSubjectStillReportAndLeaveTheRealSubjectItsPlace() {
        // "Moscow" became the object of "indicate", and "indicate" the clausal subject of "put".
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Reports report NNS O 2 nsubj
                2 indicate indicate VBP O 5 csubj
                3 Moscow Moscow NNP LOCATION 2 obj
                4 has have VBZ O 5 aux
                5 put put VBN O 0 root
                6 forward forward RP O 5 compound:prt
                7 an an DT O 8 det
                8 agreement agreement NN O 5 obj
                9 . . . O 5 punct
                """));
        // "put forward" proposes (an intent), where "put" alone would lend its noun's code, 057.
        assertThat(lines(c))
                .containsExactly(
                        "[s1] RUSGOV -032-> - \"put forward an agreement\" reported @- 2019-05-13 per:Reports");
    }

    @Test
    void anEmbeddedLightVerbCarriesItsEventNounsEvent() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Iran Iran NNP LOCATION 2 nsubj
                2 agreed agree VBD O 0 root
                3 to to TO O 4 mark
                4 hold hold VB O 2 xcomp
                5 talks talk NNS O 4 obj
                6 with with IN O 7 case
                7 Russia Russia NNP LOCATION 5 nmod
                8 . . . O 2 punct
                """));
        // An intent to meet (036), not an intent to cooperate in general (030).
        assertThat(lines(c)).containsExactly("[s1] IRN -036-> RUS \"agreed to hold talks\" asserted @- 2019-05-13");
    }

    @Test
    void aThreatIsAimedAtTheSubjectOfItsCondition() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 threatened threaten VBD O 0 root
                3 to to TO O 4 mark
                4 withdraw withdraw VB O 2 xcomp
                5 if if IN O 8 mark
                6 the the DT O 7 det
                7 Israelis Israeli NNPS MISC 8 nsubj
                8 attack attack VBP O 4 advcl
                9 . . . O 2 punct
                """));
        assertThat(c.events()).anySatisfy(e -> {
            assertThat(e.code().root()).isEqualTo("13");
            assertThat(e.source().orElseThrow().actor().code()).isEqualTo("RUS");
            assertThat(e.target().orElseThrow().actor().country()).contains("ISR");
        });
    }

    @Test
    void aProtestWithNoTargetIsAimedAtTheProtestersOwnGovernment() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Nigerian Nigerian JJ MISC 2 amod
                2 rebels rebel NNS O 3 nsubj
                3 staged stage VBD O 0 root
                4 a a DT O 5 det
                5 protest protest NN O 3 obj
                6 . . . O 3 punct
                """));
        assertThat(c.events()).singleElement().satisfies(e -> {
            assertThat(e.code().cameo()).isEqualTo("141");
            assertThat(e.source().orElseThrow().actor().code()).isEqualTo("NGAREB");
            assertThat(e.target().orElseThrow().actor().code()).isEqualTo("NGAGOV");
            assertThat(e.target().orElseThrow().evidence()).anyMatch(s -> s.startsWith("implicit target"));
        });
    }

    @Test
    void rejectingSomethingIsARejectionEvenWhereTheVerbHasNoCodeOfItsOwn() {
        SentenceCoding c = fixture.code(Sentences.of("""
                1 Syria Syria NNP LOCATION 2 nsubj
                2 refused refuse VBD O 0 root
                3 an an DT O 6 det
                4 Egyptian Egyptian JJ MISC 6 amod
                5 peace peace NN O 6 compound
                6 plan plan NN O 2 obj
                7 . . . O 2 punct
                """));
        assertThat(lines(c)).containsExactly("[s1] SYR -120-> EGY \"refused\" asserted @- 2019-05-13");
    }

    @Test
    void theStatusASentenceGivesAnEvent() {
        Event history = fixture.code(Sentences.of("""
                1 Years year NNS O 0 root
                2 of of IN O 3 case
                3 clashes clash NNS O 1 nmod
                4 between between IN O 5 case
                5 Russia Russia NNP LOCATION 3 nmod
                6 and and CC O 7 cc
                7 Iran Iran NNP LOCATION 5 conj
                """)).events().get(0);
        assertThat(history.status()).isEqualTo(Status.HISTORICAL);
        Event possible = fixture.code(Sentences.of("""
                1 Israel Israel NNP LOCATION 3 nsubj
                2 could could MD O 3 aux
                3 target target VB O 0 root
                4 Iran Iran NNP LOCATION 3 obj
                """)).events().get(0);
        assertThat(possible.status()).isEqualTo(Status.HYPOTHETICAL);
        Event alleged = fixture.code(Sentences.of("""
                1 Israel Israel NNP LOCATION 0 root
                2 denied deny VBD O 1 dep
                3 alleged alleged JJ O 5 amod
                4 air air NN O 5 compound
                5 strikes strike NNS O 2 obj
                6 on on IN O 7 case
                7 Iran Iran NNP LOCATION 5 nmod
                """)).events().stream()
                .filter(e -> e.code().cameo().equals("195"))
                .findFirst()
                .orElseThrow();
        assertThat(alleged.status()).isEqualTo(Status.ALLEGED);
        Event reported = fixture.code(Sentences.of("""
                1 Clashes clash NNS O 0 root
                2 reported report VBN O 1 acl
                3 between between IN O 5 case
                4 Syrian Syrian JJ MISC 5 amod
                5 troops troop NNS O 1 nmod
                6 and and CC O 8 cc
                7 Iranian Iranian JJ MISC 8 amod
                8 troops troop NNS O 5 conj
                """)).events().get(0);
        assertThat(reported.status()).isEqualTo(Status.REPORTED);
    }
}

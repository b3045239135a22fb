package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorRecognizer;
import org.dyad.actors.ActorWords;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.nlp.DependencyTree;
import org.dyad.places.PlaceResolver;
import org.dyad.stage.StageContext;
import org.dyad.testkit.MiniLexicon;
import org.dyad.testkit.Sentences;
import org.dyad.testkit.TestPlaces;
import org.junit.jupiter.api.Test;

/** Where events are placed, on hand-built parses with the mini lexicon and the test gazetteer. */
class GazetteerPlacingTest {
    private static final ActorRecognizer ACTORS = new ActorRecognizer(MiniLexicon.build(), ActorWords.loadBundled());
    private final GazetteerPlacing placing = new GazetteerPlacing(() -> new PlaceResolver(TestPlaces.gazetteer()));

    /** Where the event of the token {@code trigger} (1-based, as in the CoNLL lines) is placed. */
    private Optional<Place> where(String conll, int trigger) {
        Sentence s = Sentences.of(conll);
        Article article = Article.ofText("t", s.text(), Optional.of(LocalDate.of(2019, 5, 13)), "test");
        ActorTaggedArticle tagged = ACTORS.apply(new AnnotatedArticle(article, List.of(s)), new StageContext("test"));
        return placing.where(new DependencyTree(s), List.of(trigger - 1), tagged);
    }

    @Test
    void aLocativeHungFromThePhraseBeforeIt() {
        Optional<Place> where = where("""
                1 Clashes clash NNS O 2 nsubj
                2 resumed resume VBD O 0 root
                3 among among IN O 6 case
                4 the the DT O 6 det
                5 two two CD NUMBER 6 nummod
                6 parties party NNS O 2 obl
                7 in in IN O 9 case
                8 Hama Hama NNP LOCATION 9 compound
                9 Province province NNP LOCATION 6 nmod
                10 , , , O 12 punct
                11 central central JJ O 12 amod
                12 Syria Syria NNP LOCATION 9 appos
                """, 2);

        assertThat(where).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("Hama Province");
            assertThat(p.gazetteerId()).isEqualTo(TestPlaces.HAMA_REGION.id());
            assertThat(p.feature()).isEqualTo("ADM1");
            assertThat(p.country()).contains("SYR");
            assertThat(p.chars()).hasValueSatisfying(c -> assertThat(c.start()).isEqualTo(41));
        });
    }

    @Test
    void theSiteIsInTheTownNamedAfterIt() {
        Optional<Place> where = where("""
                1 Israel Israel NNP LOCATION 2 nsubj
                2 struck strike VBD O 0 root
                3 the the DT O 5 det
                4 T4 T4 NNP O 5 compound
                5 airbase airbase NN O 2 obj
                6 in in IN O 7 case
                7 Homs Homs NNP LOCATION 5 nmod
                """, 2);

        assertThat(where).map(Place::gazetteerId).contains(TestPlaces.HOMS.id());
    }

    @Test
    void anAirportNamedAfterNear() {
        Optional<Place> where = where("""
                1 Israel Israel NNP LOCATION 2 nsubj
                2 struck strike VBD O 0 root
                3 Iran-backed iran-backed JJ O 4 amod
                4 targets target NNS O 2 obj
                5 near near IN O 8 case
                6 Damascus Damascus NNP LOCATION 8 compound
                7 International International NNP LOCATION 8 compound
                8 Airport Airport NNP LOCATION 2 obl
                """, 2);

        assertThat(where).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("Damascus International Airport");
            assertThat(p.feature()).isEqualTo("airport");
            assertThat(p.country()).contains("SYR");
        });
    }

    @Test
    void aCapitalAsTheSubjectIsAnActorNotAPlace() {
        assertThat(where("""
                1 Moscow Moscow NNP LOCATION 2 nsubj
                2 forced force VBD O 0 root
                3 both both DT O 4 det
                4 sides side NNS O 2 obj
                5 to to TO O 6 mark
                6 sign sign VB O 2 xcomp
                """, 2)).isEmpty();
    }

    @Test
    void aCountryObjectIsTheTargetNotThePlace() {
        assertThat(where("""
                1 Israel Israel NNP LOCATION 2 nsubj
                2 attacked attack VBD O 0 root
                3 Syria Syria NNP LOCATION 2 obj
                """, 2)).isEmpty();
    }

    @Test
    void aTownObjectIsThePlace() {
        assertThat(where("""
                1 Rebels rebel NNS O 2 nsubj
                2 shelled shell VBD O 0 root
                3 Homs Homs NNP LOCATION 2 obj
                """, 2)).map(Place::gazetteerId).contains(TestPlaces.HOMS.id());
    }

    @Test
    void aDemonymIsNoPlace() {
        assertThat(where("""
                1 Forces force NNS O 2 nsubj
                2 attacked attack VBD O 0 root
                3 in in IN O 4 case
                4 Syrian Syrian NNP MISC 2 obl
                """, 2)).isEmpty();
    }

    @Test
    void anEventWithNoPlacePhraseHasNone() {
        assertThat(where("""
                1 Iran Iran NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 the the DT O 4 det
                4 strikes strike NNS O 2 obj
                """, 2)).isEmpty();
    }

    @Test
    void aLocativeNounNamingNoPlaceCarriesOne() {
        assertThat(where("""
                1 Militants militant NNS O 3 nsubj:pass
                2 were be VBD O 3 aux:pass
                3 killed kill VBN O 0 root
                4 in in IN O 5 case
                5 clashes clash NNS O 3 obl
                6 in in IN O 8 case
                7 a a DT O 8 det
                8 city city NN O 5 nmod
                9 in in IN O 12 case
                10 northern northern JJ O 12 amod
                11 Aleppo Aleppo NNP LOCATION 12 compound
                12 province province NN O 8 nmod
                """, 3)).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("Aleppo province");
            assertThat(p.gazetteerId()).isEqualTo(TestPlaces.ALEPPO_REGION.id());
        });
    }

    @Test
    void theOwnerCountryPicksTheTown() {
        // The Syrian actor would make Homs the Syrian city; "Libya's" says it is Al Khums, also called Homs.
        assertThat(where("""
                1 Syrian Syrian JJ MISC 2 amod
                2 troops troop NNS O 3 nsubj
                3 killed kill VBD O 0 root
                4 people people NNS O 3 obj
                5 in in IN O 8 case
                6 Libya Libya NNP LOCATION 8 nmod:poss
                7 's 's POS O 6 case
                8 Homs Homs NNP LOCATION 3 obl
                """, 3)).map(Place::gazetteerId).contains(TestPlaces.HOMS_LIBYA.id());
    }

    @Test
    void aTownNamingWhereAThingIsPlacesTheEvent() {
        assertThat(where("""
                1 A a DT O 2 det
                2 bomb bomb NN O 3 nsubj
                3 exploded explode VBD O 0 root
                4 in in IN O 7 case
                5 a a DT O 7 det
                6 Sofia Sofia NNP LOCATION 7 compound
                7 restaurant restaurant NN O 3 obl
                """, 3)).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("Sofia");
            assertThat(p.gazetteerId()).isEqualTo(TestPlaces.SOFIA.id());
        });
    }

    @Test
    void aCountryNamingWhoseThingItIsDoesNotPlaceTheEvent() {
        assertThat(where("""
                1 A a DT O 3 det
                2 bomb bomb NN O 3 compound
                3 detonated detonate VBD O 0 root
                4 near near IN O 7 case
                5 a a DT O 7 det
                6 Syria Syria NNP LOCATION 7 compound
                7 patrol patrol NN O 3 obl
                """, 3)).isEmpty();
    }
}

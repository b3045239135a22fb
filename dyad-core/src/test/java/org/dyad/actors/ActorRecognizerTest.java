package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.stage.StageContext;
import org.dyad.testkit.MiniLexicon;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** Actor mentions read off hand-built noun phrases with the mini lexicon. */
class ActorRecognizerTest {
    private final ActorRecognizer recognizer =
            new ActorRecognizer(MiniLexicon.build(), org.dyad.actors.ActorWords.loadBundled());

    private List<ActorMention> mentions(Sentence s) {
        Article a = Article.ofText("t", s.text(), Optional.of(LocalDate.of(2019, 5, 13)), "test");
        return recognizer.mentionsIn(s, new AnnotatedArticle(a, List.of(s)));
    }

    private ActorMention at(List<ActorMention> mentions, int head) {
        return mentions.stream()
                .filter(m -> m.head() == head)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention at token " + head + " in " + mentions));
    }

    @Test
    void anArticleWithoutActorsSaysSoInItsContextAndOneWithActorsDoesNot() {
        Sentence none = Sentences.of("""
                1 Rain rain NN O 2 nsubj
                2 fell fall VBD O 0 root
                """);
        Sentence some = Sentences.of("""
                1 Iran Iran NNP LOCATION 2 nsubj
                2 spoke speak VBD O 0 root
                """);
        StageContext quiet = new StageContext("t");
        StageContext told = new StageContext("t");

        recognizer.apply(
                new AnnotatedArticle(Article.ofText("t", some.text(), Optional.empty(), "test"), List.of(some)), quiet);
        recognizer.apply(
                new AnnotatedArticle(Article.ofText("t", none.text(), Optional.empty(), "test"), List.of(none)), told);

        assertThat(quiet.diagnostics()).isEmpty();
        assertThat(told.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("no actor found"));
    }

    @Test
    void aTitleGivesAnUnknownPersonCountryAndAgent() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 U.S. U.S. NNP LOCATION 2 compound
                2 Secretary Secretary NNP O 6 compound
                3 of of IN O 4 case
                4 State State NNP ORGANIZATION 2 nmod
                5 Mike Mike NNP PERSON 6 compound
                6 Pompeo Pompeo NNP PERSON 7 nsubj
                7 spoke speak VBD O 0 root
                """));
        ActorMention pompeo = at(m, 5);
        assertThat(pompeo.actor().code()).isEqualTo("USAGOV");
        assertThat(pompeo.actor().country()).contains("USA");
        assertThat(pompeo.actor().agent()).contains("GOV");
        assertThat(pompeo.actor().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(pompeo.text()).isEqualTo("U.S. Secretary of State Mike Pompeo");
    }

    @Test
    void aCapitalStandsForTheGovernmentButNotWhenItNamesAFacility() {
        List<ActorMention> capital = mentions(Sentences.of("""
                1 Moscow Moscow NNP LOCATION 2 nsubj
                2 warned warn VBD O 0 root
                3 Tehran Tehran NNP LOCATION 2 obj
                """));
        assertThat(at(capital, 0).actor().code()).isEqualTo("RUSGOV");
        assertThat(at(capital, 2).actor().code()).isEqualTo("IRNGOV");
        List<ActorMention> airport = mentions(Sentences.of("""
                1 the the DT O 4 det
                2 Damascus Damascus NNP LOCATION 4 compound
                3 International International NNP O 4 compound
                4 Airport Airport NNP O 0 root
                """));
        assertThat(airport).noneMatch(x -> x.head() == 3);
    }

    @Test
    void aPossessorOrDemonymGivesTheCountryOfTheHead() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 Iran Iran NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 assets asset NNS O 0 root
                4 and and CC O 6 cc
                5 Syrian Syrian JJ MISC 6 amod
                6 troops troop NNS O 3 conj
                """));
        assertThat(at(m, 2).actor().code()).isEqualTo("IRN");
        assertThat(at(m, 5).actor().code()).isEqualTo("SYRMIL");
        assertThat(at(m, 5).actor().kind()).isEqualTo(ActorKind.GROUP);
    }

    @Test
    void patronsComeFromBackedAndLinkedParticiples() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 Syrian Syrian JJ MISC 2 amod
                2 forces forces NNS O 0 root
                3 linked link VBN O 2 acl
                4 to to IN O 5 case
                5 Moscow Moscow NNP LOCATION 3 obl
                """));
        ActorMention forces = at(m, 1);
        assertThat(forces.actor().code()).isEqualTo("SYRMIL");
        assertThat(forces.actor().patron()).contains("RUS");
        assertThat(forces.evidence()).anyMatch(e -> e.startsWith("patron"));
    }

    @Test
    void aDictionaryActorKeepsItsCodeAndAStatelessOrganisationItsClass() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 Iran Iran NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 IRGC IRGC NNP ORGANIZATION 5 nsubj
                4 and and CC O 5 cc
                5 rejected reject VBD O 0 root
                6 a a DT O 9 det
                7 U.N. U.N. NNP ORGANIZATION 9 compound
                8 peace peace NN O 9 compound
                9 appeal appeal NN O 5 obj
                """));
        assertThat(at(m, 2).actor().code()).isEqualTo("IRNMIL");
        ActorMention appeal = at(m, 8);
        assertThat(appeal.actor().code()).isEqualTo("IGOUNO");
        assertThat(appeal.actor().country()).isEmpty();
        assertThat(appeal.actor().kind()).isEqualTo(ActorKind.ORGANIZATION);
    }

    @Test
    void aNounWithNothingThatNamesAnActorIsNoMention() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 the the DT O 2 det
                2 officials official NNS O 3 nsubj
                3 met meet VBD O 0 root
                """));
        assertThat(m).isEmpty();
    }

    @Test
    void offsetsCutTheMentionTextOutOfTheSentence() {
        Sentence s = Sentences.of(0, 10, """
                1 Iranian Iranian JJ MISC 2 amod
                2 operatives operative NNS O 0 root
                """);
        ActorMention m = at(mentions(s), 1);
        assertThat(s.text().substring(m.chars().start() - 10, m.chars().end() - 10))
                .isEqualTo(m.text());
        assertThat(m.text()).isEqualTo("Iranian operatives");
    }

    @Test
    void anAppositiveDescribesAPersonNoDictionaryKnows() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 Omar Omar NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 0 root
                3 , , , O 7 punct
                4 a a DT O 7 det
                5 Syrian Syrian JJ MISC 7 amod
                6 army army NN O 7 compound
                7 commander commander NN O 2 appos
                8 loyal loyal JJ O 7 amod
                9 to to IN O 10 case
                10 Russia Russia NNP LOCATION 8 obl
                """));
        ActorMention haddad = at(m, 1);
        assertThat(haddad.actor().country()).contains("SYR");
        assertThat(haddad.actor().agent()).contains("MIL");
        assertThat(haddad.actor().patron()).contains("RUS");
        assertThat(haddad.actor().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(haddad.actor().name()).isEqualTo("Omar Haddad");
        assertThat(haddad.evidence())
                .anyMatch(e -> e.startsWith("appositive"))
                .anyMatch(e -> e.equals("new actor: Omar Haddad"));
        assertThat(m).noneMatch(x -> x.head() == 0); // "Omar" is part of the name, not a mention of its own
    }

    @Test
    void aKinshipAppositiveGivesTheCountryButNotTheOffice() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 Rami Rami NNP PERSON 2 compound
                2 Assad Assad NNP PERSON 0 root
                3 , , , O 5 punct
                4 a a DT O 5 det
                5 cousin cousin NN O 2 appos
                6 of of IN O 8 case
                7 Bashar Bashar NNP PERSON 8 compound
                8 Assad Assad NNP PERSON 5 nmod
                """));
        ActorMention rami = at(m, 1);
        assertThat(rami.actor().country()).contains("SYR");
        assertThat(rami.actor().agent()).isEmpty();
        assertThat(at(m, 7).actor().code()).isEqualTo("SYRGOV"); // the dictionary's Bashar al-Assad
    }

    @Test
    void aGroupAndItsCommanderShareStateAndPatron() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 the the DT O 3 det
                2 Desert Desert NNP ORGANIZATION 3 compound
                3 Brigade Brigade NNP ORGANIZATION 0 root
                4 , , , O 5 punct
                5 led lead VBN O 3 acl
                6 by by IN O 8 case
                7 Omar Omar NNP PERSON 8 compound
                8 Haddad Haddad NNP PERSON 5 obl
                9 , , , O 12 punct
                10 an an DT O 12 det
                11 Iranian Iranian JJ MISC 12 amod
                12 commander commander NN O 8 appos
                """));
        ActorMention brigade = at(m, 2);
        assertThat(brigade.actor().country()).contains("IRN");
        assertThat(brigade.actor().agent()).contains("MIL");
        assertThat(brigade.evidence()).anyMatch(e -> e.startsWith("commanded by"));
        assertThat(at(m, 7).actor().code()).isEqualTo("IRNMIL");
    }

    @Test
    void forcesLedByAStateNamedInAHyphenatedModifierAreThatStates() {
        // The parser splits "Russian-led" and may attach the demonym as a loose dependent.
        List<ActorMention> m = mentions(Sentences.of("""
                1 Russian Russian JJ MISC 3 dep
                2 - - HYPH O 3 punct
                3 led lead VBN O 4 amod
                4 forces force NNS O 5 nsubj
                5 advanced advance VBD O 0 root
                """));
        assertThat(at(m, 3).actor().code()).isEqualTo("RUSMIL");
    }

    @Test
    void aGroupSetApartByThoseOrOtherIsOfTheStateOfTheGroupBeforeIt() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 Syrian Syrian JJ MISC 2 amod
                2 troops troop NNS O 9 nsubj
                3 and and CC O 5 cc
                4 those those DT O 5 det
                5 forces force NNS O 2 conj
                6 loyal loyal JJ O 5 amod
                7 to to IN O 8 case
                8 Iran Iran NNP LOCATION 6 obl
                9 advanced advance VBD O 0 root
                """));
        ActorMention forces = at(m, 4);
        assertThat(forces.actor().code()).isEqualTo("SYRMIL");
        assertThat(forces.actor().patron()).contains("IRN");
        assertThat(forces.evidence()).anyMatch(e -> e.startsWith("more of the kind of"));
        List<ActorMention> plain = mentions(Sentences.of("""
                1 Syrian Syrian JJ MISC 2 amod
                2 troops troop NNS O 8 nsubj
                3 and and CC O 4 cc
                4 forces force NNS O 2 conj
                5 loyal loyal JJ O 4 amod
                6 to to IN O 7 case
                7 Iran Iran NNP LOCATION 5 obl
                8 advanced advance VBD O 0 root
                """));
        assertThat(at(plain, 3).actor().country()).isEmpty();
    }

    @Test
    void patronsFromNounsOfBackingAndProPrefixes() {
        List<ActorMention> backed = mentions(Sentences.of("""
                1 militias militia NNS O 0 root
                2 enjoying enjoy VBG O 1 acl
                3 the the DT O 4 det
                4 backing backing NN O 2 obj
                5 of of IN O 6 case
                6 Tehran Tehran NNP LOCATION 4 nmod
                """));
        assertThat(at(backed, 0).actor().patron()).contains("IRN");
        List<ActorMention> pro = mentions(Sentences.of("""
                1 pro-Moscow pro-moscow JJ MISC 3 amod
                2 Syrian Syrian JJ MISC 3 amod
                3 troops troop NNS O 0 root
                """));
        assertThat(at(pro, 2).actor().code()).isEqualTo("SYRMIL");
        assertThat(at(pro, 2).actor().patron()).contains("RUS");
    }

    @Test
    void anArmedGroupWithNoOtherStateIsTheOneItIsIn() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 rebels rebel NNS O 0 root
                2 in in IN O 3 case
                3 Syria Syria NNP LOCATION 1 nmod
                """));
        assertThat(at(m, 0).actor().code()).isEqualTo("SYRREB");
        assertThat(at(m, 0).evidence()).anyMatch(e -> e.startsWith("location"));
    }

    @Test
    void aSurnameSharedWithADictionaryLeaderIsNotHim() {
        List<ActorMention> m = mentions(Sentences.of("""
                1 Maher Maher NNP PERSON 2 compound
                2 Assad Assad NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                """));
        assertThat(at(m, 1).actor().code()).isNotEqualTo("SYRGOV");
        assertThat(at(m, 1).evidence()).contains("new actor: Maher Assad");
    }
}

package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
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
        return mentions.stream().filter(m -> m.head() == head).findFirst().orElseThrow(
                () -> new AssertionError("no mention at token " + head + " in " + mentions));
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
        assertThat(s.text().substring(m.chars().start() - 10, m.chars().end() - 10)).isEqualTo(m.text());
        assertThat(m.text()).isEqualTo("Iranian operatives");
    }
}

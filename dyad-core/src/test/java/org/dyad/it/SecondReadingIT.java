package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lean profile reads again a sentence the tagger left without a verb root: a present-tense
 * verb of a news summary, tagged as a noun or an adjective, becomes the root with its subject and
 * object; sentences that have a verb root, or whose candidate word begins a heading run into the
 * text, keep their first reading. A noun read as a verb inside a compound after a verb ("launch
 * drone attacks") becomes a noun again; a verb the tagger knows stays a verb.
 */
class SecondReadingIT {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A court in Faisalabad, Pakistan, sentences opposition leader Omar Ayub to ten years in prison.|sentences|court",
                "The Brazilian Supreme Federal Court convicts former president Jair Bolsonaro of plotting a coup.|convicts|Court",
                "Mexican Army soldiers open fire on a vehicle on the highway.|open|soldiers",
                // the tagger saw "summon" once as a verb, "summoned" ten times
                "Italy summons Iran's ambassador over the arrest of a journalist.|summons|Italy",
            })
    void misreadVerbBecomesTheRoot(String text, String verb, String subject) {
        Sentence s = only(text);
        int v = index(s, verb);
        assertThat(s.token(v).isVerb()).as("tagged as a verb: %s", s.token(v)).isTrue();
        assertThat(s.dependencies()).contains(new Dependency(Dependency.ROOT, v, "root"));
        assertThat(s.dependencies())
                .filteredOn(d -> d.head() == v && d.baseRelation().equals("nsubj"))
                .extracting(d -> s.token(d.dependent()).word())
                .containsExactly(subject);
        assertThat(s.token(v).lemma()).isEqualTo(verb.equals("open") ? "open" : verb.substring(0, verb.length() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a verb root: the noun stays a noun
                "Police said the court sentences were too harsh.|sentences",
                // a heading run into its text: "Politicians" is no object
                "China concerns Politicians in Britain have expressed concerns over the deal.|concerns",
                // a title with no verb and no object
                "Ceasefire talks in Doha.|talks",
                // after "and", but no object follows
                "The court hears appeals and requests from both sides.|requests",
            })
    void otherSentencesKeepTheirReading(String text, String noun) {
        Sentence s = only(text);
        assertThat(s.token(index(s, noun)).isVerb())
                .as("still no verb: %s", s.tokens())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ukrainian forces launch drone attacks on Penza Oblast.|drone|attacks|launch|obj",
                "A Russian drone strike injures nineteen people in Kharkiv.|drone|strike|injures|nsubj",
            })
    void nounMisreadAsAVerbBecomesACompound(String text, String noun, String head, String verb, String relation) {
        Sentence s = only(text);
        int n = index(s, noun);
        int h = index(s, head);
        assertThat(s.token(n).isNoun()).as("tagged as a noun: %s", s.token(n)).isTrue();
        assertThat(s.dependencies()).contains(new Dependency(h, n, "compound"));
        assertThat(s.dependencies()).contains(new Dependency(index(s, verb), h, relation));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a verb the tagger has seen in its base form stays a verb
                "Volunteers help rebuild homes in the town.|rebuild",
            })
    void verbsAfterVerbsStayVerbs(String text, String verb) {
        Sentence s = only(text);
        assertThat(s.token(index(s, verb)).isVerb())
                .as("still a verb: %s", s.tokens())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The United Kingdom suspends negotiations with Israel and summons the Israeli ambassador.|suspends|summons|ambassador",
            })
    void secondVerbAfterAndBecomesTheRootsConjunct(String text, String root, String verb, String object) {
        Sentence s = only(text);
        int v = index(s, verb);
        assertThat(s.token(v).isVerb()).as("tagged as a verb: %s", s.token(v)).isTrue();
        assertThat(s.dependencies()).contains(new Dependency(index(s, root), v, "conj"));
        assertThat(s.dependencies()).contains(new Dependency(v, index(s, object), "obj"));
    }

    private static Sentence only(String text) {
        List<Sentence> sentences = SharedPipeline.sentences(text);
        assertThat(sentences).hasSize(1);
        return sentences.get(0);
    }

    private static int index(Sentence s, String word) {
        return s.tokens().stream()
                .filter(t -> t.word().equals(word))
                .map(Token::index)
                .findFirst()
                .orElseThrow();
    }
}

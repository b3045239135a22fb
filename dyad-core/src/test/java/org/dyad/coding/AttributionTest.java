package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Attribution;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Status;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** Who says so: chains of reporting verbs, "according to", quotes over sentences, "this report". */
class AttributionTest {
    private final CodingFixture fixture = new CodingFixture();

    private static List<String> texts(Event e) {
        return e.attribution().stream().map(Attribution::text).toList();
    }

    private static Event only(CodedArticle a, int sentence, String code) {
        return a.events().stream()
                .filter(e -> e.sentenceIndex() == sentence && e.code().cameo().equals(code))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no " + code + " event in sentence " + sentence + " among " + a.events()));
    }

    @Test
    void aCitedSourceComesAfterTheOneCitingIt() {
        CodedArticle a = fixture.codeArticle(Sentences.of("""
                1 The the DT O 3 det
                2 Turkish Turkish JJ MISC 3 amod
                3 agency agency NN O 4 nsubj
                4 cited cite VBD O 0 root
                5 various various JJ O 6 amod
                6 sources source NNS O 4 obj
                7 saying say VBG O 6 acl
                8 Israel Israel NNP LOCATION 9 nsubj
                9 targeted target VBD O 7 ccomp
                10 Iran Iran NNP LOCATION 9 obj
                11 . . . O 4 punct
                """));
        Event e = only(a, 0, "190");
        assertThat(texts(e)).containsExactly("The Turkish agency", "various sources");
        assertThat(e.attribution()).extracting(Attribution::kind).containsExactly("media", "anonymous");
        assertThat(e.status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void aQuoteOverTwoSentencesIsReportedByWhomItsLastSentenceNames() {
        Sentence first = Sentences.of(0, 0, """
                1 “ “ `` O 3 punct
                2 Israel Israel NNP LOCATION 3 nsubj
                3 targeted target VBD O 0 root
                4 Iran Iran NNP LOCATION 3 obj
                5 . . . O 3 punct
                """);
        Sentence second = Sentences.of(1, first.text().length() + 1, """
                1 Russia Russia NNP LOCATION 2 nsubj
                2 warned warn VBD O 0 root
                3 Israel Israel NNP LOCATION 2 obj
                4 , , , O 2 punct
                5 ” ” '' O 2 punct
                6 according accord VBG O 9 case
                7 to to IN O 6 fixed
                8 the the DT O 9 det
                9 website website NN O 2 obl
                10 . . . O 2 punct
                """);
        CodedArticle a = fixture.codeArticle(first, second);
        assertThat(texts(only(a, 0, "190"))).containsExactly("the website");
        assertThat(texts(only(a, 1, "130"))).containsExactly("the website");
        assertThat(only(a, 0, "190").status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void thisReportIsTheSourceNamedBefore() {
        Sentence first = Sentences.of(0, 0, """
                1 Israel Israel NNP LOCATION 2 nsubj
                2 targeted target VBD O 0 root
                3 Iran Iran NNP LOCATION 2 obj
                4 , , , O 2 punct
                5 according accord VBG O 8 case
                6 to to IN O 5 fixed
                7 the the DT O 8 det
                8 daily daily NN O 2 obl
                9 . . . O 2 punct
                """);
        Sentence second = Sentences.of(1, first.text().length() + 1, """
                1 According accord VBG O 4 case
                2 to to IN O 1 fixed
                3 this this DT O 4 det
                4 report report NN O 7 obl
                5 , , , O 7 punct
                6 Russia Russia NNP LOCATION 7 nsubj
                7 warned warn VBD O 0 root
                8 Israel Israel NNP LOCATION 7 obj
                9 . . . O 7 punct
                """);
        CodedArticle a = fixture.codeArticle(first, second);
        assertThat(texts(only(a, 1, "130"))).containsExactly("the daily");
        assertThat(only(a, 1, "130").attribution())
                .extracting(Attribution::kind)
                .containsExactly("media");
    }

    @Test
    void theArticlesOwnVoiceHasNoSourceAndAMoreTellingStatusStays() {
        CodedArticle own = fixture.codeArticle(Sentences.of("""
                1 Israel Israel NNP LOCATION 2 nsubj
                2 targeted target VBD O 0 root
                3 Iran Iran NNP LOCATION 2 obj
                4 . . . O 2 punct
                """));
        assertThat(only(own, 0, "190").attribution()).isEmpty();
        assertThat(only(own, 0, "190").status()).isEqualTo(Status.ASSERTED);
        CodedArticle future = fixture.codeArticle(Sentences.of("""
                1 Iran Iran NNP LOCATION 2 nsubj
                2 said say VBD O 0 root
                3 Israel Israel NNP LOCATION 5 nsubj
                4 will will MD O 5 aux
                5 target target VB O 2 ccomp
                6 Syria Syria NNP LOCATION 5 obj
                7 . . . O 2 punct
                """));
        Event e = future.events().stream()
                .filter(x -> x.trigger().text().contains("target"))
                .findFirst()
                .orElseThrow();
        assertThat(e.status()).isEqualTo(Status.FUTURE);
        assertThat(e.attribution()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Iran");
            assertThat(s.kind()).isEqualTo("actor");
            assertThat(s.code()).contains("IRN");
        });
    }
}

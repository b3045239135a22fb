package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.testkit.MiniLexicon;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** A person from the user's dictionary becomes an actor with the entry's code and patron. */
class UserActorRecognitionTest {

    @Test
    void theEntrysPatronIsTheActorsPatron() {
        ActorDictionary user = new UserActorReader()
                .read("mine.txt", new StringReader("Colonel Jamil Nadir | Jamil Nadir = SYRMIL patron=RUS\n"));
        ActorRecognizer recognizer =
                new ActorRecognizer(MiniLexicon.build().withUserActors(user), ActorWords.loadBundled());
        Sentence s = Sentences.of("""
                1 Colonel Colonel NNP O 3 compound
                2 Jamil Jamil NNP PERSON 3 compound
                3 Nadir Nadir NNP PERSON 4 nsubj
                4 met meet VBD O 0 root
                5 Russian Russian JJ NATIONALITY 6 amod
                6 officers officer NNS O 4 obj
                """);
        Article article = Article.ofText("t", s.text(), Optional.of(LocalDate.of(2019, 5, 13)), "test");

        List<ActorMention> mentions = recognizer.mentionsIn(s, new AnnotatedArticle(article, List.of(s)));

        assertThat(mentions).filteredOn(m -> m.head() == 2).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Colonel Jamil Nadir");
            assertThat(m.actor().code()).isEqualTo("SYRMIL");
            assertThat(m.actor().country()).contains("SYR");
            assertThat(m.actor().agent()).contains("MIL");
            assertThat(m.actor().patron()).contains("RUS");
            assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON);
            assertThat(m.evidence()).contains("mine.txt:1");
        });
        assertThat(mentions)
                .filteredOn(m -> m.head() == 5)
                .singleElement()
                .satisfies(m -> assertThat(m.actor().patron()).isEmpty());
    }
}

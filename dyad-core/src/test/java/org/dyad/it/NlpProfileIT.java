package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.model.EntityClass;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.nlp.NlpProfile;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.stage.StageTimes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lean NLP profile reads the seed and three VOA articles as CoreNLP's full pipeline does, in
 * all that dyad uses: tokens, tags and lemmas, the people, organisations and places NER finds,
 * the basic dependencies and the time expressions. What it leaves out must make no difference.
 */
class NlpProfileIT {
    /** The NER classes actors and places read. */
    private static final Set<EntityClass> READ =
            EnumSet.of(EntityClass.PERSON, EntityClass.ORGANIZATION, EntityClass.LOCATION, EntityClass.MISC);

    private static List<Article> articles;
    private static CoreNlpAnnotator full;

    @BeforeAll
    static void loadFullPipeline() {
        articles = new ArrayList<>(ActorsIT.voa());
        articles.add(SeedArticleIT.readSeed());
        full = new CoreNlpAnnotator(NlpProfile.FULL, new StageTimes());
    }

    @AfterAll
    static void dropFullPipeline() {
        full = null; // its models are the size of the shared pipeline's: let later tests have the heap
    }

    @Test
    void leanReadsWhatFullReads() {
        CoreNlpAnnotator lean = SharedPipeline.annotator();
        int timesCompared = 0;
        for (Article a : articles) {
            List<Sentence> expected = full.annotate(a.text(), a.published());
            List<Sentence> actual = lean.annotate(a.text(), a.published());
            assertThat(actual).as(a.id()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                Sentence e = expected.get(i);
                Sentence s = actual.get(i);
                String where = a.id() + " sentence " + i + ": " + e.text();
                assertThat(s.tokens())
                        .as(where)
                        .extracting(Token::word, Token::lemma, Token::upos, Token::features)
                        .containsExactlyElementsOf(e.tokens().stream()
                                .map(t -> org.assertj.core.groups.Tuple.tuple(
                                        t.word(), t.lemma(), t.upos(), t.features()))
                                .toList());
                assertThat(s.tokens())
                        .as(where)
                        .extracting(t -> readOnly(t.entity()))
                        .containsExactlyElementsOf(e.tokens().stream()
                                .map(t -> readOnly(t.entity()))
                                .toList());
                assertThat(s.dependencies()).as(where).containsExactlyElementsOf(e.dependencies());
                assertThat(s.times()).as(where).containsExactlyElementsOf(e.times());
                timesCompared += e.times().size();
            }
        }
        assertThat(timesCompared).as("time expressions compared").isGreaterThan(10);
    }

    @Test
    void leanTimesItsSteps() {
        StageTimes times = new StageTimes();
        // A second lean annotator shares the loaded models through CoreNLP's annotator cache.
        CoreNlpAnnotator lean = new CoreNlpAnnotator(NlpProfile.LEAN, times);

        lean.annotate(
                "Russian jets bombed rebel positions near Idlib on Monday.",
                articles.get(0).published());

        assertThat(times.seconds())
                .containsKeys(
                        "nlp.tokenize", "nlp.pos", "nlp.lemma", "nlp.ner", "nlp.time", "nlp.depparse", "nlp.convert");
    }

    private static EntityClass readOnly(EntityClass entity) {
        return READ.contains(entity) ? entity : EntityClass.NONE;
    }
}

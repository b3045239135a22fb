package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.coding.CodingFixtures;
import org.dyad.model.Article;
import org.dyad.model.QualifiedArticle;
import org.dyad.model.Sentence;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.DependencyTree;
import org.dyad.stage.StageContext;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** The repair stage sits between any annotator and the actors: every caller of the pipeline reads repaired trees. */
class DyadPipelineRepairsTest {
    private static final Sentence MISPARSED = Sentences.of("""
            1 Beirut Beirut NNP LOCATION 2 nsubj
            2 rejected reject VBD O 0 root
            3 Thursday Thursday NNP DATE 2 obl:tmod
            4 an a DT O 5 det
            5 appeal appeal NN O 3 dep
            6 . . . O 2 punct
            """);

    /** An annotator that is not CoreNLP's, and so does not repair anything itself. */
    private static final class OtherAnnotator implements Annotator {
        @Override
        public List<Sentence> annotate(String text) {
            return List.of(MISPARSED);
        }

        @Override
        public String description() {
            return "other";
        }
    }

    private final DyadPipeline pipeline = CodingFixtures.pipeline(new OtherAnnotator());
    private final Article article = Article.ofText("a1", MISPARSED.text(), Optional.empty(), "test");

    @Test
    void theAnnotatorGivesTheParseAndThePipelineTheRepairedTree() {
        DependencyTree parsed =
                new DependencyTree(pipeline.annotator().annotate(article.text()).get(0));
        DependencyTree read = new DependencyTree(
                pipeline.annotate(article, new StageContext("test")).sentences().get(0));

        assertThat(parsed.relation(4)).isEqualTo("dep");
        assertThat(read.parent(4)).isEqualTo(1);
        assertThat(read.relation(4)).isEqualTo("obj");
    }

    @Test
    void actorsAndCodingReadTheRepairedTree() {
        QualifiedArticle coded = pipeline.code(article, new StageContext("test"));

        DependencyTree read =
                new DependencyTree(coded.tagged().annotated().sentences().get(0));
        assertThat(read.relation(4)).isEqualTo("obj");
        assertThat(new DependencyTree(pipeline.tagActors(article, new StageContext("test"))
                                .annotated()
                                .sentences()
                                .get(0))
                        .relation(4))
                .isEqualTo("obj");
    }

    @Test
    void sentencesWithoutAnArticleAreRepairedAlike() {
        DependencyTree read =
                new DependencyTree(pipeline.repairs().repair(List.of(MISPARSED)).get(0));

        assertThat(read.relation(4)).isEqualTo("obj");
    }
}

package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dyad.coding.CodingFixtures;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** Many articles on several threads: results in input order, one failure does not stop the rest. */
class ParallelCoderTest {

    /** Makes "X struck Y" sentences from three-word texts; fails on a text that says "boom". */
    private static final class FakeAnnotator implements Annotator {
        @Override
        public List<Sentence> annotate(String text) {
            if (text.contains("boom")) {
                throw new IllegalStateException("annotator exploded");
            }
            String[] w = text.split(" ");
            List<Token> tokens = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < w.length; i++) {
                tokens.add(new Token(
                        i,
                        w[i],
                        w[i].toLowerCase(),
                        i == 1 ? Upos.VERB : Upos.PROPN,
                        Features.parse(i == 1 ? "Mood=Ind|Tense=Past|VerbForm=Fin" : "Number=Sing"),
                        EntityClass.NONE,
                        new Span(at, at + w[i].length())));
                at += w[i].length() + 1;
            }
            List<Dependency> deps =
                    List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"));
            return List.of(new Sentence(0, new Span(0, text.length()), text, tokens, deps));
        }

        @Override
        public String description() {
            return "fake";
        }
    }

    @Test
    void outcomesComeInInputOrderAndFailuresAreReportedNotThrown() {
        DyadPipeline pipeline = CodingFixtures.pipeline(new FakeAnnotator());
        List<Article> articles = new ArrayList<>();
        IntStream.range(0, 40)
                .forEach(i -> articles.add(Article.ofText(
                        "a" + i,
                        i == 17 ? "Israel boom Syria" : "Israel accused Syria",
                        Optional.of(LocalDate.of(2020, 1, 1)),
                        "in:" + i)));
        List<ParallelCoder.Outcome> outcomes = new ArrayList<>();
        new ParallelCoder(pipeline, 4).codeAll(articles.iterator(), outcomes::add);

        assertThat(outcomes)
                .extracting(o -> o.article().id())
                .containsExactlyElementsOf(articles.stream().map(Article::id).toList());
        assertThat(outcomes.get(17).coded()).isEmpty();
        assertThat(outcomes.get(17).failure())
                .hasValueSatisfying(f -> assertThat(f).contains("annotator exploded"));
        assertThat(outcomes.get(3).coded().orElseThrow().events())
                .singleElement()
                .satisfies(e -> assertThat(e.code().cameo()).isEqualTo("112"));
    }

    @Test
    void actorsAloneComeFromTheSameWorkersInInputOrderWithNoEvents() {
        DyadPipeline pipeline = CodingFixtures.pipeline(new FakeAnnotator());
        List<Article> articles = new ArrayList<>();
        IntStream.range(0, 25)
                .forEach(i -> articles.add(Article.ofText(
                        "a" + i, i == 6 ? "Israel boom Syria" : "Israel accused Syria", Optional.empty(), "in:" + i)));
        List<ArticleWorkers.Result<ActorTaggedArticle>> results = new ArrayList<>();

        new ArticleWorkers<>(pipeline::tagActors, 3).runAll(articles.iterator(), results::add);

        assertThat(results)
                .extracting(r -> r.article().id())
                .containsExactlyElementsOf(articles.stream().map(Article::id).toList());
        assertThat(results.get(6).value()).isEmpty();
        assertThat(results.get(6).failure())
                .hasValueSatisfying(f -> assertThat(f).contains("annotator exploded"));
        assertThat(results.get(0).value().orElseThrow().actors())
                .extracting(m -> m.actor().code())
                .containsExactly("ISR", "SYR");
    }
}

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
import org.junit.jupiter.api.Test;

/** Many articles on several threads: results in input order, one failure does not stop the rest. */
class ParallelCoderTest {

    @Test
    void outcomesComeInInputOrderAndFailuresAreReportedNotThrown() {
        DyadPipeline pipeline = CodingFixtures.pipeline(new ThreeWordAnnotator());
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
        DyadPipeline pipeline = CodingFixtures.pipeline(new ThreeWordAnnotator());
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

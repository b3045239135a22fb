package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.coding.CodingFixtures;
import org.dyad.model.Article;
import org.dyad.model.ArticleLanguage;
import org.dyad.model.ArticleLanguage.Basis;
import org.dyad.model.QualifiedArticle;
import org.dyad.stage.StageContext;
import org.junit.jupiter.api.Test;

/**
 * An article goes to the pipeline of its language, made when the first article of that language
 * comes; one in a language no pipeline codes is named and not coded. Every event says what
 * language its article was read as, and how that was known.
 */
class LanguageRoutingTest {
    private static Article article(String text, String language) {
        return new Article(
                "a1",
                text,
                Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(language),
                "in:1");
    }

    @Test
    void anArticleInAnotherLanguageIsNamedAndNotCoded() {
        DyadPipeline pipeline = CodingFixtures.pipeline(new ThreeWordAnnotator());
        StageContext context = new StageContext("in:1");
        QualifiedArticle coded = pipeline.code(article("Israel accused Syria", "es"), context);
        assertThat(coded.events()).isEmpty();
        assertThat(coded.tagged().annotated().sentences()).isEmpty();
        assertThat(context.diagnostics())
                .singleElement()
                .satisfies(
                        d -> assertThat(d.message()).contains("Spanish (input)").contains("English only"));
    }

    @Test
    void englishEventsCarryTheirLanguage() {
        DyadPipeline pipeline = CodingFixtures.pipeline(new ThreeWordAnnotator());
        QualifiedArticle given = pipeline.code(article("Israel accused Syria", "en"), new StageContext("in:1"));
        assertThat(given.events())
                .singleElement()
                .satisfies(e -> assertThat(e.provenance().language()).hasValue(new ArticleLanguage("en", Basis.INPUT)));

        QualifiedArticle forced =
                pipeline.readingAs("English").code(article("Israel accused Syria", "es"), new StageContext("in:1"));
        assertThat(forced.events())
                .singleElement()
                .satisfies(
                        e -> assertThat(e.provenance().language()).hasValue(new ArticleLanguage("en", Basis.FORCED)));
    }

    @Test
    void anotherLanguagesPipelineIsMadeOnlyWhenItsFirstArticleComes() {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        DyadPipeline spanish = CodingFixtures.pipeline(new ThreeWordAnnotator());
        DyadPipeline pipeline = CodingFixtures.pipeline(new ThreeWordAnnotator())
                .coding("spa", () -> {
                    made.incrementAndGet();
                    return spanish;
                });
        assertThat(pipeline.languagesCoded()).containsExactly("en", "es");

        pipeline.code(article("Israel accused Syria", "en"), new StageContext("in:1"));
        assertThat(made).hasValue(0);

        // The stand-in "Spanish" pipeline codes with the English fixtures: the event proves the hand-over.
        QualifiedArticle first = pipeline.code(article("Israel accused Syria", "es"), new StageContext("in:1"));
        pipeline.code(article("Israel accused Syria", "es-MX"), new StageContext("in:2"));
        assertThat(made).hasValue(1);
        assertThat(first.events())
                .singleElement()
                .satisfies(e -> assertThat(e.provenance().language()).hasValue(new ArticleLanguage("es", Basis.INPUT)));
        assertThat(pipeline.pipelineFor(article("x", "es"))).isSameAs(spanish);
        assertThat(pipeline.pipelineFor(article("x", "en"))).isSameAs(pipeline);
    }

    @Test
    void aLanguageNoPipelineCodesIsNamedWithThoseThatAre() {
        DyadPipeline pipeline = CodingFixtures.pipeline(new ThreeWordAnnotator())
                .coding("es", () -> CodingFixtures.pipeline(new ThreeWordAnnotator()));
        StageContext context = new StageContext("in:1");
        assertThat(pipeline.code(article("Israel accused Syria", "fr"), context).events())
                .isEmpty();
        assertThat(context.diagnostics())
                .singleElement()
                .satisfies(
                        d -> assertThat(d.message()).contains("French (input)").contains("English, Spanish only"));
    }
}

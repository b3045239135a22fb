package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.it.ActorsIT;
import org.dyad.it.SeedArticleIT;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dyad's transition loop over the parser's model gives CoreNLP's own parses, arc for arc and
 * label for label, on every sentence of the seed and three VOA stories, and on sentences built to
 * reach the parser's corners (a one-word sentence, a run of punctuation, unknown words, and a
 * passive whose subject only the grammatical structure names "nsubj:pass").
 */
class BasicParserIT {
    private static BasicParser parser;
    private static StanfordCoreNLP tagger;

    @BeforeAll
    static void load() {
        parser = new BasicParser(CoreNlpAnnotator.SENTENCE_TOKENS);
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        tagger = new StanfordCoreNLP(p);
    }

    @Test
    void readsTheModelItself() {
        assertThat(parser.fast())
                .as("the parser's private parts were found: no fallback to CoreNLP's predict")
                .isTrue();
    }

    @Test
    void parsesAsCoreNlpDoes() {
        List<String> texts = new ArrayList<>();
        ActorsIT.voa().stream().map(Article::text).forEach(texts::add);
        texts.add(SeedArticleIT.readSeed().text());
        texts.add(
                "Yes.\n!!! ??? ...\nZorbluxian qwertyfied the flimflam of Xanthor-7 at 0300 GMT.\n"
                        + "\"We will not,\" he said -- adding: 'never'.\n"
                        + "Despite September's delivery of the S-400s, Washington appeared to step back, indicating that sanctions would only be imposed if Ankara activated the system.");
        int sentences = 0;
        for (String text : texts) {
            Annotation document = new Annotation(text);
            tagger.annotate(document);
            for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<Dependency> fast = parser.parse(s).orElseThrow();
                assertThat(fast).as(s.toString()).containsExactlyElementsOf(parser.stock(s));
                assertThat(fast)
                        .extracting(Dependency::dependent)
                        .as("one arc per token, in order")
                        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, fast.size())
                                .boxed()
                                .toList());
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(100);
    }
}

package org.dyad.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dyad.coding.SentenceCoding;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.serve.Explainer;
import org.dyad.stage.StageContext;

/** The server's explanations: {@code dyad explain}'s text for one sentence of a stored article. */
final class ExplainText implements Explainer {
    @Override
    public String explain(DyadPipeline all, Article article, int sentenceIndex) {
        DyadPipeline pipeline = all.pipelineFor(article);
        StageContext context = new StageContext(article.origin());
        // Repaired, as the coder reads it: the tree shown is the one coded.
        AnnotatedArticle annotated = pipeline.annotate(article, context);
        if (sentenceIndex < 0 || sentenceIndex >= annotated.sentences().size()) {
            return "Sentence " + (sentenceIndex + 1) + " is not in the article as annotated now ("
                    + annotated.sentences().size()
                    + " sentences): the models or dictionaries changed since it was coded.";
        }
        ActorTaggedArticle tagged = pipeline.actors().apply(annotated, context);
        Sentence s = annotated.sentences().get(sentenceIndex);
        SentenceCoding result = pipeline.explain(tagged, s);
        StringWriter text = new StringWriter();
        new ExplainRenderer(new PrintWriter(text))
                .render(
                        s,
                        tagged.actorsIn(s.index()),
                        result,
                        pipeline.coder().parts().rules());
        return text.toString();
    }
}

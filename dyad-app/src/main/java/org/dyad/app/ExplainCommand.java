package org.dyad.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.coding.SentenceCoding;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.stage.StageContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad explain}: shows why one sentence gave these events, or none. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Explains how dyad coded one sentence: its tokens, its dependency tree, the actors found, and for",
            "every verb why it did or did not become an event (no dictionary entry, null code, no actors, ...).",
            "FILE is read as by 'dyad code'; with a .jsonl file, --article picks the article (default: the first)."
        })
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The article (.txt, .html, .jsonl, or - for standard input).")
    String file;

    @Option(
            names = "--sentence",
            required = true,
            paramLabel = "N",
            description = "The sentence to explain, counting from 1 as the 'code' table does.")
    int sentence;

    @Option(names = "--article", paramLabel = "ID", description = "The id of the article in a .jsonl file.")
    String articleId;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) if the article gives none.")
    LocalDate published;

    @Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        pipelineOptions.check();
        List<Article> articles =
                Inputs.read(List.of(file), Optional.ofNullable(published), err).articles();
        Article article = articles.stream()
                .filter(a -> articleId == null || a.id().equals(articleId))
                .findFirst()
                .orElseThrow(() -> new UserError(
                        articleId == null
                                ? "no usable article in " + file
                                : "no article with id '" + articleId + "' in " + file,
                        ExitCode.NO_INPUT));
        try (DyadPipeline all = Engine.load(err, pipelineOptions)) {
            DyadPipeline pipeline = all.pipelineFor(article);
            StageContext context = new StageContext(article.origin());
            // Repaired, as the coder reads it: the tree shown is the one coded.
            AnnotatedArticle annotated = pipeline.annotate(article, context);
            if (sentence < 1 || sentence > annotated.sentences().size()) {
                throw new UserError(
                        "--sentence " + sentence + " is out of range: the article has "
                                + annotated.sentences().size() + " sentence(s)",
                        ExitCode.USAGE);
            }
            ActorTaggedArticle tagged = pipeline.actors().apply(annotated, context);
            Sentence s = annotated.sentences().get(sentence - 1);
            SentenceCoding result = pipeline.explain(tagged, s);
            new ExplainRenderer(spec.commandLine().getOut())
                    .render(
                            s,
                            tagged.actorsIn(s.index()),
                            result,
                            pipeline.coder().parts().rules());
        }
        return ExitCode.OK;
    }
}

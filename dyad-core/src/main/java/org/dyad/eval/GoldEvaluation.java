package org.dyad.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dyad.model.Article;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ParallelCoder;

/**
 * One evaluation against a gold file: codes the input articles the gold is about with one
 * pipeline on N threads, scores their events, and explains the first misses.
 */
public final class GoldEvaluation {
    private final DyadPipeline pipeline;
    private final int threads;

    public GoldEvaluation(DyadPipeline pipeline, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is below 1");
        }
        this.threads = threads;
    }

    /** Whether the gold is one article without an id, which takes every event of the run as its own. */
    public static boolean single(List<GoldArticle> gold) {
        return gold.size() == 1 && gold.get(0).id().isEmpty();
    }

    /**
     * The input articles whose events the score can count: all of them for a gold file of one
     * article without an id, else those whose id the gold names (the others would only cost time).
     */
    public static List<Article> toCode(List<GoldArticle> gold, List<Article> input) {
        if (single(gold)) {
            return input;
        }
        Set<String> ids = gold.stream().flatMap(g -> g.id().stream()).collect(Collectors.toSet());
        return input.stream().filter(a -> ids.contains(a.id())).toList();
    }

    /**
     * Codes {@link #toCode the articles to code} of {@code input}, scores them against {@code gold}
     * checking as much of its roles as {@code roles} says, and explains the first {@code misses}
     * misses; each article's coding outcome goes to {@code listener}.
     */
    public GoldReport run(
            GoldFile gold, Roles roles, List<Article> input, int misses, Consumer<ParallelCoder.Outcome> listener) {
        List<GoldArticle> articles = gold.articles();
        CodedRun run = CodedRun.code(new ParallelCoder(pipeline, threads), toCode(articles, input), listener);
        Score score = new Scorer(roles).score(gold, run.events());
        List<MissReport> explained =
                new MissExplainer(pipeline).explain(score, run.inputs(), run.events(), single(articles), misses);
        return new GoldReport(score, Confusion.of(score.outcomes()), explained);
    }
}

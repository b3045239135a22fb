package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.Decision;
import org.dyad.coding.SentenceCoding;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.stage.StageContext;

/**
 * Explains missed gold events: finds the article and the sentences with the gold's fragment and
 * asks the coder for its decisions on them, as {@code dyad explain} does. The articles are
 * annotated again rather than kept from the run, so a long run holds only its events; misses come
 * in gold order, so one article is annotated once however many of its gold events were missed.
 */
public final class MissExplainer {
    /** How much of an article stands for a gold event that names no sentence. */
    public static final int START_CHARS = 100;

    private final DyadPipeline pipeline;

    /** The article annotated last, kept for the next miss, which is often in the same article. */
    private final class LastArticle {
        private Optional<Article> article = Optional.empty();
        private Optional<ActorTaggedArticle> tagged = Optional.empty();

        ActorTaggedArticle tagged(Article a) {
            if (article.isEmpty() || article.get() != a) {
                tagged = Optional.of(pipeline.pipelineFor(a).tagActors(a, new StageContext(a.origin())));
                article = Optional.of(a);
            }
            return tagged.orElseThrow();
        }
    }

    /** An explainer over the pipeline that coded the run. */
    public MissExplainer(DyadPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /**
     * Reports on the first {@code limit} misses of {@code score}. {@code articles} and
     * {@code events} are the run's; {@code single} says the gold is one article without an id,
     * whose events are all those of the run.
     */
    public List<MissReport> explain(
            Score score, List<Article> articles, List<Event> events, boolean single, int limit) {
        List<MissReport> out = new ArrayList<>();
        LastArticle last = new LastArticle();
        for (GoldOutcome miss :
                score.misses().stream().limit(Math.max(0, limit)).toList()) {
            List<Article> mine = articles.stream()
                    .filter(a -> single || miss.articleId().equals(Optional.of(a.id())))
                    .toList();
            List<Event> theirs = events.stream()
                    .filter(e -> single || miss.articleId().equals(Optional.of(e.articleId())))
                    .toList();
            out.add(report(miss, mine, theirs, last));
        }
        return out;
    }

    private MissReport report(GoldOutcome miss, List<Article> articles, List<Event> events, LastArticle last) {
        String id = miss.articleId()
                .orElse(articles.isEmpty() ? "" : articles.get(0).id());
        String fragment = miss.gold().fragment();
        String shown = !fragment.isEmpty()
                ? fragment
                : articles.isEmpty()
                        ? ""
                        : articles.get(0)
                                .text()
                                .substring(
                                        0,
                                        Math.min(
                                                START_CHARS,
                                                articles.get(0).text().length()));
        if (articles.isEmpty()) {
            return new MissReport(miss, id, shown, events, List.of(), Optional.of("the article is not in the input"));
        }
        List<MissReport.SentenceReasons> sentences = new ArrayList<>();
        try {
            for (Article a : articles) {
                sentences.addAll(reasons(last.tagged(a), fragment));
            }
        } catch (RuntimeException e) {
            return new MissReport(miss, id, shown, events, sentences, Optional.of("could not be explained: " + e));
        }
        Optional<String> note = sentences.isEmpty()
                ? Optional.of("no sentence of dyad's holds the fragment (split elsewhere, or the text differs)")
                : Optional.empty();
        return new MissReport(miss, id, shown, events, sentences, note);
    }

    /**
     * The coder's decisions on the sentences of {@code article} that hold {@code fragment}
     * (compared as the scorer does; the empty fragment is in every sentence), the article annotated anew.
     */
    public List<MissReport.SentenceReasons> reasons(Article article, String fragment) {
        return reasons(pipeline.pipelineFor(article).tagActors(article, new StageContext(article.origin())), fragment);
    }

    private List<MissReport.SentenceReasons> reasons(ActorTaggedArticle tagged, String fragment) {
        String want = MatchRules.norm(fragment);
        List<MissReport.SentenceReasons> out = new ArrayList<>();
        for (Sentence s : tagged.annotated().sentences()) {
            if (want.isEmpty() || MatchRules.norm(s.text()).contains(want)) {
                // The pipeline of the article's language, as coded it.
                out.add(reasons(
                        s, pipeline.pipelineFor(tagged.annotated().article()).explain(tagged, s)));
            }
        }
        return out;
    }

    private static MissReport.SentenceReasons reasons(Sentence s, SentenceCoding coding) {
        List<MissReport.Reason> reasons = new ArrayList<>();
        for (Decision d : coding.decisions()) {
            String kind = d.token() < 0 || d.token() >= s.size() ? "word" : kind(s.token(d.token()));
            reasons.add(
                    new MissReport.Reason(d.token(), d.word(), kind, d.outcome().label(), d.detail()));
        }
        return new MissReport.SentenceReasons(s.index(), s.text(), reasons);
    }

    private static String kind(Token t) {
        return t.isVerb() ? "verb" : t.isNoun() ? "noun" : "word";
    }
}

package org.dyad.eval.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.eval.CodedRun;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ParallelCoder;

/** Codes each gold record's text as an article of its own and scores where its event was placed. */
public final class PlaceEvaluation {
    private final DyadPipeline pipeline;
    private final int threads;

    public PlaceEvaluation(DyadPipeline pipeline, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is below 1");
        }
        this.threads = threads;
    }

    /** The articles the records are coded as: undated, named by the file's line so that ids may repeat. */
    public static List<Article> articles(String file, List<PlaceGoldRecord> records) {
        return records.stream()
                .map(r -> Article.ofText(r.id(), r.text(), Optional.empty(), file + ":" + r.line()))
                .toList();
    }

    public PlaceReport run(String file, List<PlaceGoldRecord> records, Consumer<ParallelCoder.Outcome> listener) {
        CodedRun run = CodedRun.code(new ParallelCoder(pipeline, threads), articles(file, records), listener);
        List<PlaceReport.Result> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PlaceGoldRecord gold = records.get(i);
            List<Event> events = run.articles().get(i).events();
            results.add(new PlaceReport.Result(
                    gold,
                    PlaceScorer.score(gold, events),
                    PlaceScorer.eventAtVerb(gold, events).flatMap(Event::where)));
        }
        return new PlaceReport(results);
    }
}

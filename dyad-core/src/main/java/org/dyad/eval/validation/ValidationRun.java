package org.dyad.eval.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.eval.CodedRun;
import org.dyad.eval.MissExplainer;
import org.dyad.eval.MissReport;
import org.dyad.model.Article;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ParallelCoder;

/**
 * A run over the validation records: codes each scored record's sentence as an article of its
 * own, dated by the record, with one pipeline on N threads; compares the events with the
 * expected codings; and explains the first records missed.
 */
public final class ValidationRun {
    private final DyadPipeline pipeline;
    private final int threads;

    public ValidationRun(DyadPipeline pipeline, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is below 1");
        }
        this.threads = threads;
    }

    /**
     * Scores {@code records} (read from {@code file}, which names the articles' origins),
     * explaining the first {@code misses} records missed; each article's coding outcome goes to {@code listener}.
     */
    public ValidationReport run(
            String file, List<ValidationRecord> records, int misses, Consumer<ParallelCoder.Outcome> listener) {
        return run(file, records, PetrarchCount.Rules.ENGLISH, List.of(), misses, listener);
    }

    /**
     * As {@link #run(String, List, int, Consumer)}, the report counting as UniversalPetrarch's
     * script by {@code rules} over the categories of {@code include} (all if empty) as well.
     */
    public ValidationReport run(
            String file,
            List<ValidationRecord> records,
            PetrarchCount.Rules rules,
            List<String> include,
            int misses,
            Consumer<ParallelCoder.Outcome> listener) {
        List<ValidationRecord> scored =
                records.stream().filter(ValidationRecord::scored).toList();
        // A record is read in its file's language: a sentence alone is short enough for language
        // detection to take a Spanish one for Portuguese now and then.
        String language = RecordParses.language(records).language();
        List<Article> articles =
                scored.stream().map(r -> r.article(file, language)).toList();
        CodedRun run = CodedRun.code(new ParallelCoder(pipeline, threads), articles, listener);
        List<ValidationReport.RecordResult> results = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            results.add(score(scored.get(i), run.articles().get(i).events()));
        }
        MissExplainer explainer = new MissExplainer(pipeline);
        List<ValidationReport.RecordMiss> explained = new ArrayList<>();
        for (int i = 0; i < results.size() && explained.size() < misses; i++) {
            if (results.get(i).missed()) {
                explained.add(explain(explainer, results.get(i), articles.get(i)));
            }
        }
        int notEvaluated = (int) records.stream().filter(r -> !r.evaluate()).count();
        List<ValidationRecord> errors = records.stream()
                .filter(r -> r.evaluate() && r.expectation() == ValidationRecord.Expectation.ERROR)
                .toList();
        return new ValidationReport(results, notEvaluated, errors, explained, rules, include);
    }

    /** How many of the record's expected codings {@code events} reproduce: strictly, leniently, by event code alone. */
    public static ValidationReport.RecordResult score(ValidationRecord record, List<org.dyad.model.Event> events) {
        List<CodingMatch.Reading> readings = CodingMatch.readings(events);
        return new ValidationReport.RecordResult(
                record,
                events,
                CodingMatch.reproduced(record.codings(), readings, CodingMatch.Closeness.STRICT),
                CodingMatch.reproduced(record.codings(), readings, CodingMatch.Closeness.LENIENT),
                CodingMatch.reproduced(record.codings(), readings, CodingMatch.Closeness.EVENT_CODE));
    }

    private static ValidationReport.RecordMiss explain(
            MissExplainer explainer, ValidationReport.RecordResult result, Article article) {
        try {
            List<MissReport.SentenceReasons> sentences = explainer.reasons(article, "");
            return new ValidationReport.RecordMiss(result, sentences, Optional.empty());
        } catch (RuntimeException e) {
            return new ValidationReport.RecordMiss(result, List.of(), Optional.of("could not be explained: " + e));
        }
    }
}

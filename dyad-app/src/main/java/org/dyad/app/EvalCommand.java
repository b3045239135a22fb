package org.dyad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dyad.eval.GoldArticle;
import org.dyad.eval.GoldEvaluation;
import org.dyad.eval.GoldFile;
import org.dyad.eval.GoldFileException;
import org.dyad.eval.GoldReader;
import org.dyad.eval.GoldReport;
import org.dyad.eval.GoldReportJson;
import org.dyad.eval.GoldReportText;
import org.dyad.eval.Roles;
import org.dyad.eval.validation.PetrarchCount;
import org.dyad.eval.validation.RecordParses;
import org.dyad.eval.validation.ValidationReader;
import org.dyad.eval.validation.ValidationRecord;
import org.dyad.eval.validation.ValidationReport;
import org.dyad.eval.validation.ValidationReportJson;
import org.dyad.eval.validation.ValidationReportText;
import org.dyad.eval.validation.ValidationRun;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.nlp.conllu.ConlluAnnotator;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ParallelCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: codes the articles of a gold file and prints how well the events match it. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measures dyad's accuracy: codes INPUT and scores the events against GOLD by the rules of "
                    + "the reference scorer score_events.py, whose summary line it prints last.",
            "Before it: a confusion table of PLOVER types and the first missed gold events, each with the events "
                    + "coded in its article and the coder's reasons for the sentence (as 'dyad explain' gives them).",
            "GOLD is a gold JSON file (one article, or {\"articles\": [...]}) and INPUT the articles as JSON Lines; "
                    + "or GOLD is a file of UniversalPetrarch validation records (.xml), which carry their own "
                    + "sentences: then it prints the expected codings reproduced, per category and in all, and "
                    + "UniversalPetrarch's own count of them (records evaluated, correct, uncoded, extra). The records "
                    + "may be English, Spanish or Arabic; --parses records codes them from their own UDPipe parses.",
            "A gold file marked \"exhaustive\": true lists every event of its articles: then the summary line ends "
                    + "with the precision, the core recall and their F1."
        })
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The gold file (.json) or validation records (.xml).")
    Path gold;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "INPUT",
            description = "The articles to code (.jsonl, or any input 'dyad code' reads); not with .xml records.")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json: one JSON object.")
    Format format = Format.TABLE;

    @Option(
            names = "--roles",
            paramLabel = "ROLES",
            description = "How much of the gold's roles must agree: full (default; country, agent and patron), "
                    + "country (only the countries) or none (the event type alone); as score_events.py --roles.")
    Roles roles = Roles.FULL;

    @Option(
            names = "--misses",
            paramLabel = "N",
            description = "How many misses to show and explain (default: ${DEFAULT-VALUE}).")
    int misses = 20;

    @Option(
            names = "--false-positives",
            paramLabel = "N",
            description = "How many groups of coded events that no gold event took (by trigger lemma and rule, "
                    + "most frequent first) to list (default: ${DEFAULT-VALUE}; 0 for none).")
    int falsePositives = 20;

    @Option(
            names = "--parses",
            paramLabel = "SOURCE",
            description = "With validation records: whose parses to code from: dyad (default; dyad's own parser) or "
                    + "records (each record's own CoNLL-U <Parse>, UDPipe's), to tell parser errors from coder errors.")
    Parses parses = Parses.DYAD;

    @Option(
            names = "--counting",
            paramLabel = "LANG",
            description = "With validation records: UniversalPetrarch's counting rules to count by: en (event code "
                    + "exactly), es (its first three characters), es-2018 (its two-digit root, actors unread: the "
                    + "Spanish script of October 2018) or ar (PLOVER type against CAMEO roots); "
                    + "default: the records' language.")
    String counting;

    @Mixin
    WorkerOptions workers;

    @Mixin
    PipelineOptions pipelineOptions;

    /** Where the parses of validation records come from. */
    public enum Parses {
        DYAD,
        RECORDS;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The output formats of {@code dyad eval}. */
    public enum Format {
        TABLE,
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public Integer call() {
        workers.check();
        if (misses < 0) {
            throw new UserError("--misses must be 0 or more, not " + misses, ExitCode.USAGE);
        }
        if (falsePositives < 0) {
            throw new UserError("--false-positives must be 0 or more, not " + falsePositives, ExitCode.USAGE);
        }
        pipelineOptions.check();
        boolean records = gold.getFileName() != null
                && gold.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
        return records ? validate() : score();
    }

    private int score() {
        PrintWriter err = spec.commandLine().getErr();
        if (input == null) {
            throw new UserError("a gold JSON file needs INPUT, the articles to code (JSON Lines)", ExitCode.USAGE);
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--parses") || counting != null) {
            throw new UserError(
                    "--parses and --counting apply to validation records (.xml), not to a gold JSON file",
                    ExitCode.USAGE);
        }
        GoldFile goldFile = readGold(() -> GoldReader.read(gold));
        List<GoldArticle> goldArticles = goldFile.articles();
        Inputs.Read read = Inputs.read(List.of(input), Optional.empty(), err);
        if (read.articles().isEmpty()) {
            if (read.reported() > 0) {
                return ExitCode.NO_INPUT;
            }
            throw new UserError("nothing to code: no article in " + input, ExitCode.NO_INPUT);
        }
        reportUnmatched(goldArticles, read.articles(), err);
        GoldReport report;
        try (DyadPipeline pipeline = Engine.load(err, pipelineOptions)) {
            List<Article> toCode = GoldEvaluation.toCode(goldArticles, read.articles());
            report = new GoldEvaluation(pipeline, workers.threads)
                    .run(goldFile, roles, read.articles(), misses, listener(err, toCode.size()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(GoldReportJson.toJson(report));
            out.flush();
        } else {
            new GoldReportText(out, falsePositives).write(report);
        }
        return ExitCode.OK;
    }

    private int validate() {
        PrintWriter err = spec.commandLine().getErr();
        if (input != null) {
            throw new UserError(
                    "validation records (.xml) carry their own sentences: no INPUT is needed, not " + input,
                    ExitCode.USAGE);
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--roles")) {
            throw new UserError(
                    "--roles applies to a gold JSON file, not to validation records (.xml)", ExitCode.USAGE);
        }
        PetrarchCount.Rules rules = countingRules();
        ValidationReader.Result read = readGold(() -> ValidationReader.read(gold));
        read.diagnostics().forEach(d -> err.println("dyad: " + d));
        if (rules == null) {
            rules = RecordParses.language(read.records());
        }
        ValidationReport report;
        try (DyadPipeline pipeline = parses == Parses.RECORDS
                ? Engine.load(err, pipelineOptions, recordParses(read.records(), err))
                : Engine.load(err, pipelineOptions)) {
            int scored = (int) read.records().stream().filter(r -> r.scored()).count();
            report = new ValidationRun(pipeline, workers.threads)
                    .run(gold.toString(), read.records(), rules, read.include(), misses, listener(err, scored));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(ValidationReportJson.toJson(report));
            out.flush();
        } else {
            new ValidationReportText(out).write(report);
        }
        return ExitCode.OK;
    }

    private PetrarchCount.Rules countingRules() {
        if (counting == null) {
            return null;
        }
        try {
            return PetrarchCount.Rules.of(counting);
        } catch (IllegalArgumentException e) {
            throw new UserError("--counting must be en, es, es-2018 or ar, not " + counting, ExitCode.USAGE);
        }
    }

    /** The annotator of the records' own parses, after saying on {@code err} how well their tokens were found in the texts. */
    private ConlluAnnotator recordParses(List<ValidationRecord> records, PrintWriter err) {
        ConlluAnnotator annotator = RecordParses.annotator(gold.toString(), records);
        long scored = records.stream().filter(ValidationRecord::scored).count();
        long parsed = records.stream()
                .filter(r -> r.scored() && r.parse().isPresent())
                .count();
        if (parsed == 0) {
            throw new UserError("--parses records: no record of " + gold + " has a <Parse>", ExitCode.NO_INPUT);
        }
        annotator.problems().stream().limit(10).forEach(p -> err.println("dyad: " + p));
        if (annotator.problems().size() > 10) {
            err.println("dyad: ... and " + (annotator.problems().size() - 10) + " more problems in the parses");
        }
        err.println("dyad: records' own parses: " + parsed + " of " + scored + " scored records have one"
                + (annotator.version1() ? " (UD v1 relations, read as v2)" : "") + "; their tokens found in the text: "
                + annotator.matches().entrySet().stream()
                        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        err.flush();
        return annotator;
    }

    private static <T> T readGold(java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (GoldFileException e) {
            throw new UserError(e.getMessage(), ExitCode.NO_INPUT);
        }
    }

    /** Names on standard error the gold articles INPUT lacks, whose events then all count as missed. */
    private static void reportUnmatched(List<GoldArticle> goldArticles, List<Article> articles, PrintWriter err) {
        if (GoldEvaluation.single(goldArticles)) {
            return;
        }
        Set<String> ids = articles.stream().map(Article::id).collect(Collectors.toSet());
        List<String> lacking = goldArticles.stream()
                .flatMap(g -> g.id().stream())
                .filter(id -> !ids.contains(id))
                .toList();
        if (!lacking.isEmpty()) {
            err.printf(
                    "dyad: %d gold article(s) are not in %s, so their events count as missed: %s%n",
                    lacking.size(),
                    "INPUT",
                    lacking.stream().limit(10).collect(Collectors.joining(", "))
                            + (lacking.size() > 10 ? ", ..." : ""));
            err.flush();
        }
    }

    /** Reports each article's diagnostics and failure on standard error, with a progress bar on a terminal. */
    private Consumer<ParallelCoder.Outcome> listener(PrintWriter err, int total) {
        Progress progress = new Progress(err, total, Terminal.stderrIsTerminal(), "coded", "event");
        int[] counts = new int[3]; // coded, failed, events
        return o -> {
            o.diagnostics().forEach(d -> err.println("dyad: " + d));
            if (o.coded().isPresent()) {
                counts[0]++;
                counts[2] += o.coded().get().events().size();
            } else {
                counts[1]++;
                err.println("dyad: "
                        + new Diagnostic(
                                o.article().origin(),
                                "could not be coded: " + o.failure().orElse("?")));
            }
            progress.step(counts[2]);
            if (counts[0] + counts[1] == total) {
                progress.done(counts[0], counts[1], counts[2]);
            }
        };
    }
}

package org.dyad.spark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The job's entry point for {@code spark-submit}: options in, {@link CodingJob} run, one summary line out. */
@Command(
        name = "dyad-spark",
        mixinStandardHelpOptions = true,
        description = {
            "Codes news articles into dyad.event/1 events with Apache Spark and writes them as Parquet.",
            "Input is JSON Lines (one article a line, as dyad code reads it), Parquet with the same columns, "
                    + "or WARC files (HTML responses)."
        })
public final class DyadSparkJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "PATH",
            description = "Articles: a file, directory or glob on any file system Spark reads.")
    String input;

    @Option(
            names = "--input-format",
            paramLabel = "FORMAT",
            description = "auto, jsonl, parquet or warc (default: ${DEFAULT-VALUE}: .parquet, .warc and .warc.gz "
                    + "by extension, else jsonl).")
    JobOptions.InputFormat format = JobOptions.InputFormat.AUTO;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "PATH",
            description = "Where to write the events (Parquet).")
    String output;

    @Option(names = "--articles", paramLabel = "PATH", description = "Also write the article table (Parquet) here.")
    String articles;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for articles that do not give their own.")
    LocalDate published;

    @Option(names = "--no-coref", description = "Do not link pronouns and 'the two sides' to actors.")
    boolean noCoreference;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "Code in N partitions (default: at least Spark's default parallelism).")
    Integer partitions;

    @Option(names = "--overwrite", description = "Replace existing output instead of stopping.")
    boolean overwrite;

    public static void main(String[] args) {
        int code = new CommandLine(new DyadSparkJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        JobOptions options = new JobOptions(
                input,
                format,
                output,
                Optional.ofNullable(articles),
                Optional.ofNullable(published),
                new PipelineConfig(!noCoreference),
                partitions == null ? OptionalInt.empty() : OptionalInt.of(partitions),
                overwrite);
        SparkSession spark = SparkSession.builder().appName("dyad code").getOrCreate();
        try {
            CodingJob.Summary summary = CodingJob.run(spark, options);
            PrintWriter err = spec.commandLine().getErr();
            err.printf(
                    "dyad-spark: %d event(s) written to %s%s%n",
                    summary.events(),
                    output,
                    articles == null
                            ? ""
                            : String.format(
                                    "; %d article record(s), %d not coded, to %s",
                                    summary.articles().orElseThrow(),
                                    summary.failed().orElseThrow(),
                                    articles));
            err.flush();
        } finally {
            spark.stop();
        }
        return 0;
    }
}

package org.dyad.spark;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one run of the job reads, writes and codes with.
 *
 * @param input      Hadoop path (file, directory or glob) of the articles
 * @param format     how to read {@code input}
 * @param output     where the events table goes (a Parquet directory)
 * @param articles   where the article table goes, if anywhere
 * @param published  publication date for articles that bring none
 * @param pipeline   what the executors' pipelines are built with
 * @param partitions how many partitions to code in; empty: at least Spark's default parallelism
 * @param overwrite  whether existing output is replaced rather than an error
 */
public record JobOptions(
        String input,
        InputFormat format,
        String output,
        Optional<String> articles,
        Optional<LocalDate> published,
        PipelineConfig pipeline,
        OptionalInt partitions,
        boolean overwrite) {

    public JobOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(partitions, "partitions");
        if (partitions.isPresent() && partitions.getAsInt() < 1) {
            throw new IllegalArgumentException("partitions " + partitions.getAsInt() + " is not positive");
        }
    }

    /** Options with defaults: format by extension, no article table, no default date, dyad code's pipeline. */
    public static JobOptions of(String input, String output) {
        return new JobOptions(
                input,
                InputFormat.AUTO,
                output,
                Optional.empty(),
                Optional.empty(),
                PipelineConfig.defaults(),
                OptionalInt.empty(),
                false);
    }

    /** The input formats; AUTO goes by the input path's extension. */
    public enum InputFormat {
        AUTO,
        JSONL,
        PARQUET,
        WARC;

        /** The format of {@code path} when this is AUTO: .parquet, .warc or .warc.gz, else JSON Lines. */
        public InputFormat resolve(String path) {
            if (this != AUTO) {
                return this;
            }
            String p = path.toLowerCase(Locale.ROOT);
            if (p.endsWith(".parquet")) {
                return PARQUET;
            }
            return p.endsWith(".warc") || p.endsWith(".warc.gz") ? WARC : JSONL;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.OptionalLong;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads articles, codes them in {@code mapPartitions} with one pipeline per
 * executor JVM, and writes the events (and, if asked, the articles) as Parquet.
 */
public final class CodingJob {

    /** What a run wrote: events, and when the article table was written, its rows and those not coded. */
    public record Summary(long events, OptionalLong articles, OptionalLong failed) {}

    private CodingJob() {}

    /** Runs the job on {@code spark}, which the caller owns. */
    public static Summary run(SparkSession spark, JobOptions options) {
        Dataset<String> lines = partitioned(spark, articleLines(spark, options), options);
        Dataset<Row> coded = lines.mapPartitions(
                new ArticleCoder(options.pipeline(), options.published()), Encoders.row(CodedArticleTable.SCHEMA));
        if (options.articles().isPresent()) {
            // Two outputs from one coding: without this, writing the second would code every article again.
            coded = coded.persist(StorageLevel.MEMORY_AND_DISK());
        }
        SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        coded.select(explode(col(CodedArticleTable.EVENTS)).as("e"))
                .select("e.*")
                .write()
                .mode(mode)
                .parquet(options.output());
        long events = spark.read().parquet(options.output()).count();
        if (options.articles().isEmpty()) {
            return new Summary(events, OptionalLong.empty(), OptionalLong.empty());
        }
        coded.drop(CodedArticleTable.EVENTS)
                .write()
                .mode(mode)
                .parquet(options.articles().get());
        Dataset<Row> articles = spark.read().parquet(options.articles().get());
        Summary summary = new Summary(
                events,
                OptionalLong.of(articles.count()),
                OptionalLong.of(articles.where(col("failure").isNotNull()).count()));
        coded.unpersist();
        return summary;
    }

    /** The input as article JSON lines ({@code dyad.article/1} or the contract's input lines). */
    static Dataset<String> articleLines(SparkSession spark, JobOptions options) {
        String input = options.input();
        return switch (options.format().resolve(input)) {
            case JSONL -> spark.read().textFile(input).filter((FilterFunction<String>) line -> !line.isBlank());
            // Spark writes the row back as JSON, which dyad's reader then takes as a JSON Lines line:
            // one way in for both formats, so ids and defaults cannot differ between them.
            case PARQUET -> spark.read().parquet(input).toJSON();
            case WARC ->
                spark.createDataset(
                        JavaSparkContext.fromSparkContext(spark.sparkContext())
                                .binaryFiles(input)
                                .flatMap(new WarcArticles(options.published()))
                                .rdd(),
                        Encoders.STRING());
            case AUTO -> throw new IllegalStateException("resolve() never gives AUTO");
        };
    }

    /**
     * The lines in as many partitions as asked, or in at least as many as Spark runs tasks at
     * once: a corpus of one small file is one partition, and would be coded by one core.
     */
    private static Dataset<String> partitioned(SparkSession spark, Dataset<String> lines, JobOptions options) {
        if (options.partitions().isPresent()) {
            return lines.repartition(options.partitions().getAsInt());
        }
        int parallelism = spark.sparkContext().defaultParallelism();
        return lines.rdd().getNumPartitions() < parallelism ? lines.repartition(parallelism) : lines;
    }
}

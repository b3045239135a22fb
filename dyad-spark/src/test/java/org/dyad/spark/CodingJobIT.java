package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.actors.ActorLexicon;
import org.dyad.coding.patterns.EventPatterns;
import org.dyad.format.ArticleReader;
import org.dyad.format.EventJsonWriter;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.QualifiedArticle;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.stage.StageContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in {@code local[2]} on fifteen VOA stories and checks it against dyad-core's
 * pipeline run directly in this JVM, built as {@code dyad code} builds it: the same events,
 * byte for byte in the {@code json} column, and columns that say what the JSON says.
 */
class CodingJobIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path sample;
    /** What dyad code prints for the sample: one dyad.event/1 line per event. */
    private static List<String> expected;

    private static CodingJob.Summary summary;

    @BeforeAll
    static void codeTheSampleBothWays() throws IOException {
        sample = dir.resolve("voa-sample.jsonl");
        try (InputStream in = CodingJobIT.class.getResourceAsStream("/voa/voa-sample.jsonl")) {
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        expected = codeDirectly(sample);
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("dyad-spark-it")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        JobOptions options = new JobOptions(
                sample.toString(),
                JobOptions.InputFormat.AUTO,
                dir.resolve("events").toString(),
                Optional.of(dir.resolve("articles").toString()),
                Optional.empty(),
                PipelineConfig.defaults(),
                OptionalInt.empty(),
                false);
        summary = CodingJob.run(spark, options);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theJobWritesExactlyTheEventsOfDyadCode() {
        Dataset<Row> events = spark.read().parquet(dir.resolve("events").toString());
        List<String> json =
                events.select("json").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();

        assertThat(expected).as("the sample gives events at all").hasSizeGreaterThan(20);
        assertThat(json).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(events.select("event_id").distinct().count()).isEqualTo(expected.size());
        assertThat(summary.events()).isEqualTo(expected.size());
    }

    @Test
    void theArticleTableHasEveryStoryAndItsEventCount() {
        Dataset<Row> articles = spark.read().parquet(dir.resolve("articles").toString());

        assertThat(articles.count()).isEqualTo(15);
        assertThat(articles.where("failure is not null").count()).isZero();
        long counted = articles.selectExpr("sum(event_count)").first().getLong(0);
        assertThat(counted).isEqualTo(expected.size());
        assertThat(articles.where("article_id = '8011115'")
                        .select("published")
                        .first()
                        .get(0))
                .hasToString("2025-03-14");
    }

    @Test
    void everyColumnSaysWhatTheJsonSays() throws IOException {
        List<Row> rows = spark.read().parquet(dir.resolve("events").toString()).collectAsList();
        for (Row row : rows) {
            JsonNode e = JSON.readTree(row.<String>getAs("json"));
            assertThat(row.<String>getAs("event_id"))
                    .isEqualTo(e.path("event_id").asText());
            assertThat(row.<Integer>getAs("sentence_index"))
                    .isEqualTo(e.path("sentence_index").asInt());
            assertThat(row.<Integer>getAs("trigger_start"))
                    .isEqualTo(e.path("trigger").path("start").asInt());
            for (String role : List.of("source", "target")) {
                JsonNode actor = e.path(role);
                assertThat((Object) row.getAs(role + "_code"))
                        .isEqualTo(actor.isNull() ? null : actor.path("code").asText());
                assertThat((Object) row.getAs(role + "_end"))
                        .isEqualTo(actor.isNull() ? null : actor.path("end").asInt());
                assertThat((Object) row.getAs(role + "_country")).isEqualTo(text(actor.path("country")));
            }
            assertThat(row.<String>getAs("cameo")).isEqualTo(e.path("cameo").asText());
            assertThat(row.<Integer>getAs("quad_class"))
                    .isEqualTo(e.path("quad_class").asInt());
            assertThat((Object) row.getAs("plover_type"))
                    .isEqualTo(text(e.path("plover").path("type")));
            assertThat(row.<String>getAs("status")).isEqualTo(e.path("status").asText());
            assertThat(row.getList(row.fieldIndex("attribution")))
                    .hasSize(e.path("attribution").size());
            assertThat(String.valueOf((Object) row.getAs("when_start")))
                    .isEqualTo(String.valueOf(text(e.path("when").path("start"))));
            assertThat((Object) row.getAs("where_name"))
                    .isEqualTo(text(e.path("where").path("name")));
        }
    }

    @Test
    void parquetInputGivesTheSameEventsAsJsonLines() {
        Set<String> firstFour = Set.of("8011115", "8008456", "8009853", "8008079");
        String parquet = dir.resolve("four.parquet").toString();
        spark.read()
                .json(sample.toString())
                .where(org.apache.spark.sql.functions.col("id").isin(firstFour.toArray()))
                .write()
                .parquet(parquet);
        String out = dir.resolve("events-from-parquet").toString();
        CodingJob.run(spark, JobOptions.of(parquet, out));

        List<String> json = spark.read()
                .parquet(out)
                .select("json")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        List<String> expectedForFour = expected.stream()
                .filter(line -> firstFour.contains(articleId(line)))
                .toList();
        assertThat(expectedForFour).isNotEmpty();
        assertThat(json).containsExactlyInAnyOrderElementsOf(expectedForFour);
    }

    /** Reads and codes {@code file} the way dyad code does, and writes the events the way it does. */
    private static List<String> codeDirectly(Path file) throws IOException {
        ReadResult read = new ArticleReader().read(file);
        assertThat(read.clean()).isTrue();
        StringWriter out = new StringWriter();
        EventJsonWriter writer = new EventJsonWriter(out);
        try (DyadPipeline pipeline = DyadPipeline.withBundledData(
                new CoreNlpAnnotator(), EventPatterns.load(List.of()), ActorLexicon.load(List.of()), true)) {
            for (Article article : read.articles()) {
                QualifiedArticle coded = pipeline.code(article, new StageContext(article.origin()));
                writer.writeAll(coded.events(), article.text());
            }
        }
        writer.flush();
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        return lines;
    }

    private static String articleId(String eventJson) {
        try {
            return JSON.readTree(eventJson).path("article_id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}

package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad bench} with the real models on a tiny corpus: one JSON object whose counts are
 * those of {@code dyad code} on the same input and whose figures are in range. Nothing here
 * depends on how fast the machine is.
 */
@ExtendWith(NoTerminal.class)
class BenchCommandIT {
    private static final List<String> REQUIRED = List.of(
            "threads",
            "articles",
            "sentences",
            "events",
            "load_seconds",
            "articles_per_second",
            "sentences_per_second",
            "own_stage_share",
            "peak_heap_mb");

    @TempDir
    static Path dir;

    private static Path corpus;

    @BeforeAll
    static void tinyCorpus() throws IOException {
        corpus = Files.writeString(
                dir.resolve("tiny.jsonl"),
                String.join(
                        "\n",
                        "{\"id\": \"a\", \"text\": \"Turkey condemned the Syrian government. Officials said talks would resume.\", "
                                + "\"published\": \"2019-05-13\"}",
                        "{\"id\": \"b\", \"text\": \"The United States imposed sanctions on Iran on Monday.\", \"published\": \"2019-05-14\"}",
                        "{\"id\": \"c\", \"text\": \"Russian jets bombed rebel positions near Idlib. Iran criticized Israel.\", "
                                + "\"published\": \"2019-05-15\"}",
                        ""));
    }

    @Test
    void jsonReportCountsWhatCodeCodes() throws IOException {
        CliRun code = CliRun.of("code", "--format", "jsonl", "--timing", "--threads", "1", corpus.toString());
        assertThat(code.exitCode()).as(code.toString()).isEqualTo(ExitCode.OK);
        int events = code.outLines().size();
        Matcher timing = Pattern.compile("(\\d+) article\\(s\\), (\\d+) sentence\\(s\\), (\\d+) event\\(s\\)")
                .matcher(code.err());
        assertThat(timing.find()).as(code.err()).isTrue();

        CliRun bench = CliRun.of("bench", "--format", "json", "--threads", "2", corpus.toString());

        assertThat(bench.exitCode()).as(bench.toString()).isEqualTo(ExitCode.OK);
        assertThat(bench.outLines()).as("one JSON object").hasSize(1);
        JsonNode report = new ObjectMapper().readTree(bench.out());
        assertThat(report.isObject()).isTrue();
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsAll(REQUIRED);
        assertThat(report.path("threads").asInt()).isEqualTo(2);
        assertThat(report.path("articles").asInt())
                .isEqualTo(Integer.parseInt(timing.group(1)))
                .isEqualTo(3);
        assertThat(report.path("sentences").asInt()).isEqualTo(Integer.parseInt(timing.group(2)));
        assertThat(report.path("events").asInt())
                .isEqualTo(Integer.parseInt(timing.group(3)))
                .isEqualTo(events);
        assertThat(report.path("tokens").asInt())
                .isGreaterThan(report.path("sentences").asInt());
        assertThat(report.path("load_seconds").asDouble()).isPositive();
        assertThat(report.path("articles_per_second").asDouble()).isPositive();
        assertThat(report.path("sentences_per_second").asDouble())
                .isGreaterThanOrEqualTo(report.path("articles_per_second").asDouble());
        assertThat(report.path("own_stage_share").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.path("stage_share").size()).isPositive();
        report.path("stage_share")
                .fields()
                .forEachRemaining(
                        e -> assertThat(e.getValue().asDouble()).as(e.getKey()).isBetween(0.0, 1.0));
        assertThat(report.path("stage_share").has("nlp.pos")).isTrue();
        assertThat(report.path("peak_heap_mb").asDouble())
                .isPositive()
                .isLessThanOrEqualTo(report.path("max_heap_mb").asDouble());
    }

    @Test
    void tableNamesTheStages() {
        CliRun bench = CliRun.of("bench", "--threads", "1", "--warmup", "0", corpus.toString());

        assertThat(bench.exitCode()).as(bench.toString()).isEqualTo(ExitCode.OK);
        assertThat(bench.out()).contains("3 article(s)", "annotate", "actors", "coding", "writing", "own stages");
    }

    @Test
    void emptyCorpusIsAUserError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

        CliRun bench = CliRun.of("bench", "--format", "json", empty.toString());

        assertThat(bench.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(bench.out()).isEmpty();
    }
}

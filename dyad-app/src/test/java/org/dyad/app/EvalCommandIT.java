package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad eval} end to end with the real models, on a gold file of three events over two
 * small articles and on two validation records; CoreNLP's models load once for the class.
 */
@ExtendWith(NoTerminal.class)
class EvalCommandIT {
    private static final String SUMMARY = "score: core 2/3; coded 2, matched 2, precision~1.00, boilerplate events 0";

    @TempDir
    static Path dir;

    private static Path gold;
    private static Path input;

    @BeforeAll
    static void files() throws IOException {
        input = Files.writeString(
                dir.resolve("input.jsonl"),
                String.join(
                        "\n",
                        "{\"id\": \"t1\", \"text\": \"Turkey condemned the Syrian government. The weather was mild in Ankara on Monday.\","
                                + " \"published\": \"2019-05-13\"}",
                        "{\"id\": \"t2\", \"text\": \"The United States imposed sanctions on Iran.\", \"published\": \"2019-05-14\"}",
                        ""));
        gold = Files.writeString(dir.resolve("gold.json"), """
                {"articles": [
                  {"id": "t1", "events": [
                     {"id": "g1", "sentence": "Turkey  condemned", "source": {"country": "TUR"}, "target": {"country": ["SYR"]},
                      "plover": ["ACCUSE", "DISAPPROVE"], "cameo_root": ["11"]},
                     {"id": "g2", "sentence": "the weather was mild", "source": {"country": "TUR"}, "plover": ["PROTEST"]}],
                   "not_events": [{"sentence": "The weather was mild"}]},
                  {"id": "t2", "events": [
                     {"id": "g3", "sentence": "imposed sanctions", "source": {"country": "USA"}, "target": {"country": "IRN"},
                      "cameo_root": ["16"]}]}]}
                """);
    }

    @Test
    void tableEndsWithTheScriptsSummaryLineAfterTheConfusionAndTheMisses() {
        CliRun run = CliRun.of("eval", gold.toString(), input.toString(), "--threads", "2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        List<String> lines = run.outLines();
        assertThat(lines.get(lines.size() - 1)).isEqualTo(SUMMARY);
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+")).containsExactly("PROTEST", "1", "0", ".", "1"));
        assertThat(run.out())
                .contains(
                        "Missed gold events: 1 of 3",
                        "1. gold g2 (core), article t1",
                        "fragment: \"the weather was mild\"",
                        "s1 111/ACCUSE TUR -> SYRGOV \"condemned\"",
                        "why, sentence 2: The weather was mild in Ankara on Monday.");
    }

    @Test
    void jsonHasTheScriptsNumbersTheTableAndTheMisses() throws IOException {
        CliRun run = CliRun.of("eval", gold.toString(), input.toString(), "--format", "json", "--misses", "5");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("core").path("hit").asInt()).isEqualTo(2);
        assertThat(json.path("precision_proxy").asDouble()).isEqualTo(1.0);
        assertThat(json.path("core_recall").asDouble()).isEqualTo(0.667);
        assertThat(json.path("summary").asText()).isEqualTo(SUMMARY);
        assertThat(json.path("confusion").path("PROTEST").path("no event").asInt())
                .isEqualTo(1);
        assertThat(json.path("misses").get(0).path("gold_id").asText()).isEqualTo("g2");
        assertThat(json.path("misses")
                        .get(0)
                        .path("sentences")
                        .get(0)
                        .path("index")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void validationRecordsCountTheExpectedCodingsReproduced() throws IOException {
        Path actors = Files.writeString(dir.resolve("actors.txt"), "ARNOR_ [ARN]\nGONDOR [GON]\n");
        Path records = Files.writeString(dir.resolve("records.xml"), """
                <Validation><Sentences>
                <!-- a <Sentence> with an expected coding, one with none -->
                <Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
                <EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
                <PLEvent {"event": "050"}>
                <Text>
                Arnor is about to restore full diplomatic ties with Gondor almost
                five years after crowds trashed its embassy.
                </Text>
                </Sentence>
                <Sentence category="PARSING" date="19950102" id="NONE-01" evaluate="true">
                <EventCoding noevents="True" />
                <Text>The weather was mild in Ankara on Monday.</Text>
                </Sentence>
                </Sentences></Validation>
                """);

        CliRun run = CliRun.of("eval", records.toString(), "--dictionary", actors.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        List<String> lines = run.outLines();
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("validation: reproduced 1/1 expected codings (100.0%), lenient 1/1, event code alone 1/1;"
                        + " no-event records right 1/1");
        assertThat(lines.get(1).split("\\s+")).containsExactly("DEMO", "1", "1", "1", "1", "0/0", "1");
    }
}

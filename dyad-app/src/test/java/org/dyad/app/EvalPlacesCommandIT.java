package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad eval-places} end to end with the real models on eleven records of the event-location
 * gold (test resource eval-places/, MIT; see its SOURCES.md), one of them without a verb.
 */
@ExtendWith(NoTerminal.class)
class EvalPlacesCommandIT {
    private static final String SAMPLE = "eval-places/event_location_sample.jsonl";
    private static final String SUMMARY = "^places: right \\d+/\\d+ \\(\\d+\\.\\d%\\) of the events at gold verbs; "
            + "gold location found \\d+/\\d+, no place where the gold has none \\d+/\\d+; no event at \\d+ of 10 gold verbs$";

    @TempDir
    static Path dir;

    private static Path gold;

    @BeforeAll
    static void files() throws IOException {
        try (InputStream in = EvalPlacesCommandIT.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            assertThat(in).as(SAMPLE).isNotNull();
            gold = dir.resolve("gold.jsonl");
            Files.copy(in, gold);
        }
    }

    @Test
    void tableListsTheOutcomesAndEndsWithTheSummary() {
        CliRun run = CliRun.of("eval-places", gold.toString(), "--threads", "2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("gold.jsonl:11: no verb span; skipped");
        List<String> lines = run.outLines();
        assertThat(lines.get(lines.size() - 1)).matches(SUMMARY);
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("all\\s+10"));
    }

    @Test
    void jsonGivesEachRecordsOutcome() throws IOException {
        CliRun run = CliRun.of("eval-places", gold.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("records").asInt()).isEqualTo(10);
        assertThat(json.path("scored").asInt() + json.path("no_event").asInt()).isEqualTo(10);
        Map<String, JsonNode> byId = new HashMap<>();
        json.path("results").forEach(r -> byId.put(r.path("id").asText(), r));
        // "killed in the Turkish southern city of Gaziantep": the designated town on the verb.
        assertThat(byId.get("masdar_kill_389").path("outcome").asText()).isEqualTo("right_place");
        assertThat(byId.get("masdar_kill_389").path("where").asText()).isEqualTo("Gaziantep");
        // "killed in fighting in Syria's Aleppo province": the place hung from a locative noun.
        assertThat(byId.get("masdar_kill_5").path("where").asText()).isEqualTo("Aleppo province");
    }
}

package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad code} and {@code dyad explain} end to end with the real models, with and without
 * the user's own patterns. Every command
 * builds its own pipeline, as the CLI does; CoreNLP keeps its loaded models in a JVM-wide cache
 * keyed by their settings, so the models load once for the whole class.
 */
@ExtendWith(NoTerminal.class)
class CodeCommandIT {

    private static final String SEED = "it/russia-iran-syria.txt";
    /** The seed's sentence with the accusation, counting from 1 as the table and explain do. */
    private static final int ACCUSING_SENTENCE = 21;

    @TempDir
    static Path dir;

    private static Path seed;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void copyTheSeed() throws IOException {
        seed = dir.resolve("russia-iran-syria.txt");
        try (InputStream in = CodeCommandIT.class.getClassLoader().getResourceAsStream(SEED)) {
            assertThat(in).as("test resource " + SEED).isNotNull();
            Files.copy(in, seed);
        }
    }

    @Test
    void jsonlCodesTheGoodArticlesAroundABadLine() throws IOException {
        Path input = Files.writeString(
                dir.resolve("mixed.jsonl"),
                String.join(
                        "\n",
                        "{\"id\": \"good-1\", \"text\": \"Turkey condemned the Syrian government.\", \"published\": \"2019-05-13\"}",
                        "{\"id\": \"broken\", \"text\": \"Iran threatened",
                        "{\"id\": \"good-2\", \"text\": \"The United States imposed sanctions on Iran.\", \"published\": \"2019-05-14\"}",
                        ""));

        CliRun run = CliRun.of("code", "--format", "jsonl", "--threads", "2", input.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        List<JsonNode> events = parse(run.outLines());
        assertThat(events).extracting(e -> e.path("schema").asText()).containsOnly("dyad.event/1");
        assertThat(events)
                .extracting(e -> e.path("article_id").asText())
                .contains("good-1", "good-2")
                .containsOnly("good-1", "good-2");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("article_id").asText()).isEqualTo("good-1");
            assertThat(e.path("source").path("country").asText()).isEqualTo("TUR");
            assertThat(e.path("cameo_root").asText()).isEqualTo("11");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("article_id").asText()).isEqualTo("good-2");
            assertThat(e.path("target").path("country").asText()).isEqualTo("IRN");
            assertThat(e.path("when").path("start").asText()).isEqualTo("2019-05-14");
        });
        assertThat(run.errLines())
                .as(run.toString())
                .filteredOn(l -> l.startsWith("dyad: " + input + ":2:"))
                .hasSize(1);
        assertThat(run.errLines()).as(run.toString()).noneMatch(l -> l.contains("could not be coded"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void tableHasAHeaderAndOneLinePerEvent() throws IOException {
        Path input = Files.writeString(
                dir.resolve("two-sentences.txt"),
                "Turkey condemned the Syrian government.\nThe United States imposed sanctions on Iran.\n");

        CliRun jsonl = CliRun.of("code", "--format", "jsonl", "--published", "2019-05-13", input.toString());
        CliRun table = CliRun.of("code", "--format", "table", "--published", "2019-05-13", input.toString());

        assertThat(jsonl.exitCode()).as(jsonl.toString()).isEqualTo(ExitCode.OK);
        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCode.OK);
        List<JsonNode> events = parse(jsonl.outLines());
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        List<String> lines = table.outLines();
        assertThat(lines.get(0).split("\\s+")).containsExactly("sent", "source", "cameo", "event", "target", "trigger");
        assertThat(lines).hasSize(events.size() + 1);
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            assertThat(lines.get(i + 1).split("\\s+", 4))
                    .as(lines.get(i + 1))
                    .startsWith(
                            "s" + (e.path("sentence_index").asInt() + 1),
                            code(e.path("source")),
                            e.path("cameo").asText());
        }
        assertThat(table.out()).doesNotContain("\u001B[");
    }

    @Test
    void aPatternsFileRecodesAVerbSilencesAnotherAndAddsAnEventNoun() throws IOException {
        Path input = Files.writeString(
                dir.resolve("patterned.txt"),
                String.join(
                        "\n",
                        "Turkey condemned the Syrian government.",
                        "Russia rebuffed the Iranian proposal.",
                        "Turkish drone attacks hit Kurdish militants in Iraq.",
                        ""));
        Path patterns = Files.writeString(
                dir.resolve("my-patterns.txt"),
                String.join(
                        "\n",
                        "# condemning as accusing; rebuffing as nothing; drone attacks as aerial weapons",
                        "verb condemn = 112",
                        "verb rebuff = ---",
                        "verb shell 194",
                        "noun drone attack = 195",
                        ""));

        CliRun bundled = CliRun.of("code", "--format", "jsonl", "--published", "2019-05-13", input.toString());
        CliRun user = CliRun.of(
                "code",
                "--format",
                "jsonl",
                "--published",
                "2019-05-13",
                "--patterns",
                patterns.toString(),
                input.toString());

        assertThat(codesByTrigger(bundled))
                .as(bundled.toString())
                .containsEntry("condemned", "111")
                .containsEntry("rebuffed", "110")
                // "drone" is read as a noun, "attacks" as the subject of the light verb "hit",
                // which joins the trigger as in "a roadside bomb strikes".
                .containsEntry("attacks hit", "190");
        assertThat(codesByTrigger(user))
                .as(user.toString())
                .containsEntry("condemned", "112")
                .doesNotContainKey("rebuffed")
                .containsEntry("drone attacks hit", "195");
        assertThat(user.errLines()).containsExactly("dyad: " + patterns + ":4: no '=' before the code; line skipped");
        List<JsonNode> events = parse(user.outLines());
        assertThat(events)
                .filteredOn(e -> e.path("trigger").path("text").asText().equals("condemned"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path("entries").get(0).asText()).isEqualTo(patterns + ":2 CONDEMN [CONDEMN]");
                    assertThat(e.path("provenance")
                                    .path("dictionaries")
                                    .path("patterns")
                                    .asText())
                            .isEqualTo(patterns.toString());
                });
    }

    @Test
    void explainShowsEverySectionAndTheAccusingVerbAsAnEvent() {
        CliRun run = CliRun.of(
                "explain",
                seed.toString(),
                "--sentence",
                String.valueOf(ACCUSING_SENTENCE),
                "--published",
                "2019-05-13");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        List<String> lines = run.outLines();
        assertThat(lines.get(0))
                .startsWith("Sentence " + ACCUSING_SENTENCE + ": Various Iranian regime operatives "
                        + "are even accusing Syrian and Russian officials");
        assertThat(lines)
                .filteredOn(l -> !l.startsWith(" ") && !l.isEmpty())
                .extracting(l -> l.split("[ :(]")[0])
                .containsSubsequence("Sentence", "Tokens", "Dependency", "Actors", "Verbs", "Events");
        assertThat(lines).contains("Dependency tree:", "Actors:", "Verbs and event nouns:", "Events:");
        List<String> verbs = section(lines, "Verbs and event nouns:");
        assertThat(verbs).anySatisfy(l -> assertThat(l).matches("\\s+accusing \\[\\d+\\]: event - .*"));
        List<String> events = section(lines, "Events:");
        assertThat(events).anySatisfy(l -> assertThat(l).matches("\\s+IRN\\S* -11\\d+-> SYR\\S* .*\"accusing\".*"));
        assertThat(events).anySatisfy(l -> assertThat(l).matches("\\s+IRN\\S* -11\\d+-> RUS\\S* .*\"accusing\".*"));
        assertThat(section(lines, "Actors:"))
                .anySatisfy(l -> assertThat(l).contains("\"Various Iranian regime operatives\""));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void explainOfASentenceBeyondTheArticleIsAUsageError() {
        CliRun run = CliRun.of("explain", seed.toString(), "--sentence", "999");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("dyad: ")
                .contains("999");
        assertThat(run.out()).isEmpty();
    }

    /** The lines of the section headed {@code heading}, up to the next blank line. */
    private static List<String> section(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        assertThat(start).as("section " + heading).isNotNegative();
        List<String> body = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            body.add(lines.get(i));
        }
        return body;
    }

    private List<JsonNode> parse(List<String> lines) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            try {
                nodes.add(json.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + line, e);
            }
        }
        return nodes;
    }

    /** The CAMEO code of each event of a jsonl run, by its trigger text. */
    private Map<String, String> codesByTrigger(CliRun run) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        Map<String, String> codes = new HashMap<>();
        parse(run.outLines())
                .forEach(e -> codes.put(
                        e.path("trigger").path("text").asText(), e.path("cameo").asText()));
        return codes;
    }

    private static String code(JsonNode actor) {
        return actor.isObject() ? actor.path("code").asText() : "-";
    }
}

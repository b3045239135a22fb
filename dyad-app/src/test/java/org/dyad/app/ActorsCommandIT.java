package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad actors} end to end with the real models and a user dictionary that gives an
 * invented person a code and a patron. CoreNLP keeps its loaded models in a JVM-wide cache, so
 * they load once however many commands the tests run.
 */
@ExtendWith(NoTerminal.class)
class ActorsCommandIT {

    /** A first sentence with a character beyond the BMP, so code-point and Java offsets differ. */
    private static final String TEXT = "Witnesses in Hama described the shelling \uD83D\uDE22 as the worst in months. "
            + "Colonel Jamil Nadir met Russian officers in Hama on Monday.\n";

    private static final String NADIR = "Colonel Jamil Nadir";

    @TempDir
    static Path dir;

    private static Path article;
    private static Path dictionary;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void inputs() throws IOException {
        article = Files.writeString(dir.resolve("nadir.txt"), TEXT);
        dictionary = Files.writeString(
                dir.resolve("my-actors.txt"),
                String.join(
                        "\n",
                        "# invented for this test",
                        "Colonel Jamil Nadir | Jamil Nadir = SYRMIL patron=RUS",
                        "Walid Qassem =",
                        ""));
    }

    @Test
    void jsonLinesGiveTheUsersCodeAndPatronWithCodePointOffsets() {
        CliRun run = CliRun.of(
                "actors", "--dictionary", dictionary.toString(), "--published", "2019-05-13", article.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.errLines())
                .as(run.toString())
                .containsExactly("dyad: " + dictionary + ":3: no code after '='; line skipped");
        List<JsonNode> mentions = parse(run.outLines());
        assertThat(mentions).extracting(m -> m.path("schema").asText()).containsOnly("dyad.actor/1");
        JsonNode nadir = mentions.stream()
                .filter(m -> m.path("text").asText().equals(NADIR))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + NADIR + "' in\n" + run));
        assertThat(nadir.path("sentence_index").asInt()).isEqualTo(1);
        assertThat(nadir.path("name").asText()).isEqualTo(NADIR);
        assertThat(nadir.path("code").asText()).isEqualTo("SYRMIL");
        assertThat(nadir.path("country").asText()).isEqualTo("SYR");
        assertThat(nadir.path("agent").asText()).isEqualTo("MIL");
        assertThat(nadir.path("patron").asText()).isEqualTo("RUS");
        assertThat(nadir.path("kind").asText()).isEqualTo("person");
        assertThat(nadir.path("head").asText()).isEqualTo("Nadir");
        assertThat(nadir.path("evidence")).extracting(JsonNode::asText).contains(dictionary + ":2");
        int start = TEXT.codePointCount(0, TEXT.indexOf(NADIR));
        assertThat(nadir.path("start").asInt()).isEqualTo(start).isEqualTo(TEXT.indexOf(NADIR) - 1);
        assertThat(nadir.path("end").asInt()).isEqualTo(start + NADIR.length());
        int[] codePoints = TEXT.codePoints().toArray();
        for (JsonNode m : mentions) {
            int from = m.path("start").asInt();
            assertThat(new String(codePoints, from, m.path("end").asInt() - from))
                    .isEqualTo(m.path("text").asText());
        }
    }

    @Test
    void theTableShowsTheMentionOnOneLine() {
        CliRun run = CliRun.of(
                "actors",
                "--format",
                "table",
                "--threads",
                "2",
                "--dictionary",
                dictionary.toString(),
                "--published",
                "2019-05-13",
                article.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0).split("\\s+"))
                .containsExactly("sent", "text", "code", "country", "agent", "patron", "kind");
        assertThat(run.outLines())
                .anySatisfy(l -> assertThat(l.split("\\s{2,}"))
                        .containsExactly("s2", NADIR, "SYRMIL", "SYR", "MIL", "RUS", "person"));
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
}

package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorKind;
import org.dyad.model.UnknownActor;
import org.junit.jupiter.api.Test;

class ActorJsonWriterTest {
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> lines(String out) throws Exception {
        assertThat(out).endsWith("\n");
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }

    @Test
    void writesOneObjectPerMentionWithTheContractsActorFields() throws Exception {
        StringWriter out = new StringWriter();
        ActorJsonWriter writer = new ActorJsonWriter(out);

        writer.writeAll(TestActors.article());
        writer.flush();

        List<JsonNode> mentions = lines(out.toString());
        assertThat(mentions).hasSize(2);
        JsonNode nadir = mentions.get(0);
        assertThat(iterable(nadir.fieldNames()))
                .containsExactly(
                        "schema",
                        "article_id",
                        "sentence_index",
                        "text",
                        "start",
                        "end",
                        "name",
                        "code",
                        "country",
                        "agent",
                        "patron",
                        "kind",
                        "head",
                        "evidence");
        assertThat(nadir.path("schema").asText()).isEqualTo("dyad.actor/1");
        assertThat(nadir.path("article_id").asText()).isEqualTo("a1");
        assertThat(nadir.path("sentence_index").asInt()).isEqualTo(1);
        assertThat(nadir.path("code").asText()).isEqualTo("SYRMIL");
        assertThat(nadir.path("country").asText()).isEqualTo("SYR");
        assertThat(nadir.path("agent").asText()).isEqualTo("MIL");
        assertThat(nadir.path("patron").asText()).isEqualTo("RUS");
        assertThat(nadir.path("kind").asText()).isEqualTo("person");
        assertThat(nadir.path("head").asText()).isEqualTo("Nadir");
        assertThat(nadir.path("evidence")).extracting(JsonNode::asText).containsExactly("mine.txt:1");
        JsonNode officers = mentions.get(1);
        assertThat(officers.path("agent").isNull()).isTrue();
        assertThat(officers.path("patron").isNull()).isTrue();
        assertThat(officers.path("head").asText()).isEqualTo("officers");
    }

    @Test
    void offsetsAreCodePointsIntoTheArticleText() throws Exception {
        StringWriter out = new StringWriter();

        new ActorJsonWriter(out).writeAll(TestActors.article());

        int[] codePoints = TestActors.TEXT.codePoints().toArray();
        for (JsonNode m : lines(out.toString())) {
            String cut = new String(
                    codePoints,
                    m.path("start").asInt(),
                    m.path("end").asInt() - m.path("start").asInt());
            assertThat(cut).isEqualTo(m.path("text").asText());
        }
        // One surrogate pair before the sentence: the code-point offset is one less than Java's index.
        assertThat(lines(out.toString()).get(0).path("start").asInt()).isEqualTo(TestActors.FIRST.length() - 1);
    }

    @Test
    void writesUnknownActorsOneALine() throws Exception {
        StringWriter out = new StringWriter();

        new ActorJsonWriter(out)
                .writeUnknown(List.of(
                        new UnknownActor(
                                "Walid Qassem",
                                3,
                                "SYRMIL",
                                Optional.of("SYR"),
                                Optional.of("MIL"),
                                ActorKind.PERSON,
                                "Brigadier Walid Qassem"),
                        new UnknownActor(
                                "al-Nemr group",
                                1,
                                "---",
                                Optional.empty(),
                                Optional.empty(),
                                ActorKind.GROUP,
                                "the al-Nemr group")));

        List<JsonNode> actors = lines(out.toString());
        assertThat(actors).hasSize(2);
        assertThat(iterable(actors.get(0).fieldNames()))
                .containsExactly("name", "count", "code", "country", "agent", "kind", "example");
        assertThat(actors.get(0).path("count").asInt()).isEqualTo(3);
        assertThat(actors.get(0).path("kind").asText()).isEqualTo("person");
        assertThat(actors.get(1).path("country").isNull()).isTrue();
        assertThat(actors.get(1).path("example").asText()).isEqualTo("the al-Nemr group");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}

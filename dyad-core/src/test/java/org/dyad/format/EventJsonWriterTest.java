package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.junit.jupiter.api.Test;

class EventJsonWriterTest {

    private final EventJsonReader reader = new EventJsonReader();

    @Test
    void writesTheContractFieldsInOrderThenTheAddedOnes() {
        JsonNode json = reader.parse(EventJsonWriter.toJson(TestEvents.full()));

        assertThat(fieldNames(json))
                .containsExactly(
                        "schema",
                        "event_id",
                        "article_id",
                        "sentence_index",
                        "sentence",
                        "trigger",
                        "source",
                        "target",
                        "symmetric",
                        "cameo",
                        "cameo_root",
                        "cameo_name",
                        "quad_class",
                        "goldstein",
                        "plover",
                        "status",
                        "negated",
                        "attribution",
                        "when",
                        "where",
                        "confidence",
                        "rule",
                        "entries",
                        "provenance");
        assertThat(fieldNames(json.get("trigger"))).containsExactly("text", "start", "end");
        assertThat(fieldNames(json.get("source")))
                .containsExactly("text", "start", "end", "name", "code", "country", "agent", "patron", "kind");
        assertThat(fieldNames(json.get("target"))).isEqualTo(fieldNames(json.get("source")));
        assertThat(fieldNames(json.get("plover"))).containsExactly("type", "mode");
        assertThat(fieldNames(json.get("attribution").get(0))).containsExactly("text", "kind", "code", "country");
        assertThat(fieldNames(json.get("when"))).containsExactly("text", "start", "end", "granularity", "basis");
        assertThat(fieldNames(json.get("where")))
                .containsExactly("text", "name", "country", "admin1", "lat", "lon", "feature", "gazetteer_id");
        assertThat(fieldNames(json.get("provenance"))).containsExactly("dyad", "nlp", "dictionaries");
    }

    @Test
    void writesValuesWithTheContractTypes() {
        JsonNode json = reader.parse(EventJsonWriter.toJson(TestEvents.full()));

        assertThat(json.get("schema").asText()).isEqualTo("dyad.event/1");
        assertThat(json.get("sentence_index").isInt()).isTrue();
        assertThat(json.get("sentence_index").asInt()).isEqualTo(1);
        assertThat(json.get("trigger").get("start").isInt()).isTrue();
        assertThat(json.get("trigger").get("end").isInt()).isTrue();
        assertThat(json.get("symmetric").isBoolean()).isTrue();
        assertThat(json.get("cameo").isTextual()).isTrue();
        assertThat(json.get("cameo").asText()).isEqualTo("190");
        assertThat(json.get("cameo_root").asText()).isEqualTo("19");
        assertThat(json.get("cameo_name").asText()).startsWith("Use conventional military force");
        assertThat(json.get("quad_class").isInt()).isTrue();
        assertThat(json.get("quad_class").asInt()).isEqualTo(4);
        assertThat(json.get("goldstein").isNumber()).isTrue();
        assertThat(json.get("goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(json.get("plover").get("type").asText()).isEqualTo("ASSAULT");
        assertThat(json.get("plover").get("mode").asText()).isEqualTo("firearms");
        assertThat(json.get("status").asText()).isEqualTo("reported");
        assertThat(json.get("negated").isBoolean()).isTrue();
        assertThat(json.get("source").get("kind").asText()).isEqualTo("group");
        assertThat(json.get("source").get("patron").asText()).isEqualTo("IRN");
        assertThat(json.get("target").get("patron").asText()).isEqualTo("RUS");
        assertThat(json.get("when").get("start").asText()).isEqualTo("2019-05-05");
        assertThat(json.get("when").get("end").asText()).isEqualTo("2019-05-07");
        assertThat(json.get("when").get("basis").asText()).isEqualTo("relative");
        assertThat(json.get("where").get("lat").isNumber()).isTrue();
        assertThat(json.get("where").get("lat").asDouble()).isEqualTo(35.2);
        assertThat(json.get("confidence").asDouble()).isEqualTo(0.82);
        assertThat(json.get("entries").isArray()).isTrue();
        assertThat(json.get("entries").get(1).asText()).isEqualTo("actor:IRAN");
        assertThat(fieldNames(json.get("provenance").get("dictionaries"))).containsExactly("actors", "verbs");
    }

    @Test
    void writesJsonNullForEveryEmptyOptional() {
        JsonNode json = reader.parse(EventJsonWriter.toJson(TestEvents.sparse("a1", 0)));

        assertThat(json.get("target").getNodeType()).isEqualTo(JsonNodeType.NULL);
        assertThat(json.get("source").get("country").isNull()).isTrue();
        assertThat(json.get("source").get("agent").isNull()).isTrue();
        assertThat(json.get("source").get("patron").isNull()).isTrue();
        assertThat(json.get("plover").isNull()).isTrue();
        assertThat(json.get("where").isNull()).isTrue();
        assertThat(json.get("when").get("text").isNull()).isTrue();
        assertThat(json.get("when").get("start").isNull()).isTrue();
        assertThat(json.get("when").get("end").isNull()).isTrue();
        assertThat(json.get("when").get("basis").asText()).isEqualTo("unresolved");
        assertThat(json.get("attribution").isArray()).isTrue();
        assertThat(json.get("attribution")).isEmpty();
        assertThat(json.get("entries")).isEmpty();
        assertThat(json.get("cameo_root").asText()).isEqualTo("01");
        assertThat(json.get("negated").asBoolean()).isTrue();
        assertThat(json.get("provenance").get("dictionaries").isObject()).isTrue();
        assertThat(json.get("attribution").isEmpty()).isTrue();
    }

    @Test
    void attributionCodeAndCountryAreNullWhenUnknown() {
        JsonNode link = reader.parse(EventJsonWriter.toJson(TestEvents.full()))
                .get("attribution")
                .get(0);

        assertThat(link.get("text").asText()).isEqualTo("the al-Quds al-Arabi daily");
        assertThat(link.get("kind").asText()).isEqualTo("media");
        assertThat(link.get("code").isNull()).isTrue();
        assertThat(link.get("country").isNull()).isTrue();
    }

    @Test
    void offsetsCutTheSameTextOutOfTheArticleAfterTheRoundTrip() {
        JsonNode json = reader.parse(EventJsonWriter.toJson(TestEvents.full()));

        for (String role : List.of("trigger", "source", "target")) {
            JsonNode part = json.get(role);
            String cut = TestEvents.TEXT.substring(
                    part.get("start").asInt(), part.get("end").asInt());
            assertThat(cut).as(role).isEqualTo(part.get("text").asText());
        }
        assertThat(json.get("sentence").asText()).isEqualTo(TestEvents.SENTENCE);
        assertThat(json.get("where").get("text").asText()).isEqualTo("Ḥamā");
    }

    @Test
    void writesOneUtf8LinePerEvent() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EventJsonWriter writer = EventJsonWriter.utf8(bytes);
        writer.writeAll(List.of(TestEvents.full(), TestEvents.sparse("a2", 3)), TestEvents.TEXT);
        writer.flush();

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).endsWith("\n").doesNotContain("\r").contains("Ḥamā");
        List<String> lines = output.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"schema\":\"dyad.event/1\",\"event_id\":\"e-1\"");
        assertThat(reader.parse(lines.get(1)).get("article_id").asText()).isEqualTo("a2");
    }

    @Test
    void aSentenceWithLineBreaksStaysOnOneLine() {
        Event event = TestEvents.full();
        Event multiline = new Event(
                event.eventId(),
                event.articleId(),
                event.sentenceIndex(),
                "First line\nsecond line",
                event.trigger(),
                event.source(),
                event.target(),
                event.symmetric(),
                event.code(),
                event.status(),
                event.negated(),
                event.attribution(),
                event.when(),
                event.where(),
                event.confidence(),
                event.rule(),
                event.entries(),
                event.provenance());

        String json = EventJsonWriter.toJson(multiline);

        assertThat(json).doesNotContain("\n");
        assertThat(reader.parse(json).get("sentence").asText()).isEqualTo("First line\nsecond line");
    }

    @Test
    void coordinatesThatAreNotNumbersBecomeNull() {
        Event event = TestEvents.full();
        Place nowhere = new Place(
                "there",
                "There",
                Optional.empty(),
                Optional.empty(),
                Double.NaN,
                Double.POSITIVE_INFINITY,
                "city",
                "x");
        Event odd = new Event(
                event.eventId(),
                event.articleId(),
                event.sentenceIndex(),
                event.sentence(),
                event.trigger(),
                event.source(),
                event.target(),
                event.symmetric(),
                event.code(),
                event.status(),
                event.negated(),
                event.attribution(),
                event.when(),
                Optional.of(nowhere),
                event.confidence(),
                event.rule(),
                event.entries(),
                event.provenance());

        JsonNode where = reader.parse(EventJsonWriter.toJson(odd)).get("where");

        assertThat(where.get("lat").isNull()).isTrue();
        assertThat(where.get("lon").isNull()).isTrue();
        assertThat(where.get("country").isNull()).isTrue();
    }

    @Test
    void readerGivesPlainMaps() {
        Map<String, Object> map = reader.parseMap(EventJsonWriter.toJson(TestEvents.full()));

        assertThat(map.get("sentence_index")).isEqualTo(1);
        assertThat(map.get("symmetric")).isEqualTo(true);
        assertThat(map.get("target")).isInstanceOf(Map.class);
        assertThat(reader.parseMap(EventJsonWriter.toJson(TestEvents.sparse("a1", 0))))
                .containsEntry("target", null)
                .containsEntry("plover", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> trigger = (Map<String, Object>) map.get("trigger");
        assertThat(trigger).containsEntry("text", "clashes erupted");
        assertThat(trigger.get("start")).isInstanceOf(Integer.class);
    }

    @Test
    void readerReportsBadLinesByNumberAndKeepsTheGoodOnes() throws Exception {
        String input = EventJsonWriter.toJson(TestEvents.full()) + "\n"
                + "{\"schema\": \"dyad.event/1\", \"event_id\": \n"
                + "\n"
                + "{\"schema\": \"dyad.article/1\", \"id\": \"a1\"}\n"
                + EventJsonWriter.toJson(TestEvents.sparse("a1", 2)) + "\n";

        EventJsonReader.Lines lines = reader.read("events.jsonl", new StringReader(input));

        assertThat(lines.events()).extracting(e -> e.get("event_id").asText()).containsExactly("e-1", "e-2");
        assertThat(lines.diagnostics())
                .extracting(Object::toString)
                .satisfiesExactly(
                        d -> assertThat(d).startsWith("events.jsonl:2: not valid JSON"),
                        d -> assertThat(d)
                                .isEqualTo("events.jsonl:4: schema is \"dyad.article/1\", not \"dyad.event/1\""));
    }

    @Test
    void parseRejectsWhatIsNotAnEvent() {
        assertThatThrownBy(() -> reader.parse("[1, 2]")).hasMessage("not a JSON object");
        assertThatThrownBy(() -> reader.parse("{\"event_id\": \"x\"}")).hasMessageContaining("schema is missing");
        assertThatThrownBy(() -> reader.parse("{\"schema\": \"dyad.event/1\"} trailing"))
                .hasMessageStartingWith("not valid JSON");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

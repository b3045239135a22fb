package org.dyad.eval.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dyad.eval.GoldFileException;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class PlaceGoldReaderTest {
    private final List<String> skipped = new ArrayList<>();

    private List<PlaceGoldRecord> parse(String... lines) {
        return PlaceGoldReader.parse("g.jsonl", List.of(lines), skipped::add);
    }

    @Test
    void readsTheVerbAndTheLocations() {
        List<PlaceGoldRecord> records = parse(
                "{\"id\": \"a \", \"text\": \"Clashes resumed in Hama.\", \"verb\": [{\"start\": 8, \"end\": 15}],"
                        + " \"location\": [{\"start\": 19, \"end\": 23}]}");

        assertThat(records).hasSize(1);
        PlaceGoldRecord r = records.get(0);
        assertThat(r.id()).isEqualTo("a");
        assertThat(r.verbs()).containsExactly(new Span(8, 15));
        assertThat(r.locations()).extracting(s -> s.cut(r.text())).containsExactly("Hama");
        assertThat(r.line()).isEqualTo(1);
    }

    @Test
    void anEmptyLocationMeansNone() {
        List<PlaceGoldRecord> records = parse(
                "{\"id\": \"a\", \"text\": \"They met.\", \"verb\": [{\"start\": 5, \"end\": 8}], \"location\": [{\"start\": 0, \"end\": 0}]}",
                "",
                "{\"id\": \"b\", \"text\": \"They met.\", \"verb\": [{\"start\": 5, \"end\": 8}], \"location\": []}");

        assertThat(records).extracting(PlaceGoldRecord::hasLocation).containsExactly(false, false);
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void offsetsAreCodePoints() {
        // "𝐀" is two Java chars: the gold's offset 2 is the string index 3.
        List<PlaceGoldRecord> records = parse(
                "{\"text\": \"𝐀 hit Homs\", \"verb\": [{\"start\": 2, \"end\": 5}], \"location\": [{\"start\": 6, \"end\": 10}]}");

        PlaceGoldRecord r = records.get(0);
        assertThat(r.verbs().get(0).cut(r.text())).isEqualTo("hit");
        assertThat(r.locations().get(0).cut(r.text())).isEqualTo("Homs");
        assertThat(r.id()).isEqualTo("line 1");
    }

    @Test
    void aRecordWithoutAVerbIsSkippedAndNamed() {
        List<PlaceGoldRecord> records = parse(
                "{\"id\": \"a\", \"text\": \"They met.\", \"verb\": [], \"location\": []}",
                "{\"id\": \"b\", \"text\": \"They met.\", \"verb\": [{\"start\": 5, \"end\": 8}], \"location\": []}");

        assertThat(records).extracting(PlaceGoldRecord::id).containsExactly("b");
        assertThat(skipped).containsExactly("g.jsonl:1: no verb span; skipped");
    }

    @Test
    void brokenLinesRefuseTheFileNamingTheLine() {
        assertThatThrownBy(() -> parse("{\"text\": \"x\", \"verb\": []}", "not json"))
                .isInstanceOf(GoldFileException.class)
                .hasMessageStartingWith("g.jsonl:2: not JSON");
        assertThatThrownBy(() -> parse("{\"text\": \"They met.\", \"verb\": [{\"start\": 5, \"end\": 80}]}"))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("g.jsonl:1: verb: span 5..80 outside the text");
        assertThatThrownBy(() -> parse("{\"verb\": []}"))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("non-empty \"text\"");
    }
}

package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.testing.OneLineAssert;

/**
 * The article reader on arbitrary input: it never throws, every problem is a one-line
 * diagnostic naming the input, every article has text, and a good JSON line's text is kept
 * exactly. A small size limit lets the oversized-line path run too.
 */
class ArticleReaderPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleReader reader = new ArticleReader(Optional.empty(), 2000);

    @Property(tries = 500)
    void arbitraryBytesInAnyFormatGiveArticlesOrDiagnostics(
            @ForAll @Size(max = 3000) byte[] bytes, @ForAll("names") String name) {
        ReadResult read = reader.read(name, new ByteArrayInputStream(bytes));

        assertWellFormed(name, read);
    }

    @Property(tries = 500)
    void arbitraryTextInAnyFormatGivesArticlesOrDiagnostics(
            @ForAll("texts") String text, @ForAll("names") String name) {
        ReadResult read = reader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertWellFormed(name, read);
        String kept = text.startsWith("\uFEFF") ? text.substring(1) : text; // a leading byte-order mark is no text
        if (name.endsWith(".txt")
                && !kept.isBlank()
                && text.getBytes(StandardCharsets.UTF_8).length <= 2000
                && read.clean()
                && !Format.sniff(kept).equals(Format.HTML)) {
            assertThat(read.articles())
                    .singleElement()
                    .satisfies(a -> assertThat(a.text())
                            .isEqualTo(kept.replace("\r\n", "\n").replace('\r', '\n')));
        }
    }

    @Property(tries = 300)
    void jsonLinesKeepEveryGoodLineExactlyWhateverTheBadOnes(@ForAll("lines") List<Line> lines) {
        StringBuilder file = new StringBuilder();
        lines.forEach(l -> file.append(l.json()).append('\n'));

        ReadResult read =
                reader.read("in.jsonl", new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));

        assertWellFormed("in.jsonl", read);
        if (read.diagnostics().stream().anyMatch(d -> d.where().equals("in.jsonl"))) {
            // Judged as a whole: binary junk with no line that looks like JSON, or nothing but blank lines.
            assertThat(lines).noneMatch(Line::good);
            return;
        }
        List<String> expected =
                lines.stream().filter(Line::good).map(Line::text).toList();
        assertThat(read.articles()).extracting(Article::text).containsExactlyElementsOf(expected);
        long bad = lines.stream().filter(l -> !l.good() && !l.json().isBlank()).count();
        assertThat(read.diagnostics().stream()
                        .filter(d -> d.where().matches("in\\.jsonl:\\d+"))
                        .count())
                .as("one diagnostic per bad line")
                .isEqualTo(bad);
    }

    @Property(tries = 300)
    void valuesAJsonLineEchoesStayOnOneLine(@ForAll("texts") String value) throws Exception {
        String file = "{\"text\": \"Iran met Iraq.\", \"published\": " + JSON.writeValueAsString(value) + "}\n"
                + "{\"text\": \"Iran met Iraq.\", \"id\": [" + JSON.writeValueAsString(value) + "]}\n"
                + value.replace('{', '(') + "\n{\"text\": " + JSON.writeValueAsString(value) + ", " + value + "}\n";

        ReadResult read = reader.read("in.jsonl", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));

        assertWellFormed("in.jsonl", read);
    }

    /** One line of a JSON Lines file: {@code good} when it must give an article with {@code text}. */
    record Line(String json, boolean good, String text) {}

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("in.txt", "in.html", "in.jsonl", "in", "in.gz", "in\u2028\u202E\n.jsonl");
    }

    /** Arbitrary text with the characters that break or reorder a line among its pieces. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(OneLineAssert.BREAKERS),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("Iran met Iraq. ", "<p>", "{\"text\": ", "\""));
        return piece.list().ofMaxSize(40).map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<List<Line>> lines() {
        Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(120).filter(t -> !t.isBlank());
        Arbitrary<Line> good =
                texts.map(t -> new Line(json(t), fitsLimit(json(t)), t)).filter(Line::good);
        Arbitrary<Line> cut = Combinators.combine(texts, Arbitraries.integers().between(1, 30))
                .as((t, n) ->
                        new Line(json(t).substring(0, Math.max(1, Math.min(n, json(t).length() - 1))), false, ""));
        Arbitrary<Line> oversized = texts.map(t -> new Line(json(t.repeat(2100 / t.length() + 1)), false, ""));
        Arbitrary<Line> junk = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), texts())
                .filter(s -> !s.contains("\n")
                        && !s.contains("\r")
                        && !s.isBlank()
                        && !s.strip().startsWith("{")
                        && !s.startsWith("\uFEFF")) // on the first line a byte-order mark, not a bad line
                .map(s -> new Line(s, false, ""));
        Arbitrary<Line> wrong = Arbitraries.of(
                        "{\"text\": 5}",
                        "{\"text\": \"\"}",
                        "{\"text\": null}",
                        "{}",
                        "[]",
                        "\"text\"",
                        "{\"text\": \"a\"} trailing",
                        "{\"text\": \"a\", \"text\": }")
                .map(s -> new Line(s, false, ""));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, good),
                        net.jqwik.api.Tuple.of(2, cut),
                        net.jqwik.api.Tuple.of(1, oversized),
                        net.jqwik.api.Tuple.of(2, junk),
                        net.jqwik.api.Tuple.of(2, wrong))
                .list()
                .ofMaxSize(12);
    }

    private static boolean fitsLimit(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length <= 2000;
    }

    private static String json(String text) {
        try {
            return JSON.writeValueAsString(java.util.Map.of("text", text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertWellFormed(String name, ReadResult read) {
        for (Diagnostic d : read.diagnostics()) {
            HostileInputTest.assertOneLine(d, name);
        }
        for (Article a : read.articles()) {
            assertThat(a.text()).isNotBlank();
            assertThat(a.origin()).startsWith(name);
        }
    }
}

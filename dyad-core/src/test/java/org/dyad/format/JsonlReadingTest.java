package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.format.ArticleReaderTest.single;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReadingTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void mapsEveryContractField() throws Exception {
        Path file = write(
                "in.jsonl",
                "{\"id\": \"a1\", \"text\": \"Iran and Russia clashed.\", "
                        + "\"published\": \"2019-05-13\", \"url\": \"https://example.org/1\", \"publisher\": \"Iran Focus\", "
                        + "\"title\": \"Feuds\", \"language\": \"en\", \"extra\": {\"ignored\": true}}\n");

        Article article = single(reader.read(file));

        assertThat(article)
                .isEqualTo(new Article(
                        "a1",
                        "Iran and Russia clashed.",
                        Optional.of(LocalDate.of(2019, 5, 13)),
                        Optional.of("https://example.org/1"),
                        Optional.of("Iran Focus"),
                        Optional.of("Feuds"),
                        Optional.of("en"),
                        file + ":1"));
    }

    @Test
    void onlyTextIsRequired() throws Exception {
        Article article = single(reader.read(write("in.jsonl", "{\"text\": \"Just text.\"}")));

        assertThat(article.id()).matches("a-[0-9a-f]{16}");
        assertThat(article.published()).isEmpty();
        assertThat(article.url()).isEmpty();
        assertThat(article.publisher()).isEmpty();
        assertThat(article.title()).isEmpty();
        assertThat(article.language()).isEmpty();
    }

    @Test
    void readsTheDateOfADateTimeAsWritten() throws Exception {
        Path file = write(
                "in.jsonl",
                "{\"id\": \"z\", \"text\": \"t\", \"published\": \"2019-05-13T08:30:00Z\"}\n"
                        + "{\"id\": \"offset\", \"text\": \"t\", \"published\": \"2019-05-13T23:30:00+03:00\"}\n"
                        + "{\"id\": \"local\", \"text\": \"t\", \"published\": \"2019-05-13T23:30\"}\n"
                        + "{\"id\": \"space\", \"text\": \"t\", \"published\": \"2019-05-13 20:30:26Z\"}\n");

        ReadResult result = reader.read(file);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.articles())
                .extracting(a -> a.published().orElseThrow())
                .containsOnly(LocalDate.of(2019, 5, 13))
                .hasSize(4);
    }

    @Test
    void badLinesAreReportedByNumberAndEveryGoodLineIsRead() throws Exception {
        Path file = write(
                "mixed.jsonl",
                String.join(
                        "\n",
                        "{\"id\": \"g1\", \"text\": \"First good.\"}",
                        "{\"id\": \"bad\", \"text\": \"cut off",
                        "{\"id\": \"g3\", \"text\": \"Third good.\"}",
                        "this is not json",
                        "[\"an\", \"array\"]",
                        "{\"id\": \"notext\"}",
                        "{\"id\": \"blanktext\", \"text\": \"   \"}",
                        "{\"id\": \"numtext\", \"text\": 42}",
                        "{\"id\": \"g9\", \"text\": \"Ninth good.\"} {\"id\": \"glued\"}",
                        "{\"id\": \"g10\", \"text\": \"Tenth good.\"}"));

        ReadResult result = reader.read(file);

        assertThat(result.articles()).extracting(Article::id).containsExactly("g1", "g3", "g10");
        assertThat(result.articles())
                .extracting(Article::origin)
                .containsExactly(file + ":1", file + ":3", file + ":10");
        assertThat(result.diagnostics())
                .extracting(d -> d.where())
                .containsExactly(
                        file + ":2", file + ":4", file + ":5", file + ":6", file + ":7", file + ":8", file + ":9");
        assertThat(result.diagnostics())
                .extracting(d -> d.message())
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("not valid JSON at column 31: Unexpected end-of-input"),
                        m -> assertThat(m).startsWith("not valid JSON at column 1: Unrecognized token 'this'"),
                        m -> assertThat(m).isEqualTo("not a JSON object but an array"),
                        m -> assertThat(m).isEqualTo("\"text\" is missing"),
                        m -> assertThat(m).isEqualTo("\"text\" is empty"),
                        m -> assertThat(m).isEqualTo("\"text\" is a number, not a string"),
                        m -> assertThat(m)
                                .isEqualTo("not valid JSON: more follows the value at column 37; one value per line"));
        assertThat(result.diagnostics())
                .allSatisfy(d -> assertThat(d.toString()).doesNotContain("\n"));
    }

    @Test
    void invalidUtf8SkipsOnlyItsLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"id\": \"g1\", \"text\": \"Good.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\": \"b2\", \"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write(" latin-1\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\": \"g3\", \"text\": \"Ḥamā is fine.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("enc.jsonl"), bytes.toByteArray());

        ReadResult result = reader.read(file);

        assertThat(result.articles()).extracting(Article::id).containsExactly("g1", "g3");
        assertThat(result.articles().get(1).text()).isEqualTo("Ḥamā is fine.");
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly(file + ":2: not valid UTF-8 (byte offset 25 in the line)");
    }

    @Test
    void aBadPublishedValueDropsOnlyTheDate() throws Exception {
        Path file = write("dates.jsonl", "{\"id\": \"a1\", \"text\": \"Text.\", \"published\": \"13/05/2019\"}\n");

        ReadResult result = reader.read(file);

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("a1");
            assertThat(a.published()).isEmpty();
        });
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly(
                        file + ":1: \"published\" value \"13/05/2019\" is not an ISO date or date-time; date dropped");
    }

    @Test
    void theDefaultDateAppliesToArticlesWithoutAUsableOne() throws Exception {
        LocalDate fallback = LocalDate.of(2020, 1, 1);
        Path file = write(
                "dates.jsonl",
                String.join(
                        "\n",
                        "{\"id\": \"own\", \"text\": \"t\", \"published\": \"2019-05-13\"}",
                        "{\"id\": \"none\", \"text\": \"t\"}",
                        "{\"id\": \"bad\", \"text\": \"t\", \"published\": \"yesterday\"}"));

        ReadResult result = new ArticleReader(Optional.of(fallback)).read(file);

        assertThat(result.articles())
                .extracting(a -> a.published().orElseThrow())
                .containsExactly(LocalDate.of(2019, 5, 13), fallback, fallback);
        assertThat(result.diagnostics()).hasSize(1);
    }

    @Test
    void wrongTypesInOptionalFieldsAreReportedAndIgnored() throws Exception {
        Path file = write(
                "types.jsonl",
                "{\"id\": 42, \"text\": \"t\", \"url\": 7, \"title\": null, \"published\": 2019, \"language\": [\"en\"]}");

        ReadResult result = reader.read(file);

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("42");
            assertThat(a.url()).isEmpty();
            assertThat(a.title()).isEmpty();
            assertThat(a.published()).isEmpty();
            assertThat(a.language()).isEmpty();
        });
        assertThat(result.diagnostics())
                .extracting(d -> d.message())
                .containsExactly(
                        "\"url\" is a number, not a string; ignored",
                        "\"language\" is an array, not a string; ignored",
                        "\"published\" is a number, not a string; ignored");
    }

    @Test
    void blankLinesAndWindowsLineEndsAreFine() throws Exception {
        Path file = write(
                "crlf.jsonl",
                "\r\n{\"id\": \"a\", \"text\": \"One.\"}\r\n   \r\n\r\n{\"id\": \"b\", \"text\": \"Two.\"}");

        ReadResult result = reader.read(file);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.articles()).extracting(Article::origin).containsExactly(file + ":2", file + ":5");
        assertThat(result.articles()).extracting(Article::text).containsExactly("One.", "Two.");
    }

    @Test
    void aFileOfBlankLinesIsEmpty() throws Exception {
        Path file = write("blank.jsonl", "\n  \n\n");

        ReadResult result = reader.read(file);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(file + ": empty text");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedAndTheRestRead() throws Exception {
        ArticleReader small = new ArticleReader(Optional.empty(), 60);
        Path file = write(
                "long.jsonl",
                String.join(
                        "\n",
                        "{\"id\": \"a\", \"text\": \"short\"}",
                        "{\"id\": \"b\", \"text\": \"" + "long ".repeat(40) + "\"}",
                        "{\"id\": \"c\", \"text\": \"short too\"}"));

        ReadResult result = small.read(file);

        assertThat(result.articles()).extracting(Article::id).containsExactly("a", "c");
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly(file + ":2: line is longer than the limit of 60 bytes; skipped");
    }

    @Test
    void readsUtf16JsonLinesWithAByteOrderMark() throws Exception {
        String lines = "{\"id\": \"a\", \"text\": \"Ḥamā.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n";
        byte[] body = lines.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path file = Files.write(dir.resolve("utf16.jsonl"), bytes);

        ReadResult result = reader.read(file);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.articles()).extracting(Article::text).containsExactly("Ḥamā.", "Two.");
    }

    @Test
    void aUtf8ByteOrderMarkBeforeTheFirstLineIsSkipped() throws Exception {
        byte[] line = "{\"id\": \"a\", \"text\": \"One.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[line.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(line, 0, bytes, 3, line.length);

        Article article = single(reader.read(Files.write(dir.resolve("bom.jsonl"), bytes)));

        assertThat(article.id()).isEqualTo("a");
    }

    @Test
    void theTextIsKeptExactlyAsGiven() throws Exception {
        Article article = single(reader.read(write("raw.jsonl", "{\"text\": \"  One.\\r\\nTwo.  \"}")));

        assertThat(article.text()).isEqualTo("  One.\r\nTwo.  ");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}

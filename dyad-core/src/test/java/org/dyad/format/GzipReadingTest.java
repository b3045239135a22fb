package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzipped inputs: read like the plain ones, and a damaged one keeps what comes before the damage. */
class GzipReadingTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String lines(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            // Different texts so that the compressed stream is long enough to cut in the middle.
            s.append("{\"id\": \"a")
                    .append(i)
                    .append("\", \"text\": \"Story ")
                    .append(i)
                    .append(": ministers met in city number ")
                    .append(i * 7919)
                    .append(" on day ")
                    .append(i * 31)
                    .append(".\"}\n");
        }
        return s.toString();
    }

    @Test
    void aJsonlGzFileIsReadWithItsBadLineReportedAndTheGoodOnesKept() throws Exception {
        String text =
                "{\"id\": \"a1\", \"text\": \"Talks began.\"}\n{\"id\": broken\n{\"id\": \"a3\", \"text\": \"Talks ended.\"}\n";
        Path file = Files.write(dir.resolve("in.jsonl.gz"), gzip(text));
        ReadResult r = reader.read(file);
        assertThat(r.articles()).extracting(Article::id).containsExactly("a1", "a3");
        assertThat(r.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.toString()).startsWith(file + ":2: "));
    }

    @Test
    void aTruncatedGzFileKeepsTheRecordsBeforeTheCut() throws Exception {
        byte[] whole = gzip(lines(400));
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        ReadResult r = reader.read(file);
        assertThat(r.articles().size()).isBetween(50, 399);
        assertThat(r.articles().get(0).id()).isEqualTo("a1");
        assertThat(r.diagnostics()).last().satisfies(d -> {
            assertThat(d.toString()).startsWith(file + ": damaged gzip data: it ends early (truncated)");
            assertThat(d.toString()).doesNotContain("\n");
        });
    }

    @Test
    void aFileNamedGzThatIsNotIsOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt.gz"), "not compressed at all");
        assertThat(reader.read(file).diagnostics())
                .singleElement()
                .satisfies(
                        d -> assertThat(d.toString()).isEqualTo(file + ": not gzip data, though the name ends in .gz"));
    }

    @Test
    void aGzippedTextFileIsOneArticle() throws Exception {
        Path file = Files.write(dir.resolve("story.txt.gz"), gzip("Officials in Paris said talks had begun.\n"));
        assertThat(reader.read(file).articles())
                .singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("Officials in Paris said talks had begun.\n"));
    }
}

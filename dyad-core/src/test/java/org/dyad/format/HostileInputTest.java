package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.OneLine;
import org.dyad.testing.OneLineAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading half of the hostile-input matrix (docs/hostile-input.md): every input gives the
 * articles that can be read and one one-line diagnostic, naming the file (and line), for each
 * problem; nothing throws. Coding the odd but readable ones is in BadInputIT and HostileCodingIT.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void emptyAndWhitespaceOnlyTextIsEmptyInEveryFormat() throws IOException {
        for (String name : new String[] {"empty.txt", "blank.txt", "blank.html", "blank.jsonl"}) {
            String content =
                    name.startsWith("empty") ? "" : name.endsWith("html") ? "<p> \u00a0 </p>\n" : " \n\t\r\n  \n";
            Path file = Files.writeString(dir.resolve(name), content);

            assertOnlyProblem(reader.read(file), file.toString(), "empty");
        }
    }

    @Test
    void anImageIsBinaryWhateverItsName() throws IOException {
        byte[] png = new byte[4096];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        for (String name : new String[] {"photo.png", "photo.txt", "photo.html", "photo.jsonl"}) {
            Path file = Files.write(dir.resolve(name), png);

            assertOnlyProblem(reader.read(file), file.toString(), "looks like binary data, not text");
        }
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        byte[] bytes = "Iran and Russia clashed near Hama \u00e0 propos.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), bytes);

        assertOnlyProblem(reader.read(file), file.toString(), "not valid UTF-8 (byte offset 34)");
    }

    @Test
    void utf16WithAByteOrderMarkIsReadInEveryFormat() throws IOException {
        String story = "Turkey condemned the Syrian government on \u1e24am\u0101 \ud83d\ude00.";
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE"}) {
            byte[] bom = charset.endsWith("LE")
                    ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            for (String name : new String[] {"u16.txt", "u16.html", "u16.jsonl"}) {
                String content = name.endsWith("html")
                        ? "<html><body><p>" + story + "</p></body></html>"
                        : name.endsWith("jsonl") ? "{\"id\": \"a\", \"text\": \"" + story + "\"}\n" : story + "\r\n";
                Path file = Files.write(dir.resolve(charset + name), concat(bom, content.getBytes(charset)));

                ReadResult read = reader.read(file);

                assertThat(read.diagnostics()).as(file.toString()).isEmpty();
                assertThat(read.articles())
                        .as(file.toString())
                        .singleElement()
                        .satisfies(a -> assertThat(a.text().strip()).isEqualTo(story));
            }
        }
    }

    @Test
    void anArticleOfTwentyMegabytesIsReadAndOneByteMoreIsSkipped() throws IOException {
        byte[] paragraph = "Iran threatened Israel on Monday, officials said.\n".getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[(int) ArticleReader.DEFAULT_MAX_BYTES];
        for (int i = 0; i < big.length; i++) {
            big[i] = paragraph[i % paragraph.length];
        }
        Path fits = Files.write(dir.resolve("big.txt"), big);
        Path over = Files.write(dir.resolve("over.txt"), Arrays.copyOf(big, big.length + 1));

        assertThat(reader.read(fits).articles())
                .singleElement()
                .satisfies(a -> assertThat(a.text()).hasSize(big.length));
        assertOnlyProblem(reader.read(over), over.toString(), "larger than the limit of 20971520 bytes; skipped");
    }

    @Test
    void aRunOnSentenceOfAHundredThousandCharactersIsOneArticle() throws IOException {
        String runOn = "officials met and talked and ".repeat(3449).strip();
        Path file = Files.writeString(dir.resolve("runon.txt"), runOn);

        assertThat(reader.read(file).articles())
                .singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo(runOn));
        assertThat(runOn.length()).isGreaterThan(100_000);
    }

    @Test
    void deeplyNestedHtmlIsReadOrEmptyNeverAnError() throws IOException {
        for (String tag : new String[] {"div", "b", "table", "span"}) {
            Path file = Files.writeString(
                    dir.resolve("deep-" + tag + ".html"),
                    "<html><body>" + ("<" + tag + ">").repeat(100_000)
                            + "<p>Turkey condemned the Syrian government.</p>" + ("</" + tag + ">").repeat(100_000)
                            + "</body></html>");

            ReadResult read = reader.read(file);

            assertThat(read.articles().size() + read.diagnostics().size())
                    .as(file.toString())
                    .isEqualTo(1);
            read.articles().forEach(a -> assertThat(a.text()).contains("Turkey condemned the Syrian government."));
            read.diagnostics().forEach(d -> assertOneLine(d, file.toString()));
        }
    }

    @Test
    void scriptsAndStylesAreNeverText() throws IOException {
        String noise = "<script>var x = 'Iran attacked Israel'; document.write(x);</script>"
                + "<style>p { content: 'Russia invaded'; }</style><noscript>Enable JavaScript</noscript>";
        Path file = Files.writeString(
                dir.resolve("scripts.html"),
                "<html><head>" + noise.repeat(200) + "</head><body>"
                        + noise.repeat(500) + "<article><p>Turkey condemned the Syrian government.</p>"
                        + noise.repeat(50)
                        + "<p>Egypt hosted the talks.</p></article>" + noise.repeat(500) + "</body></html>");

        ReadResult read = reader.read(file);

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.articles())
                .singleElement()
                .satisfies(a -> assertThat(a.text())
                        .isEqualTo("Turkey condemned the Syrian government.\nEgypt hosted the talks."));
    }

    @Test
    void jsonLinesKeepEveryGoodLineAroundMalformedTruncatedAndOversizedOnes() throws IOException {
        ArticleReader limited = new ArticleReader(Optional.empty(), 200);
        Path file = Files.writeString(
                dir.resolve("mixed.jsonl"),
                String.join(
                        "\n",
                        "{\"id\": \"g1\", \"text\": \"Turkey condemned the Syrian government.\"}",
                        "{\"id\": \"bad\", \"text\": Turkey}",
                        "{\"id\": \"g2\", \"text\": \"Egypt hosted the talks.\"}",
                        "{\"id\": \"big\", \"text\": \"" + "word ".repeat(100) + "\"}",
                        "[1, 2, 3]",
                        "\u0000\u0001\u0002PNG binary junk \u0000",
                        "{\"id\": \"g3\", \"text\": \"Iran threatened Israel.\"}",
                        "{\"id\": \"cut\", \"text\": \"Iran threat"));

        ReadResult read = limited.read(file);

        assertThat(read.articles()).extracting(Article::id).containsExactly("g1", "g2", "g3");
        assertThat(read.diagnostics())
                .extracting(Diagnostic::where)
                .containsExactly(file + ":2", file + ":4", file + ":5", file + ":6", file + ":8");
        read.diagnostics().forEach(d -> assertOneLine(d, file.toString()));
        assertThat(read.diagnostics().get(1).message())
                .isEqualTo("line is longer than the limit of 200 bytes; skipped");
    }

    @Test
    void aTruncatedGzipKeepsTheArticlesBeforeTheCut() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(zipped)) {
            for (int i = 0; i < 2000; i++) {
                gz.write(("{\"id\": \"a" + i + "\", \"text\": \"Story " + i + ": " + Integer.toHexString(i * 7919)
                                + " officials met.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = zipped.toByteArray();
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

        ReadResult read = reader.read(file);

        assertThat(read.articles()).hasSizeBetween(100, 1999);
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertOneLine(d, file.toString());
            assertThat(d.message())
                    .startsWith("damaged gzip data: it ends early (truncated); "
                            + read.articles().size() + " article(s) before the damage were read");
        });
    }

    @Test
    void aGzipCutBeforeItsFirstLineIsOnlyDamaged() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("{\"id\": \"a\", \"text\": \"Officials met.\"}\n"
                    .repeat(100)
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("head.jsonl.gz"), Arrays.copyOf(zipped.toByteArray(), 12));

        assertOnlyProblem(
                reader.read(file), file.toString(), "damaged gzip data: it ends early (truncated); 0 article(s)");
    }

    /** The read gave nothing but one diagnostic for {@code where}, containing {@code why}. */
    private static void assertOnlyProblem(ReadResult read, String where, String why) {
        assertThat(read.articles()).as(where).isEmpty();
        assertThat(read.diagnostics()).as(where).singleElement().satisfies(d -> {
            assertOneLine(d, where);
            assertThat(d.message()).contains(why);
        });
    }

    static void assertOneLine(Diagnostic d, String where) {
        assertThat(d.where()).startsWith(OneLine.of(where));
        OneLineAssert.assertOneLine(d.toString(), where);
        assertThat(d.toString()).doesNotContain("Exception", "\tat ");
        assertThat(d.message()).isNotBlank();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

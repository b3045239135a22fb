package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    /** The start of a real PNG file: signature, IHDR chunk of a 1x1 image. */
    static final byte[] PNG = HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    + "0000000d4944415478da63f8cfc0f01f0005000201a5f1b0d20000000049454e44ae426082");

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void aMissingFileIsOneDiagnostic() {
        Path missing = dir.resolve("nope.txt");

        ReadResult result = reader.read(missing);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(missing + ": no such file");
    }

    @Test
    void aMissingJsonlFileIsOneDiagnostic() {
        ReadResult result = reader.read(dir.resolve("nope.jsonl"));

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .singleElement()
                .extracting(d -> d.message())
                .isEqualTo("no such file");
    }

    @Test
    void aDirectoryIsOneDiagnostic() {
        ReadResult result = reader.read(dir);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly(dir + ": is a directory, not a file");
    }

    @Test
    void aPathThroughAFileIsOneDiagnostic() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "text");
        Path inside = file.resolve("child.txt");

        ReadResult result = reader.read(inside);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly(inside + ": cannot read: Not a directory");
    }

    @Test
    void aFailingStreamIsOneDiagnostic() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        ReadResult result = reader.read("-", broken, Format.TEXT);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly("-: cannot read: connection reset");
    }

    @Test
    void anEmptyFileHasNoArticle() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        ReadResult result = reader.read(empty);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(empty + ": empty text");
    }

    @Test
    void aWhitespaceOnlyFileHasNoArticle() throws Exception {
        Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\t \r\n\n");

        ReadResult result = reader.read(blank);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(blank + ": empty text");
    }

    @Test
    void aPngIsBinaryWhateverItsName() throws Exception {
        for (String name : new String[] {"photo.png", "photo.txt", "photo.jsonl", "photo.html"}) {
            Path png = Files.write(dir.resolve(name), PNG);

            ReadResult result = reader.read(png);

            assertThat(result.articles()).as(name).isEmpty();
            assertThat(result.diagnostics())
                    .extracting(Object::toString)
                    .containsExactly(png + ": looks like binary data, not text");
        }
    }

    @Test
    void textFullOfControlCharactersIsBinary() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x03);
        }
        Path odd = Files.write(dir.resolve("odd.txt"), bytes);

        assertThat(reader.read(odd).diagnostics())
                .extracting(d -> d.message())
                .containsExactly("looks like binary data, not text");
    }

    @Test
    void invalidUtf8InTextGivesTheByteOffsetAndNoArticle() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Good start. ".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.write(" and more text.".getBytes(StandardCharsets.UTF_8));
        Path latin = Files.write(dir.resolve("latin.txt"), bytes.toByteArray());

        ReadResult result = reader.read(latin);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly(latin + ": not valid UTF-8 (byte offset 12)");
    }

    @Test
    void latin1TextIsNotReadAsUtf8() throws Exception {
        Path latin = Files.write(dir.resolve("latin1.txt"), "Café in Hamā".getBytes(StandardCharsets.ISO_8859_1));

        ReadResult result = reader.read(latin);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .singleElement()
                .extracting(d -> d.message())
                .isEqualTo("not valid UTF-8 (byte offset 3)");
    }

    @Test
    void aUtf8ByteOrderMarkIsStripped() throws Exception {
        byte[] text = "Tensions rose in Ḥamā.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path file = Files.write(dir.resolve("bom.txt"), withBom);

        Article article = single(reader.read(file));

        assertThat(article.text()).isEqualTo("Tensions rose in Ḥamā.");
        assertThat(article.id())
                .isEqualTo(single(reader.read(Files.write(dir.resolve("plain.txt"), text)))
                        .id());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws Exception {
        String text = "Clashes erupted in Ḥamā on Thursday.\nIran denied it.";
        Path le = Files.write(dir.resolve("le.txt"), withBom(text, "UTF-16LE", 0xFF, 0xFE));
        Path be = Files.write(dir.resolve("be.txt"), withBom(text, "UTF-16BE", 0xFE, 0xFF));

        assertThat(single(reader.read(le)).text()).isEqualTo(text);
        assertThat(single(reader.read(be)).text()).isEqualTo(text);
    }

    @Test
    void lineEndsAreNormalisedSoOffsetsPointIntoTheNormalisedText() throws Exception {
        Path file = Files.writeString(dir.resolve("crlf.txt"), "First line.\r\nSecond line.\rThird line.\r\n");

        Article article = single(reader.read(file));

        assertThat(article.text()).isEqualTo("First line.\nSecond line.\nThird line.\n");
        assertThat(article.origin()).isEqualTo(file.toString());
    }

    @Test
    void textLongerThanTheLimitIsSkipped() throws Exception {
        ArticleReader small = new ArticleReader(Optional.empty(), 100);
        Path fits = Files.writeString(dir.resolve("fits.txt"), "x".repeat(100));
        Path tooLong = Files.writeString(dir.resolve("long.txt"), "x".repeat(101));

        assertThat(small.read(fits).articles()).hasSize(1);
        ReadResult result = small.read(tooLong);
        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly(tooLong + ": larger than the limit of 100 bytes; skipped");
    }

    @Test
    void standardInputLongerThanTheLimitIsSkippedWithoutReadingItAll() {
        ArticleReader small = new ArticleReader(Optional.empty(), 100);
        CountingInput endless = new CountingInput(10_000_000);

        ReadResult result = small.read("-", endless, Format.TEXT);

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly("-: larger than the limit of 100 bytes; skipped");
        assertThat(endless.read).isLessThan(100_000);
    }

    @Test
    void readsStandardInputWithTheDefaultDate() {
        ArticleReader dated = new ArticleReader(Optional.of(LocalDate.of(2019, 5, 13)));

        Article article = single(dated.read("-", utf8("Iran and Russia clashed."), Format.TEXT));

        assertThat(article.text()).isEqualTo("Iran and Russia clashed.");
        assertThat(article.origin()).isEqualTo("-");
        assertThat(article.published()).contains(LocalDate.of(2019, 5, 13));
    }

    @Test
    void theSameTextGetsTheSameIdFromAnyFormat() throws Exception {
        String text = "Israel sided with Russia against Iran.";
        Path file = Files.writeString(dir.resolve("a.txt"), text);
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"" + text + "\"}\n");

        String fromFile = single(reader.read(file)).id();
        String fromStdin = single(reader.read("-", utf8(text), Format.TEXT)).id();
        String fromJsonl = single(reader.read(jsonl)).id();
        String fromHtml = single(reader.read("-", utf8("<html><body><p>" + text + "</p></body></html>"), Format.HTML))
                .id();

        assertThat(fromFile).matches("a-[0-9a-f]{16}");
        assertThat(fromStdin).isEqualTo(fromFile);
        assertThat(fromJsonl).isEqualTo(fromFile);
        assertThat(fromHtml).isEqualTo(fromFile);
        assertThat(single(reader.read("-", utf8(text + " "), Format.TEXT)).id()).isNotEqualTo(fromFile);
    }

    @Test
    void anUnknownExtensionIsSniffed() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("feed.dat"), "{\"id\": \"j1\", \"text\": \"From JSON.\"}\n");
        Path html = Files.writeString(dir.resolve("page.dat"), "<html><body><p>From HTML.</p></body></html>");
        Path text = Files.writeString(dir.resolve("note.dat"), "From <i>plain</i> text.");

        assertThat(single(reader.read(jsonl)).id()).isEqualTo("j1");
        assertThat(single(reader.read(html)).text()).isEqualTo("From HTML.");
        assertThat(single(reader.read(text)).text()).isEqualTo("From <i>plain</i> text.");
        assertThat(single(reader.read("-", utf8("  {\"text\": \"sniffed\"}"))).text())
                .isEqualTo("sniffed");
    }

    @Test
    void theExtensionWinsOverTheContent() throws Exception {
        Path text = Files.writeString(dir.resolve("braces.txt"), "{not json} but a text about <p> tags");

        assertThat(single(reader.read(text)).text()).isEqualTo("{not json} but a text about <p> tags");
    }

    static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static Article single(ReadResult result) {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }

    private static byte[] withBom(String text, String charset, int first, int second) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) first;
        bytes[1] = (byte) second;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    /** An input of {@code size} letters that counts how many were read. */
    private static final class CountingInput extends InputStream {
        private final long size;
        long read;

        CountingInput(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }
    }
}

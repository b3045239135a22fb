package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.format.ArticleReader;
import org.dyad.format.EventLine;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.Event;
import org.dyad.model.QualifiedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input with the real pipeline: the good articles of a JSON Lines file with bad lines are
 * still coded, every bad line and unusable file is named in a diagnostic, and unusable files
 * give nothing else.
 */
class BadInputIT {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 13);

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(Optional.of(PUBLISHED));

    @Test
    void goodLinesAroundBadOnesAreCodedAndBadLinesAreNamed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        line(bytes, "{\"id\": \"g1\", \"text\": \"Turkey condemned the Syrian government.\"}");
        line(bytes, "{\"id\": \"cut\", \"text\": \"Iran threatened");
        line(bytes, "{\"id\": \"empty\", \"text\": \"\"}");
        bytes.write("{\"id\": \"badbytes\", \"text\": \"Iran \u00e9 Russia\"}".getBytes(StandardCharsets.ISO_8859_1));
        bytes.write('\n');
        line(bytes, "{\"id\": \"notext\", \"title\": \"No text\"}");
        line(
                bytes,
                "{\"id\": \"g2\", \"text\": \"The United States imposed sanctions on Iran. Iran threatened Israel.\"}");
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, bytes.toByteArray());

        ReadResult read = reader.read(file);

        assertThat(read.articles()).extracting(Article::id).containsExactly("g1", "g2");
        assertThat(read.diagnostics())
                .extracting(Diagnostic::where)
                .containsExactly(file + ":2", file + ":3", file + ":4", file + ":5");
        assertThat(read.diagnostics().get(2).message()).contains("UTF-8");

        QualifiedArticle g1 = SharedPipeline.code(read.articles().get(0));
        QualifiedArticle g2 = SharedPipeline.code(read.articles().get(1));

        assertThat(g1.events()).as("events of g1").anySatisfy(e -> assertEvent(e, "TUR", "11", "SYR"));
        assertThat(g2.events())
                .as("events of g2")
                .anySatisfy(e -> assertEvent(e, "USA", "16", "IRN"))
                .anySatisfy(e -> assertEvent(e, "IRN", "13", "ISR"));
        for (QualifiedArticle coded : List.of(g1, g2)) {
            EventContract contract =
                    new EventContract(coded.article().id(), coded.article().text(), Optional.of(PUBLISHED));
            for (Event e : coded.events()) {
                assertThat(contract.problems(e)).as(EventLine.render(e)).isEmpty();
            }
        }
    }

    @Test
    void binaryInvalidUtf8AndEmptyFilesGiveADiagnosticAndNothingElse() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0
        };
        byte[] latin1 = "Iran and Russia clashed near Hama \u00e0 propos.".getBytes(StandardCharsets.ISO_8859_1);
        List<Path> files = List.of(
                write("image.png", png),
                write("binary.txt", png),
                write("binary.jsonl", png),
                write("latin1.txt", latin1),
                write(
                        "latin1.jsonl",
                        ("{\"text\": \"" + new String(latin1, StandardCharsets.ISO_8859_1) + "\"}")
                                .getBytes(StandardCharsets.ISO_8859_1)),
                write("empty.txt", new byte[0]),
                write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)),
                write("empty.jsonl", new byte[0]),
                write("empty.html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8)));

        for (Path file : files) {
            ReadResult read = reader.read(file);

            assertThat(read.articles())
                    .as("articles read from " + file.getFileName())
                    .isEmpty();
            assertThat(read.diagnostics())
                    .as("diagnostics of " + file.getFileName())
                    .hasSize(1)
                    .allSatisfy(d -> assertThat(d.where()).startsWith(file.toString()));
        }
        assertThat(reader.read(dir.resolve("image.png")).diagnostics().get(0).message())
                .contains("binary");
        assertThat(reader.read(dir.resolve("latin1.txt")).diagnostics().get(0).message())
                .contains("UTF-8");
        assertThat(reader.read(dir.resolve("empty.txt")).diagnostics().get(0).message())
                .contains("empty");
    }

    @Test
    void oddButReadableTextIsCodedWithValidOffsets() {
        String text = "\u200bIsrael\u00a0warned   Iran.\n\n\n\u05e9\u05dc\u05d5\u05dd \ud83d\ude00 Russia "
                + "criticised Turkey \u2014 again\u2026 "
                + "x".repeat(400) + "\nIran threatened Israel";
        Article article = Article.ofText("odd", text, Optional.of(PUBLISHED), "odd.txt");

        QualifiedArticle coded = SharedPipeline.code(article);

        EventContract contract = new EventContract("odd", text, Optional.of(PUBLISHED));
        for (Event e : coded.events()) {
            assertThat(contract.problems(e)).as(EventLine.render(e)).isEmpty();
        }
        assertThat(coded.events()).anySatisfy(e -> assertEvent(e, "IRN", "13", "ISR"));
    }

    private static void assertEvent(Event e, String source, String root, String target) {
        assertThat(e.source().flatMap(m -> m.actor().country()))
                .as("source of " + EventLine.render(e))
                .hasValue(source);
        assertThat(e.code().root()).as("root of " + EventLine.render(e)).isEqualTo(root);
        assertThat(e.target().flatMap(m -> m.actor().country()))
                .as("target of " + EventLine.render(e))
                .hasValue(target);
    }

    private static void line(ByteArrayOutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}

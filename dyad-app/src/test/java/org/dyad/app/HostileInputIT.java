package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.store.EventStore;
import org.dyad.store.StoreQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input matrix (docs/hostile-input.md) through the command line: one {@code code}
 * and one {@code ingest} run over every hostile input next to good ones. The good records are
 * coded, each problem is one line on standard error naming the file (and line), nothing prints
 * a stack trace, and the run ends. The 20 MB article is read here, and one more byte refused;
 * HugeArticleIT codes one to its end in a JVM of its own.
 */
@ExtendWith(NoTerminal.class)
class HostileInputIT {
    @TempDir
    static Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void codeCodesTheGoodRecordsAndGivesEachHostileInputOneLine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("code"));
        List<Path> bad = hostileFiles(in);
        Path runOn = Files.writeString(
                in.resolve("runon.txt"),
                "Turkey condemned the Syrian government.\n" + "officials met and talked and ".repeat(3500)
                        + "\nIran threatened Israel.\n");
        Path dictionary = Files.writeString(
                in.resolve("actors.txt"),
                String.join(
                        "\n", "Tiger Forces = SYRMIL", "= NOPE", "[[[ broken", "Hamas Brigades | = | = PSEREB", ""));
        Path patterns = Files.writeString(
                in.resolve("patterns.txt"),
                String.join("\n", "verb condemn = 111", "verb = 19x", "noun ((( = 190", "shell", ""));
        List<String> args = new ArrayList<>(List.of(
                "code",
                "--format",
                "jsonl",
                "--threads",
                "2",
                "--published",
                "2019-05-13",
                "--dictionary",
                dictionary.toString(),
                "--patterns",
                patterns.toString(),
                runOn.toString()));
        bad.forEach(p -> args.add(p.toString()));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertNoStackTrace(run);
        assertThat(run.err()).as(run.toString()).doesNotContain("could not be coded");
        for (Path p : List.of(
                in.resolve("image.png"),
                in.resolve("latin1.txt"),
                in.resolve("empty.txt"),
                in.resolve("blank.html"),
                in.resolve("cut.jsonl.gz"),
                in.resolve("over.txt"))) {
            assertThat(run.errLines())
                    .as(run.toString())
                    .filteredOn(l -> l.startsWith("dyad: " + p + ":"))
                    .hasSize(1);
        }
        Path mixed = in.resolve("mixed.jsonl");
        assertThat(run.errLines())
                .as(run.toString())
                .filteredOn(l -> l.startsWith("dyad: " + mixed + ":"))
                .extracting(l -> l.substring(("dyad: " + mixed + ":").length()).split(":")[0])
                .containsExactly("2", "3", "5", "6");
        assertThat(run.errLines())
                .as("malformed dictionary lines")
                .filteredOn(l -> l.contains("actors.txt:"))
                .hasSizeGreaterThan(0);
        assertThat(run.errLines())
                .as("malformed pattern lines")
                .filteredOn(l -> l.contains("patterns.txt:"))
                .hasSizeGreaterThan(0);

        List<JsonNode> events = new ArrayList<>();
        for (String line : run.outLines()) {
            events.add(json.readTree(line));
        }
        assertThat(events).extracting(e -> e.path("article_id").asText()).contains("g1", "g2", "g3");
        assertThat(events).as("the sentence after the run-on").anySatisfy(e -> {
            assertThat(e.path("source").path("country").asText()).isEqualTo("IRN");
            assertThat(e.path("cameo_root").asText()).isEqualTo("13");
            assertThat(e.path("target").path("country").asText()).isEqualTo("ISR");
        });
        for (String readable : new String[] {"utf16.txt", "deep.html", "scripts.html", "runon.txt"}) {
            assertThat(run.errLines()).as(run.toString()).noneMatch(l -> l.startsWith("dyad: " + in.resolve(readable)));
        }
    }

    @Test
    void ingestStoresTheGoodRecordsAndGivesEachHostileInputOneLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("ingest"));
        hostileFiles(in);
        Files.writeString(
                in.resolve("evil.rss"),
                "<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ENTITY xxe SYSTEM \""
                        + in.resolve("mixed.jsonl").toUri()
                        + "\"> ]><rss version=\"2.0\"><channel><title>Evil &xxe;</title>"
                        + "<item><title>T &xxe;</title><link>https://evil.example/1</link><description>&lt;p&gt;Jordan hosted "
                        + "talks between the two sides.&lt;/p&gt; &xxe;</description></item></channel></rss>");
        Files.write(
                in.resolve("cut.warc"),
                "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
        Path db = dir.resolve("hostile.duckdb");

        CliRun run = CliRun.of("ingest", "--db", db.toString(), "--threads", "2", in.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertNoStackTrace(run);
        assertThat(run.errLines())
                .as(run.toString())
                .filteredOn(l -> l.startsWith("dyad: " + in.resolve("cut.warc") + ":"))
                .hasSize(1);
        try (EventStore store = EventStore.openReadOnly(db)) {
            List<String> ids = new StoreQueries(store)
                    .sql("SELECT article_id FROM articles ORDER BY article_id").rows().stream()
                            .map(r -> String.valueOf(r.get(0)))
                            .toList();
            assertThat(ids).contains("g1", "g2", "g3");
            String texts = new StoreQueries(store)
                    .sql("SELECT string_agg(text, ' ') FROM articles")
                    .rows()
                    .get(0)
                    .get(0)
                    .toString();
            assertThat(texts).contains("Jordan hosted talks").doesNotContain("\"id\"");
        }
    }

    @Test
    void onlyHostileInputsExitWithNoUsableInputAndOneLineEach() throws IOException {
        Path in = Files.createDirectories(dir.resolve("only-bad"));
        Path image = Files.write(in.resolve("image.png"), png());
        Path empty = Files.writeString(in.resolve("empty.txt"), " \n");

        for (String command : new String[] {"code", "ingest"}) {
            List<String> args = new ArrayList<>(List.of(command, image.toString(), empty.toString()));
            if (command.equals("ingest")) {
                args.addAll(List.of("--db", dir.resolve("none.duckdb").toString()));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.NO_INPUT);
            assertThat(run.errLines())
                    .as(run.toString())
                    .containsExactly(
                            "dyad: " + image + ": looks like binary data, not text", "dyad: " + empty + ": empty text");
        }
        // Nothing usable: no empty store is left behind.
        assertThat(dir.resolve("none.duckdb")).doesNotExist();
    }

    /** The hostile files of the matrix in {@code in}, with three good JSON lines (g1, g2, g3) among bad ones. */
    private static List<Path> hostileFiles(Path in) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Files.write(in.resolve("image.png"), png()));
        files.add(Files.write(
                in.resolve("latin1.txt"),
                "Iran and Russia clashed \u00e0 Hama.".getBytes(StandardCharsets.ISO_8859_1)));
        files.add(Files.writeString(in.resolve("empty.txt"), ""));
        files.add(Files.writeString(in.resolve("blank.html"), "<html><body> \n </body></html>"));
        byte[] utf16 = "Egypt hosted the talks on Sunday.\n".getBytes(StandardCharsets.UTF_16LE);
        files.add(Files.write(in.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16)));
        files.add(Files.writeString(
                in.resolve("deep.html"),
                "<html><body>" + "<div>".repeat(100_000) + "<p>Egypt condemned the attack on the embassy.</p>"
                        + "</div>".repeat(100_000) + "</body></html>"));
        String noise = "<script>var s = 'Iran attacked Israel';</script><style>p { color: red }</style>";
        files.add(Files.writeString(
                in.resolve("scripts.html"),
                "<html><head>" + noise.repeat(300) + "</head><body>" + noise.repeat(300)
                        + "<article><p>Egypt hosted talks between Israel and Hamas.</p></article></body></html>"));
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        files.add(Files.write(in.resolve("over.txt"), big));
        files.add(Files.writeString(
                in.resolve("mixed.jsonl"),
                String.join(
                        "\n",
                        "{\"id\": \"g1\", \"text\": \"Turkey condemned the Syrian government.\"}",
                        "{\"id\": \"bad\", \"text\": Turkey}",
                        "{\"id\": \"cut\", \"text\": \"Iran threat",
                        "{\"id\": \"g2\", \"text\": \"Russia criticised Turkey on Monday.\"}",
                        "{\"id\": \"big\", \"text\": \"" + "word ".repeat(4_300_000) + "\"}",
                        "\u0000\u0001binary junk",
                        "{\"id\": \"g3\", \"text\": \"The United States imposed sanctions on Iran.\"}",
                        "")));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(zipped)) {
            for (int i = 0; i < 3000; i++) {
                gz.write(("{\"id\": \"z" + i + "\", \"text\": \"" + Integer.toHexString(i * 7919) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        files.add(Files.write(in.resolve("cut.jsonl.gz"), Arrays.copyOf(zipped.toByteArray(), 40)));
        return files;
    }

    private static byte[] png() {
        return new byte[] {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0
        };
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).as(run.toString()).doesNotContain("\tat ", "Exception", "internal error");
        assertThat(run.errLines()).as(run.toString()).allMatch(l -> l.startsWith("dyad: "));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

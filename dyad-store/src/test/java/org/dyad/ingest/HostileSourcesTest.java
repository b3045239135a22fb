package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed and crawl half of the hostile-input matrix (docs/hostile-input.md): XML that tries
 * to read files or call hosts reads nothing and calls no one; a damaged WARC keeps the pages
 * before the damage; every problem is one line naming the file.
 */
class HostileSourcesTest {
    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources("dyad-test", Duration.ofSeconds(5), Duration.ZERO);

    private static final String ITEM = "<item><title>Talks</title><link>https://a.example/1</link>"
            + "<description>&lt;p&gt;Officials met in Paris.&lt;/p&gt;</description></item>";

    @Test
    void externalEntitiesAndDtdsAreNeverFetchedNorRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] body = ("<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String host = "http://127.0.0.1:" + server.getAddress().getPort();
            String[] doctypes = {
                "<!DOCTYPE rss SYSTEM \"" + host + "/rss.dtd\">",
                "<!DOCTYPE rss [ <!ENTITY % remote SYSTEM \"" + host + "/p.dtd\"> %remote; ]>",
                "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>",
                "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + host + "/x\"> ]>",
            };
            for (int i = 0; i < doctypes.length; i++) {
                Path feed = Files.writeString(
                        dir.resolve("evil" + i + ".rss"),
                        "<?xml version=\"1.0\"?>\n" + doctypes[i]
                                + "<rss version=\"2.0\"><channel><title>Evil &xxe;</title>"
                                + ITEM.replace("Talks", "Talks &xxe;")
                                + "</channel></rss>");

                ReadResult read = sources.read(feed.toString());

                assertThat(read.toString()).as(doctypes[i]).doesNotContain("TOP-SECRET");
                read.diagnostics().forEach(d -> assertOneLine(d, feed.toString()));
                read.articles().forEach(a -> assertThat(a.text()).isEqualTo("Officials met in Paris."));
            }
            assertThat(calls.get()).as("requests the feeds made").isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void entityExpansionBombsEndQuicklyInOneLineOrNothing() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">");
        for (int i = 1; i < 12; i++) {
            entities.append("<!ENTITY a")
                    .append(i)
                    .append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path feed = Files.writeString(
                dir.resolve("bomb.rss"),
                "<?xml version=\"1.0\"?><!DOCTYPE rss [" + entities
                        + "]><rss version=\"2.0\"><channel><title>&a11;</title>" + ITEM.replace("Talks", "&a11;")
                        + "</channel></rss>");

        ReadResult read = sources.read(feed.toString());

        read.diagnostics().forEach(d -> assertOneLine(d, feed.toString()));
        assertThat(read.articles()).allSatisfy(a -> assertThat(a.text()).isEqualTo("Officials met in Paris."));
        assertThat(read.toString().length()).isLessThan(10_000);
    }

    @Test
    void aWarcRecordCutShortKeepsTheRecordsBeforeIt() throws IOException {
        byte[] one = WarcBytes.response("https://a.example/talks", "Iranian and Iraqi ministers met in Baghdad.");
        byte[] two = WarcBytes.response("https://b.example/strike", "Turkish drones struck a convoy near Qamishli.");
        byte[] both = WarcBytes.concat(one, two);
        for (int cut : new int[] {one.length + 10, one.length + 200, both.length - 30}) {
            Path file = Files.write(dir.resolve("cut" + cut + ".warc"), Arrays.copyOf(both, cut));

            ReadResult read = sources.read(file.toString());

            assertThat(read.articles())
                    .as("cut at " + cut)
                    .extracting(Article::text)
                    .containsExactly("Iranian and Iraqi ministers met in Baghdad.");
            assertThat(read.diagnostics()).as("cut at " + cut).singleElement().satisfies(d -> {
                assertOneLine(d, file.toString());
                assertThat(d.message())
                        .startsWith("damaged WARC data")
                        .endsWith("1 article(s) before the damage were read");
            });
        }
    }

    @Test
    void aWarcOfJunkOrALyingLengthIsOneLine() throws IOException {
        byte[] one = WarcBytes.response("https://a.example/talks", "Iranian and Iraqi ministers met in Baghdad.");
        String lying = new String(one, StandardCharsets.ISO_8859_1)
                .replaceFirst("Content-Length: \\d+", "Content-Length: 99999999999");
        Path[] files = {
            Files.writeString(dir.resolve("junk.warc"), "this is not a crawl\n".repeat(50)),
            Files.write(dir.resolve("empty.warc"), new byte[0]),
            Files.write(
                    dir.resolve("junk.warc.gz"), "\u001f\u008bnot gzip at all".getBytes(StandardCharsets.ISO_8859_1)),
            Files.write(dir.resolve("lying.warc"), lying.getBytes(StandardCharsets.ISO_8859_1)),
        };
        for (Path file : files) {
            ReadResult read = sources.read(file.toString());

            assertThat(read.articles()).as(file.toString()).isEmpty();
            assertThat(read.diagnostics())
                    .as(file.toString())
                    .singleElement()
                    .satisfies(d -> assertOneLine(d, file.toString()));
        }
    }

    static void assertOneLine(Diagnostic d, String where) {
        assertThat(d.where()).startsWith(where);
        assertThat(d.toString()).doesNotContain("\n", "\r", "\tat ");
        assertThat(d.message()).isNotBlank();
    }
}

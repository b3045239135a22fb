package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryIsWalkedInNameOrderAndOtherFilesArePassedOver() throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/two.txt"), "Talks began in Paris.");
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"x\", \"text\": \"Troops moved north.\"}\n{oops\n");
        Files.writeString(dir.resolve("logo.png"), "not an article");
        Files.writeString(dir.resolve(".hidden.txt"), "never read");
        ReadResult r = new ArticleSources("dyad-test", Duration.ofSeconds(5), Duration.ZERO).read(dir.toString());
        assertThat(r.articles())
                .extracting(Article::text)
                .containsExactly("Troops moved north.", "Talks began in Paris.");
        assertThat(r.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.toString()).startsWith(dir.resolve("a.jsonl") + ":2: "));
    }

    @Test
    void aFeedUrlIsFetchedWithItsEntriesPolitelyAndAsDyad() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> agents = new CopyOnWriteArrayList<>();
        List<Long> times = new CopyOnWriteArrayList<>();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve(
                server,
                "/feed",
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Local</title><link>" + base
                        + "</link><description>d</description><item><title>One</title><link>" + base + "/one</link>"
                        + "<description>Summary one.</description></item><item><title>Gone</title><link>" + base
                        + "/gone</link><description>&lt;p&gt;The feed's own text of the gone story.&lt;/p&gt;</description>"
                        + "</item></channel></rss>",
                agents,
                times);
        serve(
                server,
                "/one",
                "text/html; charset=utf-8",
                "<html><body><article><p>Egyptian mediators hosted talks "
                        + "between Israeli and Hamas delegations in Cairo.</p></article></body></html>",
                agents,
                times);
        server.start();
        try {
            ReadResult r = new ArticleSources("dyad-test/1", Duration.ofSeconds(5), Duration.ofMillis(200))
                    .read(base + "/feed");
            assertThat(r.articles())
                    .extracting(Article::text)
                    .containsExactly(
                            "Egyptian mediators hosted talks between Israeli and Hamas delegations in Cairo.",
                            "The feed's own text of the gone story.");
            assertThat(r.articles().get(0).url()).contains(base + "/one");
            assertThat(r.articles().get(0).publisher()).contains("Local");
            assertThat(r.diagnostics())
                    .singleElement()
                    .satisfies(d -> assertThat(d.toString()).contains("/gone: cannot fetch: HTTP status 404"));
            assertThat(agents).containsOnly("dyad-test/1");
            assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(150_000_000L);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableUrlIsOneLine() {
        ReadResult r =
                new ArticleSources("dyad-test", Duration.ofSeconds(2), Duration.ZERO).read("http://127.0.0.1:9/x");
        assertThat(r.articles()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith("http://127.0.0.1:9/x: cannot fetch: ");
            assertThat(d.toString()).doesNotContain("\n");
        });
    }

    private static void serve(
            HttpServer server, String path, String type, String body, List<String> agents, List<Long> times) {
        server.createContext(path, exchange -> {
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            times.add(System.nanoTime());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            boolean found = exchange.getRequestURI().getPath().equals(path);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(found ? 200 : 404, found ? bytes.length : -1);
            if (found) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
    }
}

package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.dyad.format.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files built here with jwarc's own writer, as a crawler would write them. */
class WarcArticlesTest {
    @TempDir
    Path dir;

    private static final Instant CAPTURED = Instant.parse("2019-05-14T09:30:00Z");
    private final ArticleSources sources = new ArticleSources("dyad-test", Duration.ofSeconds(5), Duration.ZERO);

    private static String page(String title, String story) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><nav>Home | World</nav>"
                + "<article><h1>" + title + "</h1><p>" + story + "</p></article></body></html>";
    }

    private Path crawl(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://a.example/talks"))
                    .body(new HttpRequest.Builder("GET", "/talks").build())
                    .date(CAPTURED)
                    .build());
            w.write(response(
                    "https://a.example/talks",
                    200,
                    "text/html; charset=utf-8",
                    page("Talks", "Iranian and Iraqi ministers met in Baghdad on Sunday to discuss trade.")));
            w.write(response("https://a.example/missing", 404, "text/html", page("Not found", "No such page here.")));
            w.write(response("https://a.example/logo.png", 200, "image/png", "\u0089PNG not really"));
            w.write(response(
                    "https://b.example/strike",
                    200,
                    "text/html",
                    page("Strike", "Turkish drones struck a convoy near Qamishli, a monitor said.")));
        }
        return file;
    }

    private static WarcResponse response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
                .build();
        return new WarcResponse.Builder(URI.create(url))
                .date(CAPTURED)
                .body(http)
                .build();
    }

    @Test
    void htmlResponsesBecomeArticlesAndTheRestIsPassedOver() throws Exception {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path file = crawl(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", c);
            ReadResult r = sources.read(file.toString());
            assertThat(r.diagnostics()).as(c.toString()).isEmpty();
            assertThat(r.articles()).as(c.toString()).hasSize(2);
            assertThat(r.articles().get(0).text()).contains("Iranian and Iraqi ministers met in Baghdad");
            assertThat(r.articles().get(0).url()).contains("https://a.example/talks");
            assertThat(r.articles().get(0).published()).contains(LocalDate.of(2019, 5, 14));
            assertThat(r.articles().get(1).text()).contains("Turkish drones struck a convoy");
        }
    }

    @Test
    void aTruncatedCrawlKeepsTheArticlesBeforeTheDamage() throws Exception {
        Path whole = crawl("whole.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 60));
        ReadResult r = sources.read(cut.toString());
        assertThat(r.articles()).hasSize(1);
        assertThat(r.articles().get(0).text()).contains("Baghdad");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith(cut + ": damaged WARC data");
            assertThat(d.toString())
                    .contains("1 article(s) before the damage were read")
                    .doesNotContain("\n");
        });
    }
}

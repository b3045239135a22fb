package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.format.ArticleReader;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticlesTest {
    private static final String PAGE = "<html><head><title>Talks in Doha</title></head><body><article>"
            + "<p>Officials in Doha said on Monday that talks between the two governments had begun.</p>"
            + "<p>The delegations will meet again next week, a spokesman said.</p></article></body></html>";

    @Test
    void aGzippedWarcGivesOneArticlePerSuccessfulHtmlResponse() throws IOException {
        byte[] warc = warc(
                WarcCompression.GZIP,
                request("https://example.org/talks"),
                response("https://example.org/talks", 200, MediaType.HTML_UTF8, PAGE),
                response("https://example.org/logo.png", 200, MediaType.parse("image/png"), "not a page"),
                response("https://example.org/gone", 404, MediaType.HTML_UTF8, PAGE));

        List<JsonNode> articles = read(warc);

        assertThat(articles).hasSize(1);
        JsonNode article = articles.get(0);
        assertThat(article.path("schema").asText()).isEqualTo("dyad.article/1");
        assertThat(article.path("text").asText())
                .contains("talks between the two governments had begun")
                .doesNotContain("<p>");
        assertThat(article.path("url").asText()).isEqualTo("https://example.org/talks");
        assertThat(article.path("id").asText()).isNotBlank();
    }

    @Test
    void anUncompressedWarcIsReadToo() throws IOException {
        byte[] warc = warc(
                WarcCompression.NONE,
                response("https://example.org/a", 200, MediaType.HTML, PAGE),
                response("https://example.org/b", 200, MediaType.HTML, PAGE.replace("Doha", "Oslo")));

        assertThat(read(warc))
                .extracting(a -> a.path("url").asText())
                .containsExactly("https://example.org/a", "https://example.org/b");
    }

    private static List<JsonNode> read(byte[] warc) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = WarcArticles.articleLines(new ByteArrayInputStream(warc), new ArticleReader())) {
            return lines.map(line -> {
                        try {
                            return json.readTree(line);
                        } catch (IOException e) {
                            throw new AssertionError(line, e);
                        }
                    })
                    .toList();
        }
    }

    private static byte[] warc(WarcCompression compression, Object... records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
            for (Object r : records) {
                writer.write((org.netpreserve.jwarc.WarcRecord) r);
            }
        }
        return bytes.toByteArray();
    }

    private static WarcRequest request(String url) throws IOException {
        return new WarcRequest.Builder(url)
                .body(new HttpRequest.Builder("GET", url).build())
                .build();
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8))
                .build();
        return new WarcResponse.Builder(url).body(http).build();
    }
}

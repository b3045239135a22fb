package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API over a store of the seed article's events, with no NLP models: statuses, shapes against the OpenAPI document, errors, limits. */
class ServerApiTest {
    @TempDir
    static Path dir;

    private static DyadServer server;
    private static int port;
    private static OpenApiChecker openApi;
    private static final StringWriter LOG = new StringWriter();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Path db = TestStore.seed(dir);
        server = new DyadServer(
                EventStore.openReadOnly(db),
                () -> {
                    throw new ApiError(503, "no NLP models in this test");
                },
                false,
                (p, a, s) -> "unused",
                new PrintWriter(LOG, true));
        port = server.start("127.0.0.1", 0);
        openApi = new OpenApiChecker(get("/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The answer to GET path, checked to have the status and the document's shape for it. */
    static JsonNode answer(String path, int status) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertThat(openApi.check("GET", path, status, body)).as(path).isEmpty();
        return body;
    }

    static String firstEventId(String query) throws Exception {
        return answer("/api/v1/events?" + query, 200)
                .path("events")
                .path(0)
                .path("event_id")
                .asText();
    }

    @Test
    void everyReadEndpointAnswersInTheShapeItsDocumentGives() throws Exception {
        JsonNode overview = answer("/api/v1/overview", 200);
        assertThat(overview.path("articles").asInt()).isEqualTo(1);
        assertThat(overview.path("events").asInt()).isEqualTo(32);
        assertThat(overview.path("first_date").asText()).startsWith("20");

        JsonNode events = answer("/api/v1/events?source=SYRMIL&code=19&limit=2", 200);
        assertThat(events.path("events")).hasSize(2);
        assertThat(events.path("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(events.path("events").path(0).path("cameo").asText()).startsWith("19");
        JsonNode next = answer("/api/v1/events?source=SYRMIL&code=19&limit=2&offset=1", 200);
        assertThat(next.path("events").path(0)).isEqualTo(events.path("events").path(1));

        String id = firstEventId("source=SYRMIL&code=190");
        JsonNode detail = answer("/api/v1/events/" + id, 200);
        String key = detail.path("article").path("key").asText();
        assertThat(answer("/api/v1/articles/" + key, 200).path("marks").size()).isGreaterThan(10);

        answer("/api/v1/dyads?top=5", 200);
        assertThat(answer("/api/v1/actors?q=rus", 200).path("actors").findValuesAsText("code"))
                .contains("RUS");
        assertThat(answer("/api/v1/timeline?a=RUS&b=IRN", 200).path("total").asInt())
                .isPositive();
        answer("/api/v1/timeline?a=SYRMIL&b=SYRMIL&level=code&period=day&directed=true", 200);
        assertThat(answer("/api/v1/network?from=2019-01-01&to=2019-12-31", 200)
                        .path("nodes")
                        .size())
                .isPositive();
        answer("/api/v1/network?level=code&weight=goldstein", 200);
        answer("/api/v1/balance?top=3", 200);
        answer("/api/v1/shifts", 200);
        answer("/api/v1/shifts?a=RUS&b=IRN&min_weeks=1", 200);
        // A store with nothing imported has one source, its own events.
        JsonNode sources = answer("/api/v1/sources", 200).path("sources");
        assertThat(sources).hasSize(1);
        assertThat(sources.path(0).path("name").asText()).isEqualTo("dyad");
        assertThat(sources.path(0).path("events").asInt()).isEqualTo(32);
        assertThat(answer("/api/v1/timeline?a=RUS&b=IRN&sources=dyad", 200).path("sources"))
                .isEmpty();
        assertThat(answer("/api/v1/timeline?a=RUS&b=IRN&sources=icews", 400)
                        .path("message")
                        .asText())
                .isEqualTo("sources: no source 'icews' in this store (there is dyad)");
    }

    @Test
    void anEventsEvidenceMarksItsTriggerActorsTimeAndPlaceInItsSentence() throws Exception {
        String id = firstEventId("source=SYRMIL&code=190");
        JsonNode evidence = answer("/api/v1/events/" + id, 200).path("evidence");
        String text = evidence.path("text").asText();
        assertThat(text).startsWith("Around one week ago clashes erupted");
        int start = evidence.path("sentence_start").asInt();
        for (JsonNode m : evidence.path("marks")) {
            String marked = text.substring(
                    m.path("start").asInt() - start, m.path("end").asInt() - start);
            switch (m.path("kind").asText()) {
                case "trigger" -> assertThat(marked).isEqualTo("clashes erupted");
                case "time" -> assertThat(marked).isEqualTo("Around one week ago");
                case "source" -> assertThat(marked).contains("Syrian military forces");
                default -> {}
            }
        }
        assertThat(evidence.path("marks").findValuesAsText("kind")).contains("trigger", "source", "target", "time");
        JsonNode hama = answer("/api/v1/events?source=SYRMIL&code=190&limit=10", 200);
        String placed = null;
        for (JsonNode e : hama.path("events")) {
            if (e.path("where").path("name").asText().contains("Hama")) {
                placed = e.path("event_id").asText();
            }
        }
        assertThat(placed).as("an event placed at Hama").isNotNull();
        assertThat(answer("/api/v1/events/" + placed, 200)
                        .path("evidence")
                        .path("marks")
                        .findValuesAsText("kind"))
                .contains("place");
    }

    @Test
    void badParametersAreJsonErrorsThatNameThem() throws Exception {
        assertThat(answer("/api/v1/events?limit=abc", 400).path("message").asText())
                .contains("limit");
        assertThat(answer("/api/v1/events?limit=0", 400).path("message").asText())
                .contains("limit");
        assertThat(answer("/api/v1/events?from=yesterday", 400).path("message").asText())
                .contains("from");
        assertThat(answer("/api/v1/events?from=2019-05-10&to=2019-05-01", 400)
                        .path("message")
                        .asText())
                .contains("before");
        assertThat(answer("/api/v1/timeline?a=RUS", 400).path("message").asText())
                .contains("b: required");
        assertThat(answer("/api/v1/timeline?a=RUS&b=IRN&period=year", 400)
                        .path("message")
                        .asText())
                .contains("period");
        assertThat(answer("/api/v1/network?level=planet", 400).path("message").asText())
                .contains("level");
        assertThat(answer("/api/v1/actors?q=" + "x".repeat(300), 400)
                        .path("message")
                        .asText())
                .contains("q");
    }

    @Test
    void aValueQuotedInAnErrorIsEscapedSoTheMessageIsOneLine() throws Exception {
        String value = URLEncoder.encode("2019-05-06\nX-Evil: 1\u2028\u0085\u202E", StandardCharsets.UTF_8);

        String message =
                answer("/api/v1/events?from=" + value, 400).path("message").asText();

        assertThat(message)
                .isEqualTo("from: '2019-05-06\\nX-Evil: 1\\u2028\\u0085\\u202E' is not a date like 2019-05-13");
        HttpResponse<String> posted = post("/api/v1/code", "{\"text\": \"Hi.\", \"published\": \"soon\\r\\nlater\"}");
        assertThat(JSON.readTree(posted.body()).path("message").asText())
                .as(posted.body())
                .isEqualTo("published: 'soon\\r\\nlater' is not a date like 2019-05-13");
    }

    @Test
    void unknownIdsAndPathsAre404() throws Exception {
        assertThat(answer("/api/v1/events/e-0000000000000000", 404)
                        .path("status")
                        .asInt())
                .isEqualTo(404);
        assertThat(answer("/api/v1/events/e-0000000000000000/explain", 404)
                        .path("message")
                        .asText())
                .contains("no event");
        answer("/api/v1/articles/k-nothing", 404);
        HttpResponse<String> r = get("/api/v1/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).path("status").asInt()).isEqualTo(404);
        assertThat(get("/no-such-page.html").statusCode()).isEqualTo(404);
    }

    @Test
    void filterValuesAreBoundNotPastedIntoSql() throws Exception {
        long all = answer("/api/v1/overview", 200).path("events").asLong();
        for (String evil :
                List.of("RUS' OR '1'='1", "x'); DROP TABLE events; --", "%' UNION SELECT text FROM articles --")) {
            String q = URLEncoder.encode(evil, StandardCharsets.UTF_8);
            assertThat(answer("/api/v1/events?source=" + q, 200).path("total").asLong())
                    .as(evil)
                    .isZero();
            assertThat(answer("/api/v1/events?code=" + q + "&target=" + q, 200).path("events"))
                    .isEmpty();
            assertThat(answer("/api/v1/actors?q=" + q, 200).path("actors")).isEmpty();
        }
        assertThat(answer("/api/v1/overview", 200).path("events").asLong()).isEqualTo(all);
        assertThat(LOG.toString()).doesNotContain("store error");
    }

    @Test
    void anArticleOverTheLimitIs413AndLoadsNoModels() throws Exception {
        String big = "{\"text\": \"" + "a".repeat((int) DyadServer.MAX_ARTICLE_BYTES) + "\"}";
        HttpResponse<String> r = post("/api/v1/code", big);
        assertThat(r.statusCode()).isEqualTo(413);
        JsonNode body = JSON.readTree(r.body());
        assertThat(openApi.check("POST", "/api/v1/code", 413, body)).isEmpty();
        assertThat(body.path("message").asText()).contains("1000000 bytes");
        assertThat(post("/api/code", big).statusCode()).isEqualTo(413);
        assertThat(server.pipelineLoaded()).isFalse();
    }

    @Test
    void aBodyThatIsNotAnArticleIs400() throws Exception {
        for (String body :
                List.of("not json", "[1, 2]", "{\"text\": \"\"}", "{\"text\": \"Hi.\", \"published\": \"soon\"}")) {
            HttpResponse<String> r = post("/api/v1/code", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(openApi.check("POST", "/api/v1/code", 400, JSON.readTree(r.body())))
                    .isEmpty();
        }
        assertThat(server.pipelineLoaded()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../../etc/passwd",
                "/js/../../../etc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2fetc%2fpasswd",
                "/vendor/..%5c..%5c..%5cetc%5cpasswd",
                "/%252e%252e/etc/passwd",
                "/..;/..;/etc/passwd",
                "/js/%2e%2e/app.css",
                "/vendor/../../../../../../etc/passwd%00.js"
            })
    void noPathReachesAFileOutsideTheDashboard(String path) throws Exception {
        // A raw request: HTTP clients tidy '..' away before sending.
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String status = answer.substring(0, answer.indexOf("\r\n"));
        assertThat(status).as(path).matches("HTTP/1\\.1 (400|404) .*");
        assertThat(answer)
                .doesNotContain("root:")
                .contains("\"status\":")
                .containsIgnoringCase("Content-Security-Policy");
    }

    @Test
    void everyAnswerCarriesTheSafeHeadersAndPagesRunNoInlineScript() throws Exception {
        for (String path : List.of(
                "/",
                "/js/app.js",
                "/app.css",
                "/api/v1/overview",
                "/api/v1/events?limit=x",
                "/openapi.json",
                "/vendor/world-atlas/countries-110m.json")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(
                            csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
        String index = get("/").body();
        assertThat(index).contains("<title>dyad dashboard</title>");
        assertThat(index.replaceAll("<script [^>]*src=\"[^\"]+\"[^>]*></script>", ""))
                .doesNotContain("<script");
        assertThat(index).doesNotContainPattern("\\son[a-z]+=");
        assertThat(index).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
    }

    @Test
    void theDocumentDescribesEveryRoute() throws Exception {
        JsonNode doc = JSON.readTree(get("/openapi.json").body());
        assertThat(doc.path("openapi").asText()).startsWith("3.1");
        assertThat(doc.path("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/overview",
                        "/api/v1/events",
                        "/api/v1/events/{id}",
                        "/api/v1/events/{id}/explain",
                        "/api/v1/articles/{key}",
                        "/api/v1/dyads",
                        "/api/v1/actors",
                        "/api/v1/timeline",
                        "/api/v1/sources",
                        "/api/v1/network",
                        "/api/v1/places",
                        "/api/v1/balance",
                        "/api/v1/shifts",
                        "/api/v1/code",
                        "/api/code");
    }

    private static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}

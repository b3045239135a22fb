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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's guards, with no NLP models: the bearer token on the API (static files stay
 * open), the bounded coding pool that turns a crowd away with 503 and Retry-After while reads
 * go on, and the header size limit.
 */
class ServerGuardsTest {
    private static final String TOKEN = "t0ken-for-the-guards-test";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static DyadServer server;
    private static String base;
    private static OpenApiChecker openApi;
    /** The fake pipeline's loader waits on this: a coding job that takes as long as the test wants. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private static final CountDownLatch CODING = new CountDownLatch(1);

    @BeforeAll
    static void start() throws Exception {
        Path db = TestStore.seed(dir);
        server = new DyadServer(
                EventStore.openReadOnly(db),
                () -> {
                    CODING.countDown();
                    try {
                        RELEASE.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new ApiError(503, "no NLP models in this test");
                },
                false,
                (p, a, s) -> "unused",
                ServerSettings.open().withToken(TOKEN).withCoding(1, 0),
                new PrintWriter(new StringWriter(), true));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        openApi = new OpenApiChecker(send(get("/openapi.json").build()).body());
    }

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        server.close();
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder code(String text) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/code"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.createObjectNode().put("text", text).toString()));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiWantsTheTokenAndTellsWhyInJson() throws Exception {
        for (HttpRequest.Builder without : List.of(
                get("/api/v1/overview"),
                get("/api/v1/events?limit=1"),
                get("/api/v1/nothing-here"),
                code("Russia accused Iran."))) {
            HttpResponse<String> r = send(without.build());
            assertThat(r.statusCode()).as(r.request().uri().toString()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"dyad\"");
            assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(JSON.readTree(r.body()).path("message").asText()).contains("needs a token");
        }
        HttpResponse<String> wrong = send(get("/api/v1/overview")
                .header("Authorization", "Bearer " + TOKEN + "x")
                .build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        JsonNode body = JSON.readTree(wrong.body());
        assertThat(openApi.check("GET", "/api/v1/overview", 401, body)).isEmpty();
        assertThat(body.path("message").asText()).isEqualTo("the token is wrong");
        assertThat(wrong.body()).doesNotContain(TOKEN);
        assertThat(send(get("/api/v1/overview")
                                .header("Authorization", "Basic " + TOKEN)
                                .build())
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(get("/api/v1/overview")
                                .header("Authorization", "Bearer")
                                .build())
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> right = send(get("/api/v1/overview")
                .header("Authorization", "Bearer " + TOKEN)
                .build());
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(right.body()).path("events").asInt()).isEqualTo(32);
        assertThat(send(get("/api/v1/overview")
                                .header("Authorization", "bearer " + TOKEN)
                                .build())
                        .statusCode())
                .as("the scheme's name is case-insensitive")
                .isEqualTo(200);
    }

    @Test
    void theDashboardsFilesNeedNoTokenSoThePageCanAskForIt() throws Exception {
        for (String path : List.of("/", "/js/app.js", "/js/dom.js", "/app.css", "/openapi.json")) {
            assertThat(send(get(path).build()).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(send(get("/js/app.js").build()).body()).contains("token-form");
    }

    @Test
    void tokensAreComparedWholeAndOnlyEqualOnesPass() {
        BearerAuth auth = new BearerAuth(TOKEN);
        assertThat(auth.matches(TOKEN)).isTrue();
        assertThat(auth.matches(TOKEN.substring(1))).isFalse();
        assertThat(auth.matches(TOKEN + TOKEN)).isFalse();
        assertThat(auth.matches("")).isFalse();
    }

    @Test
    void whenTheCodingPoolIsFullMoreCodingIs503WithRetryAfterAndReadsGoOn() throws Exception {
        CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(
                code("Russia accused Iran.")
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(CODING.await(30, TimeUnit.SECONDS))
                .as("the first request reached the coder")
                .isTrue();

        HttpResponse<String> busy = send(code("Iran denied it.")
                .header("Authorization", "Bearer " + TOKEN)
                .build());
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(openApi.check("POST", "/api/v1/code", 503, JSON.readTree(busy.body())))
                .isEmpty();
        assertThat(JSON.readTree(busy.body()).path("message").asText()).contains("busy");

        HttpResponse<String> read = send(get("/api/v1/events?limit=5")
                .header("Authorization", "Bearer " + TOKEN)
                .build());
        assertThat(read.statusCode())
                .as("reads are answered while coding is stuck")
                .isEqualTo(200);
        assertThat(first).isNotDone();

        RELEASE.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        assertThat(first.get().headers().firstValue("Retry-After"))
                .as("the loader's own 503 is no busy signal")
                .isEmpty();
    }

    @Test
    void headersOverTheLimitAre431AsJson() throws Exception {
        String big = "x".repeat(DyadServer.MAX_HEADER_BYTES + 100);
        String answer = raw(
                "GET /api/v1/overview HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n");
        assertThat(answer.substring(0, answer.indexOf("\r\n"))).matches("HTTP/1\\.1 431 .*");
        assertThat(answer).contains("\"status\":431");
        String fits = raw("GET /api/v1/overview HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nX-Small: " + "x".repeat(1000) + "\r\nConnection: close\r\n\r\n");
        assertThat(fits).startsWith("HTTP/1.1 200");
    }

    @Test
    void onTheLoopbackOnlyRequestsAddressedToItAreAnsweredAgainstDnsRebinding() throws Exception {
        String rebound = raw("GET /api/v1/overview HTTP/1.1\r\nHost: attacker.example:"
                + URI.create(base).getPort() + "\r\nAuthorization: Bearer " + TOKEN + "\r\nConnection: close\r\n\r\n");
        assertThat(rebound)
                .startsWith("HTTP/1.1 403")
                .contains("\"status\":403")
                .contains("loopback");
        for (String host : new String[] {"localhost:" + URI.create(base).getPort(), "127.0.0.1", "[::1]:80"}) {
            String ok = raw("GET /api/v1/overview HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(ok).as(host).startsWith("HTTP/1.1 200");
        }
    }

    private static String raw(String request) throws Exception {
        URI uri = URI.create(base);
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}

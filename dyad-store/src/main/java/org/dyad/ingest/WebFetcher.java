package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches pages and feeds the user names by URL: with a user agent that says who is asking,
 * connect and read timeouts, a size limit, and a pause between two requests to the same host
 * so that a feed of fifty links does not hammer a news site. Not thread-safe: ingest fetches
 * from one thread.
 */
final class WebFetcher {
    /** What a fetch gave: the final URL (after redirects), the content type and the body. */
    record Page(String url, Optional<String> contentType, byte[] body) {}

    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final Duration pause;
    private final long maxBytes;
    private final Map<String, Long> lastRequest = new HashMap<>();

    WebFetcher(String userAgent, Duration timeout, Duration pause, long maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.pause = pause;
        this.maxBytes = maxBytes;
    }

    Page fetch(URI uri) throws IOException {
        String host = uri.getHost() == null ? "" : uri.getHost();
        waitForTurn(host);
        try {
            return get(uri);
        } finally {
            // The pause runs from the end of one request to the start of the next, as crawl delays do.
            lastRequest.put(host, System.nanoTime());
        }
    }

    private Page get(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header(
                        "Accept",
                        "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP status " + response.statusCode());
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new IOException("larger than the limit of " + maxBytes + " bytes");
            }
            return new Page(response.uri().toString(), response.headers().firstValue("Content-Type"), body);
        }
    }

    private void waitForTurn(String host) throws IOException {
        Long last = lastRequest.get(host);
        if (last != null) {
            long wait = last + pause.toNanos() - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
    }
}

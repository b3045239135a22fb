package org.dyad.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Closed-loop HTTP clients for a load run: each thread sends a request drawn from the mix
 * (events, timeline, network, and a small share of {@code POST /api/code}), waits for the whole
 * answer, pauses a moment, and goes again until the time is up. Loopback only: the base URL is
 * the test's own server.
 */
final class LoadClients {
    /** The kinds of request in the mix, each sampled on its own. */
    enum Kind {
        EVENTS,
        TIMELINE,
        NETWORK,
        CODE
    }

    private static final List<String> EVENTS = List.of(
            "/api/v1/events?limit=100",
            "/api/v1/events?source=SYRMIL&code=19",
            "/api/v1/events?source=RUS&limit=50&offset=20",
            "/api/v1/events?from=2019-06-01&to=2019-12-31&limit=200",
            "/api/v1/events?target=IRN");
    private static final List<String> TIMELINE = List.of(
            "/api/v1/timeline?a=RUS&b=IRN",
            "/api/v1/timeline?a=SYRMIL&b=SYRMIL&level=code&period=day",
            "/api/v1/timeline?a=RUS&b=SYR&period=month",
            "/api/v1/timeline?a=ISR&b=IRN&period=week&directed=true");
    private static final List<String> NETWORK = List.of(
            "/api/v1/network",
            "/api/v1/network?level=code&weight=goldstein",
            "/api/v1/network?from=2019-06-01&to=2019-12-31");
    /** Short news paragraphs, coded in a tenth of a second or so; every other coding request sends the long seed article instead. */
    static final List<String> ARTICLES = List.of(
            "Russian forces clashed with Ukrainian troops near Kharkiv on Tuesday, officials said.",
            "Iran's foreign minister met his Syrian counterpart in Damascus on Monday to discuss reconstruction, "
                    + "state media reported.",
            "Turkey accused Syrian government forces of shelling an observation post in Idlib province on Sunday.",
            "The United States imposed new sanctions on Venezuelan officials on Friday, the Treasury Department said. "
                    + "Caracas condemned the move.");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    /** The seed article, some 40 sentences: seconds of a core, which is what fills the coding pool. */
    private final String longArticle;

    private final int clients;
    private final int codePercent;
    private final int meanThinkMillis;

    /** {@code clients} threads against {@code base}; {@code codePercent} of requests code an article; pauses average {@code meanThinkMillis}. */
    LoadClients(HttpClient http, String base, int clients, int codePercent, int meanThinkMillis) throws IOException {
        this.http = http;
        this.longArticle = TestStore.resource("it/russia-iran-syria.txt");
        this.base = base;
        this.clients = clients;
        this.codePercent = codePercent;
        this.meanThinkMillis = meanThinkMillis;
    }

    /** What one run saw, by kind of request, and how long it took from first request to last answer. */
    record Result(Map<Kind, LoadSamples> byKind, Duration wall) {
        LoadSamples all() {
            LoadSamples all = new LoadSamples();
            byKind.values().forEach(all::addAll);
            return all;
        }

        String render() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT,
                    "%-9s %7s %8s %8s %8s  %s%n",
                    "request",
                    "answers",
                    "p50 ms",
                    "p99 ms",
                    "req/s",
                    "statuses (transport failures)"));
            for (Map.Entry<Kind, LoadSamples> e : byKind.entrySet()) {
                line(out, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
            }
            line(out, "all", all());
            LoadSamples code = byKind.get(Kind.CODE);
            out.append(String.format(
                    Locale.ROOT,
                    "code, 200 answers only: p50 %.1f ms, p99 %.1f ms%n",
                    code.okPercentileMillis(50),
                    code.okPercentileMillis(99)));
            return out.toString();
        }

        private void line(StringBuilder out, String name, LoadSamples s) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-9s %7d %8.1f %8.1f %8.1f  %s (%d)%n",
                    name,
                    s.answers(),
                    s.percentileMillis(50),
                    s.percentileMillis(99),
                    s.answers() / (wall.toMillis() / 1000.0),
                    s.statuses(),
                    s.failures()));
        }
    }

    Result run(Duration duration, long seed) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Map<Kind, LoadSamples>> perClient = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Map<Kind, LoadSamples> samples = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                samples.put(k, new LoadSamples());
            }
            perClient.add(samples);
            Random random = new Random(seed * 1000 + i);
            Thread t = new Thread(() -> loop(random, end, samples), "load-client-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Map<Kind, LoadSamples> merged = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            LoadSamples all = new LoadSamples();
            perClient.forEach(m -> all.addAll(m.get(k)));
            merged.put(k, all);
        }
        return new Result(merged, Duration.ofNanos(System.nanoTime() - start));
    }

    private void loop(Random random, long end, Map<Kind, LoadSamples> samples) {
        while (System.nanoTime() < end) {
            Kind kind = pick(random);
            LoadSamples s = samples.get(kind);
            long sent = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(request(kind, random), HttpResponse.BodyHandlers.ofString());
                s.answer(
                        r.statusCode(),
                        System.nanoTime() - sent,
                        r.headers().firstValue("Retry-After").isPresent());
                Thread.sleep(random.nextInt(2 * meanThinkMillis + 1));
            } catch (IOException e) {
                s.failure();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Kind pick(Random random) {
        int roll = random.nextInt(100);
        if (roll < codePercent) {
            return Kind.CODE;
        }
        Kind[] reads = {Kind.EVENTS, Kind.TIMELINE, Kind.NETWORK};
        return reads[roll % 3];
    }

    private HttpRequest request(Kind kind, Random random) {
        String path = switch (kind) {
            case EVENTS -> EVENTS.get(random.nextInt(EVENTS.size()));
            case TIMELINE -> TIMELINE.get(random.nextInt(TIMELINE.size()));
            case NETWORK -> NETWORK.get(random.nextInt(NETWORK.size()));
            case CODE -> random.nextBoolean() ? "/api/code" : "/api/v1/code";
        };
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        if (kind != Kind.CODE) {
            return b.build();
        }
        String text = random.nextBoolean() ? longArticle : ARTICLES.get(random.nextInt(ARTICLES.size()));
        String body = JSON.createObjectNode()
                .put("text", text)
                .put("published", "2019-05-13")
                .toString();
        return b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}

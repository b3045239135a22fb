package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.serve.LoadClients.Kind;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under load, on loopback: 50 clients for a minute ({@code -Ddyad.load.seconds=N} to
 * change it) on the events, timeline and network endpoints with a few articles to code among
 * them, against the real models. It asserts behaviour, not speed: no server errors (the coding
 * pool's 503s with Retry-After aside), some articles coded, and no heap growth after a full GC;
 * the latencies are measured and reported, to standard output and target/load-report.txt.
 */
@Tag("long")
class ServerLoadIT {
    private static final int CLIENTS = 50;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("dyad.load.seconds", 60));
    /** Long enough for the JIT and the pools to settle before the heap's baseline is taken. */
    private static final Duration WARM_UP = Duration.ofSeconds(Math.max(3, Math.min(15, RUN.toSeconds() / 4)));
    /** A small share: each article takes a core for a second or more, and this machine may have two. */
    private static final int CODE_PERCENT = 3;

    private static final int THINK_MILLIS = 10;
    /** Generous, since a full GC's result moves by a few MB with what the JIT and the pools hold; a leak grows past it. */
    private static final long HEAP_MARGIN = 64L << 20;

    private static final int COPIES = 40;

    @TempDir
    static Path dir;

    private static DyadPipeline pipeline;
    private static DyadServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        pipeline = DyadPipeline.withBundledData(new CoreNlpAnnotator());
        Path db = TestStore.copies(dir, COPIES);
        server = new DyadServer(
                EventStore.openReadOnly(db),
                () -> pipeline,
                false,
                (p, a, s) -> "unused",
                ServerSettings.open(),
                new PrintWriter(System.err, true));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void fiftyClientsReadingAndCodingGetNoServerErrorsAndTheHeapDoesNotGrow() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        // One article before the clock starts: the first one through the pipeline is the slowest by far.
        HttpResponse<String> first = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/code"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"text\": \"" + LoadClients.ARTICLES.get(0) + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        LoadClients clients = new LoadClients(http, base, CLIENTS, CODE_PERCENT, THINK_MILLIS);
        LoadClients.Result warm = clients.run(WARM_UP, 1);
        long heapBefore = heapAfterFullGc();
        LoadClients.Result run = clients.run(RUN, 2);
        long heapAfter = heapAfterFullGc();

        String report = report(warm, run, heapBefore, heapAfter);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-report.txt"), report);

        for (LoadClients.Result r : new LoadClients.Result[] {warm, run}) {
            for (Kind read : new Kind[] {Kind.EVENTS, Kind.TIMELINE, Kind.NETWORK}) {
                LoadSamples s = r.byKind().get(read);
                assertThat(s.answers()).as(read + " answered").isPositive();
                assertThat(s.statuses()).as(read + ": only 200s, no 5xx").containsOnlyKeys(200);
            }
            LoadSamples code = r.byKind().get(Kind.CODE);
            assertThat(code.statuses().keySet())
                    .as("code: coded, or turned away while the pool is full")
                    .isSubsetOf(200, 503);
            assertThat(code.busyWithoutRetryAfter())
                    .as("503s without Retry-After")
                    .isZero();
            assertThat(r.all().failures()).as("requests that got no answer").isZero();
        }
        assertThat(run.byKind().get(Kind.CODE).count(200))
                .as("articles coded during the run")
                .isPositive();
        assertThat(heapAfter - heapBefore)
                .as("heap growth after a full GC, bytes")
                .isLessThan(HEAP_MARGIN);
    }

    private static String report(LoadClients.Result warm, LoadClients.Result run, long heapBefore, long heapAfter) {
        return String.format(
                Locale.ROOT,
                """
                dyad serve load test, %s
                %d clients on loopback, closed loop with 0-%d ms pauses, %d%% POST /api/code; \
                %d copies of the seed article (%d events); %d cores shared by the clients, the server and whatever else runs
                warm-up %d s: %d answers, then the run:
                run %.1f s:
                %sheap after full GC: %.1f MB after warm-up, %.1f MB after the run (%+.1f MB); max heap %.0f MB
                """,
                Instant.now(),
                CLIENTS,
                2 * THINK_MILLIS,
                CODE_PERCENT,
                COPIES,
                COPIES * 32,
                Runtime.getRuntime().availableProcessors(),
                WARM_UP.toSeconds(),
                warm.all().answers(),
                run.wall().toMillis() / 1000.0,
                run.render(),
                mb(heapBefore),
                mb(heapAfter),
                mb(heapAfter - heapBefore),
                mb(Runtime.getRuntime().maxMemory()));
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    /** The least heap in use over a few full collections: one GC can leave garbage that a finaliser or a reference queue frees later. */
    private static long heapAfterFullGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(200);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}

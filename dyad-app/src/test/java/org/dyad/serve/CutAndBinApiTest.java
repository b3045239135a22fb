package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.serve.SyntheticStore.Actor;
import org.dyad.serve.SyntheticStore.Event;
import org.dyad.serve.SyntheticStore.Place;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server cuts and bins for the dashboard at scale (the timeline's active span, the
 * network's strongest actors and an actor's neighbourhood, the map's bins), over a small store
 * whose answers are worked out by hand below.
 */
class CutAndBinApiTest {
    @TempDir
    static Path dir;

    private static DyadServer server;
    private static int port;
    private static OpenApiChecker openApi;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Actor USA = Actor.of("USA", "United States");
    private static final Actor IRN = Actor.of("IRN", "Iran");
    private static final Actor RUS = Actor.of("RUS", "Russia");
    private static final Actor UKR = Actor.of("UKR", "Ukraine");
    private static final Place TEHRAN = new Place("Tehran", "IRN", 35.69, 51.39);
    private static final Place TEHRAN_NORTH = new Place("Tehran", "IRN", 35.71, 51.41);
    private static final Place AIRPORT = new Place("Tehran Airport", "IRN", 35.69, 51.31);
    private static final Place KHARKIV = new Place("Kharkiv", "UKR", 49.99, 36.23);
    private static final Place WASHINGTON = new Place("Washington", "USA", 38.9, -77.04);

    /**
     * USA-IRN: 60 events from 2025-03-03 to 2025-05-06 (three placed in and near Tehran, 57 a day
     * from 03-11 unplaced) and one in 2020 at Washington; RUS-UKR: five on 2025-03-05, four at
     * Kharkiv. 66 events, 8 placed.
     */
    @BeforeAll
    static void start() throws Exception {
        List<Event> events = new ArrayList<>();
        LocalDate march3 = LocalDate.of(2025, 3, 3);
        events.add(event(events, march3, USA, IRN, "190", 4, -10, TEHRAN));
        events.add(event(events, march3.plusDays(1), USA, IRN, "112", 3, -2, TEHRAN_NORTH));
        events.add(event(events, march3.plusDays(7), IRN, USA, "036", 1, 4, AIRPORT));
        for (int i = 0; i < 57; i++) {
            events.add(event(events, LocalDate.of(2025, 3, 11).plusDays(i), USA, IRN, "042", 1, 1.9, null));
        }
        events.add(event(events, LocalDate.of(2020, 1, 8), USA, IRN, "112", 3, -2, WASHINGTON));
        for (int i = 0; i < 5; i++) {
            events.add(event(events, LocalDate.of(2025, 3, 5), RUS, UKR, "190", 4, -10, i < 4 ? KHARKIV : null));
        }
        Path db = SyntheticStore.write(dir, "hand.duckdb", events);
        server = new DyadServer(
                EventStore.openReadOnly(db),
                () -> {
                    throw new ApiError(503, "no NLP models in this test");
                },
                false,
                (p, a, s) -> "unused",
                new PrintWriter(new StringWriter(), true));
        port = server.start("127.0.0.1", 0);
        openApi = new OpenApiChecker(get("/openapi.json").body());
    }

    private static Event event(
            List<Event> so, LocalDate d, Actor s, Actor t, String cameo, int quad, double g, Place place) {
        return new Event(so.size(), d, s, t, cameo, quad, g, "made up", place);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode answer(String path, int status) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(r.body());
        assertThat(openApi.check("GET", path, status, body)).as(path).isEmpty();
        return body;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void theTimelineSaysWhereTheDyadIsAndOpensThereWhenAsked() throws Exception {
        JsonNode whole = answer("/api/v1/timeline?a=USA&b=IRN", 200);
        assertThat(whole.path("total").asInt()).isEqualTo(61);
        assertThat(whole.path("rows").path(0).path("start").asText()).isEqualTo("2020-01-06");
        assertThat(whole.path("first_date").asText()).isEqualTo("2020-01-08");
        assertThat(whole.path("last_date").asText()).isEqualTo("2025-05-06");
        assertThat(whole.path("from").isNull()).isTrue();
        // 60 of 61 kept: 6,000 >= 98 x 61 = 5,978, so the 2020 event is left out.
        JsonNode active = whole.path("active");
        assertThat(active.path("from").asText()).isEqualTo("2025-03-03");
        assertThat(active.path("to").asText()).isEqualTo("2025-05-06");
        assertThat(active.path("events").asInt()).isEqualTo(60);
        assertThat(active.path("total").asInt()).isEqualTo(61);

        JsonNode dense = answer("/api/v1/timeline?a=USA&b=IRN&span=active", 200);
        assertThat(dense.path("total").asInt()).isEqualTo(60);
        assertThat(dense.path("dyad_total").asInt()).isEqualTo(61);
        assertThat(dense.path("from").asText()).isEqualTo("2025-03-03");
        // Ten weeks, from Monday 03-03 to Monday 05-05.
        assertThat(texts(dense.path("rows"), "start"))
                .hasSize(10)
                .startsWith("2025-03-03", "2025-03-10")
                .endsWith("2025-05-05");
        JsonNode week1 = dense.path("rows").path(0);
        assertThat(week1.path("end").asText()).isEqualTo("2025-03-09");
        // -10 and -2; the next week 4 and six of 1.9: (4 + 11.4) / 7 = 2.2.
        assertThat(week1.path("mean_goldstein").asDouble()).isCloseTo(-6.0, within(1e-9));
        assertThat(dense.path("rows").path(1).path("mean_goldstein").asDouble()).isCloseTo(2.2, within(1e-9));

        // Dates given win over the span.
        assertThat(answer("/api/v1/timeline?a=USA&b=IRN&span=active&from=2020-01-01", 200)
                        .path("total")
                        .asInt())
                .isEqualTo(61);
        assertThat(answer("/api/v1/timeline?a=USA&b=IRN&span=dense", 400)
                        .path("message")
                        .asText())
                .contains("span");
    }

    @Test
    void theNetworkSendsTheStrongestActorsAndTiesOnly() throws Exception {
        // Nodes USA 61, IRN 61, RUS 5, UKR 5; ties IRN-USA 61, RUS-UKR 5.
        JsonNode all = answer("/api/v1/network", 200);
        assertThat(texts(all.path("nodes"), "actor")).containsExactly("IRN", "USA", "RUS", "UKR");
        assertThat(all.path("actors_total").asInt()).isEqualTo(4);
        assertThat(all.path("ties_total").asInt()).isEqualTo(2);
        assertThat(all.path("actor").isNull()).isTrue();

        JsonNode two = answer("/api/v1/network?top=2", 200);
        assertThat(texts(two.path("nodes"), "actor")).containsExactly("IRN", "USA");
        assertThat(texts(two.path("edges"), "count")).containsExactly("61");
        assertThat(two.path("actors_total").asInt()).isEqualTo(4);

        JsonNode strong = answer("/api/v1/network?min_events=6", 200);
        assertThat(strong.path("nodes").size()).isEqualTo(4);
        assertThat(texts(strong.path("edges"), "a")).containsExactly("IRN");
    }

    @Test
    void anActorsNeighbourhoodHasItsTiesWhateverTheCut() throws Exception {
        JsonNode around = answer("/api/v1/network?actor=rus&top=1&min_events=100", 200);
        assertThat(around.path("actor").asText()).isEqualTo("RUS");
        assertThat(texts(around.path("nodes"), "actor")).containsExactly("RUS", "UKR");
        assertThat(texts(around.path("edges"), "b")).containsExactly("UKR");
        assertThat(around.path("actor_ties").asInt()).isEqualTo(1);
        assertThat(answer("/api/v1/network?actor=FRA", 404).path("message").asText())
                .contains("FRA");
    }

    @Test
    void theMapCountsEveryPlacedEventInBins() throws Exception {
        JsonNode all = answer("/api/v1/places", 200);
        assertThat(all.path("matching").asInt()).isEqualTo(66);
        assertThat(all.path("placed").asInt()).isEqualTo(8);
        assertThat(all.path("bins_total").asInt()).isEqualTo(4);
        // Kharkiv 4; Tehran's two at (35.7, 51.4); then one each, by latitude: the airport, Washington.
        assertThat(texts(all.path("bins"), "events")).containsExactly("4", "2", "1", "1");
        assertThat(texts(all.path("bins"), "place"))
                .containsExactly("Kharkiv", "Tehran", "Tehran Airport", "Washington");
        JsonNode tehran = all.path("bins").path(1);
        assertThat(tehran.path("lat").asDouble()).isCloseTo(35.70, within(1e-9));
        assertThat(tehran.path("lon").asDouble()).isCloseTo(51.40, within(1e-9));
        assertThat(tehran.path("material_conflict").asInt()).isEqualTo(1);
        assertThat(tehran.path("verbal_conflict").asInt()).isEqualTo(1);

        JsonNode pair = answer("/api/v1/places?a=USA&b=IRN", 200);
        assertThat(pair.path("matching").asInt()).isEqualTo(61);
        assertThat(pair.path("placed").asInt()).isEqualTo(4);
        assertThat(answer("/api/v1/places?a=irn", 200).path("matching").asInt()).isEqualTo(61);
        JsonNode fights = answer("/api/v1/places?a=USA&b=IRN&quad=4", 200);
        assertThat(fights.path("matching").asInt()).isEqualTo(1);
        assertThat(fights.path("placed").asInt()).isEqualTo(1);
        JsonNode root19 = answer("/api/v1/places?code=19", 200);
        assertThat(root19.path("matching").asInt()).isEqualTo(6);
        assertThat(root19.path("placed").asInt()).isEqualTo(5);
        assertThat(answer("/api/v1/places?from=2025-01-01", 200).path("placed").asInt())
                .isEqualTo(7);

        // To whole degrees Tehran's three are one bin: (35.69 + 35.71 + 35.69) / 3, (51.39 + 51.41 + 51.31) / 3.
        JsonNode coarse = answer("/api/v1/places?a=USA&b=IRN&from=2025-01-01&precision=0", 200);
        assertThat(coarse.path("bins").size()).isEqualTo(1);
        JsonNode bin = coarse.path("bins").path(0);
        assertThat(bin.path("events").asInt()).isEqualTo(3);
        assertThat(bin.path("place").asText()).isEqualTo("Tehran");
        assertThat(bin.path("places").asInt()).isEqualTo(2);
        assertThat(bin.path("lat").asDouble()).isCloseTo(35.6967, within(1e-9));
        assertThat(bin.path("lon").asDouble()).isCloseTo(51.37, within(1e-9));

        JsonNode one = answer("/api/v1/places?bins=1", 200);
        assertThat(one.path("bins").size()).isEqualTo(1);
        assertThat(one.path("bins_total").asInt()).isEqualTo(4);
        assertThat(one.path("placed").asInt()).isEqualTo(8);
    }

    @Test
    void boundsOnTheNewParametersAreClear400s() throws Exception {
        assertThat(message("/api/v1/network?top=0")).isEqualTo("top: 0 is not between 1 and 500");
        assertThat(message("/api/v1/network?top=501")).contains("top");
        assertThat(message("/api/v1/network?min_events=0")).contains("min_events");
        assertThat(message("/api/v1/network?min_events=many")).contains("min_events");
        assertThat(message("/api/v1/places?bins=0")).contains("bins");
        assertThat(message("/api/v1/places?bins=5001")).contains("bins");
        assertThat(message("/api/v1/places?precision=4")).contains("precision");
        assertThat(message("/api/v1/places?quad=5")).contains("quad");
        assertThat(message("/api/v1/places?code=19%27%20OR%201=1")).contains("code");
        assertThat(message("/api/v1/places?from=2025-02-01&to=2025-01-01")).contains("before");
    }

    private static String message(String path) throws Exception {
        return answer(path, 400).path("message").asText();
    }
}

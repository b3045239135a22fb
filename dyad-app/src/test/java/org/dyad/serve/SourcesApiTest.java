package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.serve.SyntheticStore.Actor;
import org.dyad.serve.SyntheticStore.Event;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/sources} and the timeline's {@code sources} parameter over a store of five
 * events of dyad's own and eight imported ones ({@link SourcesStore}), every number below worked out
 * by hand from them, month by month.
 */
class SourcesApiTest {
    @TempDir
    static Path dir;

    private static DyadServer server;
    private static int port;
    private static OpenApiChecker openApi;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = new DyadServer(
                EventStore.openReadOnly(SourcesStore.write(dir)),
                () -> {
                    throw new ApiError(503, "no NLP models in this test");
                },
                false,
                (p, a, s) -> "unused",
                new PrintWriter(new StringWriter(), true));
        port = server.start("127.0.0.1", 0);
        openApi = new OpenApiChecker(get("/openapi.json").body());
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

    /** A row as "label q1 q2 q3 q4 total mean", the mean to two decimals or "-". */
    private static List<String> rows(JsonNode rows) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : rows) {
            JsonNode mean = r.path("mean_goldstein");
            out.add(r.path("label").asText() + " " + r.path("verbal_coop").asInt() + " "
                    + r.path("material_coop").asInt() + " "
                    + r.path("verbal_conflict").asInt() + " "
                    + r.path("material_conflict").asInt() + " "
                    + r.path("total").asInt() + " "
                    + (mean.isNull() ? "-" : String.format(java.util.Locale.ROOT, "%.2f", mean.asDouble())));
        }
        return out;
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void listsDyadsOwnEventsAndEachImportedSourceWithItsCountAndDates() throws Exception {
        JsonNode sources = answer("/api/v1/sources", 200).path("sources");

        assertThat(sources).hasSize(3);
        assertThat(sources.path(0).toString())
                .isEqualTo("{\"name\":\"dyad\",\"imported\":false,\"events\":5,"
                        + "\"first_date\":\"2024-02-10\",\"last_date\":\"2024-03-20\"}");
        // gdelt: its two rows; icews: all six, the one without a quad class and the RUS-BLR one too.
        assertThat(sources.path(1).toString())
                .isEqualTo("{\"name\":\"gdelt\",\"imported\":true,\"events\":2,"
                        + "\"first_date\":\"2024-02-29\",\"last_date\":\"2024-04-02\"}");
        assertThat(sources.path(2).toString())
                .isEqualTo("{\"name\":\"icews\",\"imported\":true,\"events\":6,"
                        + "\"first_date\":\"2024-01-15\",\"last_date\":\"2024-03-15\"}");
    }

    @Test
    void withoutSourcesTheTimelineIsAsItWas() throws Exception {
        JsonNode t = answer("/api/v1/timeline?a=RUS&b=UKR&period=month", 200);

        assertThat(fields(t))
                .containsExactly(
                        "dyad",
                        "period",
                        "total",
                        "dyad_total",
                        "first_date",
                        "last_date",
                        "from",
                        "to",
                        "active",
                        "rows",
                        "shifts");
        // Feb: RUS->UKR -10 and UKR->RUS +3; Mar: RUS->UKR -10 and RUSMIL->UKR -4.
        assertThat(rows(t.path("rows"))).containsExactly("2024-02 1 0 0 1 2 -3.50", "2024-03 0 0 1 1 2 -7.00");
        assertThat(t.path("total").asInt()).isEqualTo(4);
    }

    @Test
    void eachSourceGetsItsRowsOverTheSamePeriodsAsDyadsOwn() throws Exception {
        JsonNode t = answer("/api/v1/timeline?a=RUS&b=UKR&period=month&sources=dyad,icews,gdelt", 200);

        // icews reaches back to January and gdelt on to April: every series runs January to April.
        assertThat(rows(t.path("rows")))
                .containsExactly(
                        "2024-01 0 0 0 0 0 -",
                        "2024-02 1 0 0 1 2 -3.50",
                        "2024-03 0 0 1 1 2 -7.00",
                        "2024-04 0 0 0 0 0 -");
        assertThat(t.path("total").asInt()).isEqualTo(4);
        JsonNode sources = t.path("sources");
        assertThat(sources).hasSize(2);
        JsonNode icews = sources.path(0);
        assertThat(icews.path("name").asText()).isEqualTo("icews");
        // Jan: -10; Mar: +3.4 (UKR->RUS), +7.0 (aid), -2.0 (a target known by its code only): 8.4 / 3.
        // Left out: the row without a quad class and the RUS-BLR one.
        assertThat(rows(icews.path("rows")))
                .containsExactly(
                        "2024-01 0 0 0 1 1 -10.00",
                        "2024-02 0 0 0 0 0 -",
                        "2024-03 1 1 1 0 3 2.80",
                        "2024-04 0 0 0 0 0 -");
        assertThat(icews.path("rows").path(2).path("mean_goldstein").asDouble()).isCloseTo(2.8, within(1e-9));
        assertThat(icews.path("total").asInt()).isEqualTo(4);
        assertThat(icews.path("dyad_total").asInt()).isEqualTo(4);
        JsonNode gdelt = sources.path(1);
        assertThat(gdelt.path("name").asText()).isEqualTo("gdelt");
        assertThat(rows(gdelt.path("rows")))
                .containsExactly(
                        "2024-01 0 0 0 0 0 -",
                        "2024-02 0 0 1 0 1 -4.00",
                        "2024-03 0 0 0 0 0 -",
                        "2024-04 0 0 0 1 1 -9.50");
        assertThat(texts(t.path("rows"), "end")).isEqualTo(texts(gdelt.path("rows"), "end"));
    }

    @Test
    void sourcesFollowTheRangeTheDirectionAndTheLevel() throws Exception {
        JsonNode spring = answer("/api/v1/timeline?a=RUS&b=UKR&period=month&sources=icews&from=2024-02-01", 200);
        assertThat(rows(spring.path("sources").path(0).path("rows")))
                .containsExactly("2024-02 0 0 0 0 0 -", "2024-03 1 1 1 0 3 2.80");
        assertThat(spring.path("sources").path(0).path("total").asInt()).isEqualTo(3);
        assertThat(spring.path("sources").path(0).path("dyad_total").asInt()).isEqualTo(4);

        // RUS to UKR only: icews's January attack, the aid and the one to a target known by code.
        JsonNode directed = answer("/api/v1/timeline?a=RUS&b=UKR&period=month&directed=true&sources=icews", 200);
        assertThat(rows(directed.path("sources").path(0).path("rows")))
                .containsExactly("2024-01 0 0 0 1 1 -10.00", "2024-02 0 0 0 0 0 -", "2024-03 0 1 1 0 2 2.50");
        assertThat(rows(directed.path("rows")))
                .containsExactly("2024-01 0 0 0 0 0 -", "2024-02 0 0 0 1 1 -10.00", "2024-03 0 0 1 1 2 -7.00");

        // By code, RUSMIL-UKR: dyad's own in March, gdelt's in April; icews has no RUSMIL.
        JsonNode army = answer("/api/v1/timeline?a=RUSMIL&b=UKR&level=code&period=month&sources=gdelt,icews", 200);
        assertThat(rows(army.path("rows"))).containsExactly("2024-03 0 0 1 0 1 -4.00", "2024-04 0 0 0 0 0 -");
        assertThat(rows(army.path("sources").path(0).path("rows")))
                .containsExactly("2024-03 0 0 0 0 0 -", "2024-04 0 0 0 1 1 -9.50");
        assertThat(army.path("sources").path(1).path("total").asInt()).isZero();
        assertThat(rows(army.path("sources").path(1).path("rows"))).hasSize(2);

        // Naming dyad alone adds no source and widens nothing.
        JsonNode own = answer("/api/v1/timeline?a=RUS&b=UKR&period=month&sources=dyad", 200);
        assertThat(own.path("sources")).isEmpty();
        assertThat(rows(own.path("rows"))).hasSize(2);
    }

    @Test
    void anUnknownSourceOrTooManyAreA400ThatSaysWhy() throws Exception {
        String unknown = answer("/api/v1/timeline?a=RUS&b=UKR&sources=dyad,acled", 400)
                .path("message")
                .asText();
        assertThat(unknown).isEqualTo("sources: no source 'acled' in this store (there is dyad, gdelt, icews)");
        String many = URLEncoder.encode("dyad,icews,gdelt,a,b,c", StandardCharsets.UTF_8);
        assertThat(answer("/api/v1/timeline?a=RUS&b=UKR&sources=" + many, 400)
                        .path("message")
                        .asText())
                .isEqualTo("sources: at most 5 sources at once, not 6");
        assertThat(answer("/api/v1/timeline?a=RUS&b=UKR&sources=,,", 400)
                        .path("message")
                        .asText())
                .startsWith("sources: name one or more sources");
        String evil = URLEncoder.encode("icews' OR '1'='1", StandardCharsets.UTF_8);
        assertThat(answer("/api/v1/timeline?a=RUS&b=UKR&sources=" + evil, 400)
                        .path("message")
                        .asText())
                .startsWith("sources: no source 'icews' OR '1'='1'");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    /** The store: dyad's own events and two imported sources, written by hand. */
    static final class SourcesStore {
        private static final Actor RUS = Actor.of("RUS", "Russia");
        private static final Actor RUSMIL = new Actor("RUSMIL", "RUS", "Russian army");
        private static final Actor UKR = Actor.of("UKR", "Ukraine");

        private SourcesStore() {}

        /**
         * dyad's own: RUS->UKR -10 (02-10), UKR->RUS +3 (02-20), RUS->UKR -10 (03-05),
         * RUSMIL->UKR -4 (03-20), USA->IRN -2 (03-01). icews: RUS->UKR -10 (01-15), UKR->RUS +3.4
         * (03-10), RUS->UKR aid +7.0 (03-11), RUS->UKR without a quad class (03-12), RUS->BLR +3.4
         * (03-12), RUS->a target with no country and code UKR -2.0 (03-15). gdelt: RUS->UKR -4
         * (02-29), RUSMIL->UKR -9.5 (04-02).
         */
        static Path write(Path dir) throws Exception {
            List<Event> own = new ArrayList<>();
            own.add(event(own, "2024-02-10", RUS, UKR, "190", 4, -10));
            own.add(event(own, "2024-02-20", UKR, RUS, "042", 1, 3));
            own.add(event(own, "2024-03-05", RUS, UKR, "190", 4, -10));
            own.add(event(own, "2024-03-20", RUSMIL, UKR, "111", 3, -4));
            own.add(event(own, "2024-03-01", Actor.of("USA", "United States"), Actor.of("IRN", "Iran"), "112", 3, -2));
            Path db = SyntheticStore.write(dir, "sources.duckdb", own);
            try (EventStore store = EventStore.open(db)) {
                ImportedRows icews = new ImportedRows("icews");
                icews.add("2024-01-15", "RUS", "RUS", "UKR", "UKR", 4, -10);
                icews.add("2024-03-10", "UKR", "UKR", "RUS", "RUS", 1, 3.4);
                icews.add("2024-03-11", "RUS", "RUS", "UKR", "UKR", 2, 7.0);
                icews.add("2024-03-12", "RUS", "RUS", "UKR", "UKR", 0, -5);
                icews.add("2024-03-12", "RUS", "RUS", "BLR", "BLR", 1, 3.4);
                icews.add("2024-03-15", "RUS", "RUS", "UKR", null, 3, -2.0);
                icews.writeTo(store);
                ImportedRows gdelt = new ImportedRows("gdelt");
                gdelt.add("2024-02-29", "RUS", "RUS", "UKR", "UKR", 3, -4);
                gdelt.add("2024-04-02", "RUSMIL", "RUS", "UKR", "UKR", 4, -9.5);
                gdelt.writeTo(store);
            }
            return db;
        }

        private static Event event(List<Event> so, String day, Actor s, Actor t, String cameo, int quad, double g) {
            return new Event(so.size(), LocalDate.parse(day), s, t, cameo, quad, g, "made up", null);
        }
    }
}

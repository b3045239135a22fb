package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.store.EventStore;
import org.dyad.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad import}, {@code timeline --source} and {@code compare --with} on a store holding six
 * events of dyad's own between Russia and Ukraine over three months (2, 1 and 3 a month) and an
 * ICEWS file with six more (1, 2 and 3), so that every number below can be worked out by hand.
 */
class SourcesCommandsTest {
    @TempDir
    Path dir;

    private static String event(String id, String day, String cameo, int quad, double goldstein) {
        return String.format(
                Locale.ROOT,
                "{\"schema\":\"dyad.event/1\",\"event_id\":\"%s\",\"article_id\":\"a\",\"source\":{\"code\":\"RUSMIL\","
                        + "\"country\":\"RUS\"},\"target\":{\"code\":\"UKR\",\"country\":\"UKR\"},\"cameo\":\"%s\","
                        + "\"cameo_root\":\"%s\",\"quad_class\":%d,\"goldstein\":%.1f,\"when\":{\"start\":\"%s\","
                        + "\"end\":\"%s\"}}",
                id,
                cameo,
                cameo.substring(0, 2),
                quad,
                goldstein,
                day,
                day);
    }

    private Path store() throws Exception {
        Path db = dir.resolve("s.duckdb");
        List<String> events = List.of(
                event("e1", "2024-01-10", "190", 4, -10),
                event("e2", "2024-01-20", "190", 4, -10),
                event("e3", "2024-02-15", "042", 1, 3),
                event("e4", "2024-03-05", "190", 4, -10),
                event("e5", "2024-03-06", "190", 4, -10),
                event("e6", "2024-03-07", "190", 4, -10));
        Article article = new Article(
                "a",
                "text",
                Optional.of(LocalDate.of(2024, 3, 31)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "test");
        try (EventStore store = EventStore.open(db)) {
            store.write(List.of(new StoredArticle("k-a", article, events, Optional.empty(), "")), List.of());
        }
        return db;
    }

    private Path icews() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
                + "Intensity\tTarget Name\tTarget Sectors\tTarget Country");
        String[][] rows = {
            {"1", "2024-01-11", "190", "-10.0"},
            {"2", "2024-02-02", "042", "1.9"},
            {"3", "2024-02-03", "042", "1.9"},
            {"4", "2024-03-01", "190", "-10.0"},
            {"5", "2024-03-02", "190", "-10.0"},
            {"6", "2024-03-03", "190", "-10.0"}
        };
        for (String[] r : rows) {
            lines.add(r[0] + "\t" + r[1] + "\tMilitary (Russia)\tMilitary\tRussian Federation\t-\t" + r[2] + "\t" + r[3]
                    + "\tUkraine\tGovernment\tUkraine");
        }
        Path file = dir.resolve("events.2024.tab");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private Path imported() throws Exception {
        Path db = store();
        CliRun run = CliRun.of("import", "--format", "icews", "--db", db.toString(), icews().toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("1 file, 6 rows read, 6 imported, 0 already stored, 0 skipped (source icews");
        return db;
    }

    @Test
    void timelineSetsTheSourcesSideBySideAndTheDefaultIsUnchanged() throws Exception {
        Path db = imported();
        CliRun both = CliRun.of(
                "timeline",
                "rus",
                "ukr",
                "--db",
                db.toString(),
                "--period",
                "month",
                "--format",
                "csv",
                "--source",
                "dyad,icews");
        assertThat(both.exitCode()).as(both.toString()).isZero();
        assertThat(both.outLines())
                .containsExactly(
                        "source,period,start,q1,q2,q3,q4,total,mean_goldstein",
                        "dyad,2024-01,2024-01-01,0,0,0,2,2,-10.00",
                        "dyad,2024-02,2024-02-01,1,0,0,0,1,3.00",
                        "dyad,2024-03,2024-03-01,0,0,0,3,3,-10.00",
                        "icews,2024-01,2024-01-01,0,0,0,1,1,-10.00",
                        "icews,2024-02,2024-02-01,2,0,0,0,2,1.90",
                        "icews,2024-03,2024-03-01,0,0,0,3,3,-10.00");
        CliRun alone =
                CliRun.of("timeline", "rus", "ukr", "--db", db.toString(), "--period", "month", "--format", "csv");
        assertThat(alone.outLines().get(0)).isEqualTo("period,start,q1,q2,q3,q4,total,mean_goldstein");
        assertThat(alone.outLines()).hasSize(4);
        Path svg = dir.resolve("c.svg");
        CliRun table = CliRun.of(
                "timeline",
                "rus",
                "ukr",
                "--db",
                db.toString(),
                "--period",
                "month",
                "--format",
                "table",
                "--source",
                "icews,dyad",
                "--plot",
                svg.toString());
        assertThat(table.out())
                .startsWith("source icews\nRUS-UKR by month: 6 events\n")
                .contains("\nsource dyad\n");
        assertThat(Files.readString(svg))
                .contains("<polyline")
                .contains(">icews</text>")
                .contains(">dyad</text>");
    }

    @Test
    void compareCorrelatesTheMonthlySeriesAndRanksDisagreements() throws Exception {
        Path db = imported();
        CliRun run = CliRun.of("compare", "--with", "icews", "--db", db.toString(), "--format", "jsonl");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.outLines()) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).hasSize(1 + 3);
        JsonNode dyad = lines.get(0);
        assertThat(dyad.get("kind").asText()).isEqualTo("dyad");
        assertThat(dyad.get("dyad").asText()).isEqualTo("RUS-UKR");
        assertThat(dyad.get("periods").asInt()).isEqualTo(3);
        // q1: 0,1,0 against 0,2,0.
        assertThat(dyad.get("r_q1").asDouble()).isEqualTo(1.0);
        assertThat(dyad.get("r_q2").isNull()).isTrue();
        assertThat(dyad.get("r_q3").isNull()).isTrue();
        // q4: 2,0,3 against 1,0,3: (13/3) / (14/3) = 0.929.
        assertThat(dyad.get("r_q4").asDouble()).isEqualTo(0.929);
        // total: 2,1,3 against 1,2,3: deviations 0,-1,1 and -1,0,1, r = 1/2.
        assertThat(dyad.get("r_total").asDouble()).isEqualTo(0.5);
        assertThat(dyad.get("r_mean_goldstein").asDouble()).isEqualTo(1.0);
        // Six events each: January 2/6 against 1/6, February 1/6 against 2/6, March level.
        assertThat(lines.get(1).get("kind").asText()).isEqualTo("disagreement");
        assertThat(lines.get(1).get("period").asText()).isEqualTo("2024-01");
        assertThat(lines.get(1).get("difference").asDouble()).isEqualTo(0.1667);
        assertThat(lines.get(2).get("period").asText()).isEqualTo("2024-02");
        assertThat(lines.get(3).get("difference").asDouble()).isEqualTo(0.0);

        CliRun table = CliRun.of("compare", "--with", "icews", "--db", db.toString(), "--format", "table");
        assertThat(table.out()).contains("dyad vs icews by month: 1 dyads").doesNotContain("NaN");
        assertThat(table.outLines().stream()
                        .filter(l -> l.contains("RUS-UKR"))
                        .findFirst()
                        .orElseThrow())
                .contains(" - ");
    }

    @Test
    void anUnknownSourceOrFormatIsAUsageError() throws Exception {
        Path db = imported();
        CliRun run = CliRun.of("compare", "--with", "gdelt", "--db", db.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no source 'gdelt'").contains("there is dyad, icews");
        CliRun format = CliRun.of("import", "--format", "acled", "--db", db.toString(), "x");
        assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun reserved = CliRun.of("import", "--format", "icews", "--source", "dyad", "--db", db.toString(), "x");
        assertThat(reserved.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void importingNothingUsableExitsWithThree() throws Exception {
        Path db = store();
        CliRun run = CliRun.of(
                "import",
                "--format",
                "gdelt",
                "--db",
                db.toString(),
                dir.resolve("none.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).contains("none.csv: no such file").contains("0 files, 0 rows read");
    }
}

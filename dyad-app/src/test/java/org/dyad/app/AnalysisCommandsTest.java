package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands on a small synthetic event file, whose timeline, network, balance and
 * shift are known by construction: Israel and Russia cooperate, both fight Iran, and Russia and
 * Iran cooperate for ten weeks and then fight for ten.
 */
class AnalysisCommandsTest {
    @TempDir
    Path dir;

    private static String event(
            String id, LocalDate day, String source, String sourceCountry, String target, int quad, double goldstein) {
        return String.format(
                Locale.ROOT,
                "{\"schema\":\"dyad.event/1\",\"event_id\":\"%s\",\"source\":{\"code\":\"%s\","
                        + "\"country\":%s},\"target\":{\"code\":\"%s\",\"country\":\"%s\"},\"quad_class\":%d,\"goldstein\":%.1f,"
                        + "\"cameo_root\":\"%s\",\"when\":{\"start\":\"%s\",\"end\":\"%s\"}}",
                id,
                source,
                sourceCountry == null ? "null" : "\"" + sourceCountry + "\"",
                target,
                target.substring(0, 3),
                quad,
                goldstein,
                quad <= 2 ? "05" : "19",
                day,
                day);
    }

    private Path events() throws IOException {
        List<String> lines = new ArrayList<>();
        LocalDate monday = LocalDate.of(2019, 1, 7);
        for (int week = 0; week < 20; week++) {
            LocalDate day = monday.plusWeeks(week);
            boolean friends = week < 10;
            // Russia's army against Iran: counted as RUS by country.
            lines.add(event("ri" + week, day, "RUSMIL", "RUS", "IRN", friends ? 2 : 4, friends ? 3.0 : -5.0));
            lines.add(event("ir" + week, day.plusDays(1), "ISR", "ISR", "RUS", 1, 4.0));
            lines.add(event("ii" + week, day.plusDays(2), "ISR", "ISR", "IRN", 4, -10.0));
        }
        lines.add("{not json");
        lines.add(event("unknown", monday, "---", null, "IRN", 4, -10.0));
        Path file = dir.resolve("events.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void timelineCountsEachWeekByQuadClass() throws IOException {
        Path svg = dir.resolve("chart.svg");
        CliRun run = CliRun.of(
                "timeline", "rus", "irn", "--events", events().toString(), "--format", "csv", "--plot", svg.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(21); // a header and twenty weeks
        assertThat(run.outLines().get(1)).isEqualTo("2019-W02,2019-01-07,0,1,0,0,1,3.00");
        assertThat(run.outLines().get(20)).isEqualTo("2019-W21,2019-05-20,0,0,0,1,1,-5.00");
        assertThat(run.err()).contains("events.jsonl:" + 61).contains("chart written");
        assertThat(Files.readString(svg)).startsWith("<").contains("</svg>");
    }

    @Test
    void networkHasTheThreeSignedEdgesAndNoUnknownActor() throws IOException {
        CliRun run = CliRun.of("network", "--events", events().toString(), "--format", "gexf");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("<gexf")
                .contains("\"ISR\"")
                .contains("\"RUS\"")
                .contains("\"IRN\"")
                .doesNotContain("\"---\"");
        assertThat(run.out().split("<edge ", -1)).hasSize(4);
    }

    @Test
    void balanceFindsTheEnemyOfMyEnemy() throws IOException {
        // Over the last ten weeks: ISR+RUS, RUS-IRN, ISR-IRN is balanced.
        CliRun run = CliRun.of("balance", "--events", events().toString(), "--from", "2019-03-18");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).contains("triads: 1, balanced: 1");
        // Over the first ten weeks Russia and Iran are friends while Israel fights Iran: unbalanced.
        CliRun early = CliRun.of("balance", "--events", events().toString(), "--to", "2019-03-10");
        assertThat(early.outLines()).contains("triads: 1, balanced: 0").anyMatch(l -> l.contains("IRN+RUS"));
    }

    @Test
    void aNegativeTopIsAUsageErrorNotAStackTrace() throws IOException {
        CliRun run = CliRun.of("balance", "--events", events().toString(), "--top", "-1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--top must be 0 or more, not -1").doesNotContain("Exception", "\tat ");
    }

    @Test
    void shiftsFindTheTurnOfRussiaAndIran() throws IOException {
        CliRun run = CliRun.of("shifts", "--events", events().toString(), "--dyad", "RUS", "IRN");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        // Ten weeks of one cooperative event, then ten of one attack: the tone and both rates turn in the same week.
        List<String> shifts =
                run.outLines().stream().filter(line -> !line.startsWith(" ")).toList();
        assertThat(shifts)
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).startsWith("IRN-RUS: ").contains("around 2019-03-18"));
        assertThat(shifts.get(0)).contains("from mean +3.00 to mean -5.00");
        assertThat(shifts.get(1)).contains("material conflict from 0.00 to 1.00 events a week");
        assertThat(shifts.get(2)).contains("cooperation from 1.00 to 0.00 events a week");
        // Under each shift its evidence (ids, from an events file): the first attacks, the last cooperation.
        int conflict = run.outLines().indexOf(shifts.get(1));
        assertThat(run.outLines().subList(conflict + 1, conflict + 6))
                .containsExactly("    ri10", "    ri11", "    ri12", "    ri13", "    ri14");
    }

    @Test
    void eventsThatDidNotTakePlaceCountOnlyWhenAskedFor() throws IOException {
        LocalDate day = LocalDate.of(2019, 1, 7);
        String attack = event("a", day, "RUSMIL", "RUS", "UKR", 4, -10.0);
        Path file = Files.write(
                dir.resolve("statuses.jsonl"),
                List.of(
                        attack,
                        attack.replace("\"event_id\":\"a\"", "\"event_id\":\"b\",\"status\":\"hypothetical\""),
                        attack.replace(
                                "\"event_id\":\"a\"", "\"event_id\":\"c\",\"status\":\"reported\",\"negated\":true"),
                        attack.replace("\"event_id\":\"a\"", "\"event_id\":\"d\",\"status\":\"reported\"")),
                StandardCharsets.UTF_8);
        CliRun taken = CliRun.of("timeline", "RUS", "UKR", "--events", file.toString(), "--format", "csv");
        CliRun all =
                CliRun.of("timeline", "RUS", "UKR", "--events", file.toString(), "--format", "csv", "--all-statuses");
        // The attack stated and the one reported count; "if ... attacks" and a denied attack only with --all-statuses.
        assertThat(taken.outLines()).contains("2019-W02,2019-01-07,0,0,0,2,2,-10.00");
        assertThat(all.outLines()).contains("2019-W02,2019-01-07,0,0,0,4,4,-10.00");
    }

    @Test
    void aMissingEventFileIsOneLine() {
        CliRun run = CliRun.of(
                "timeline", "RUS", "IRN", "--events", dir.resolve("nope.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("no such file");
    }
}

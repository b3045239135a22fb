package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.dedup.ArticleKey;
import org.dyad.dedup.MinHash;
import org.dyad.model.Article;
import org.dyad.store.EventStore;
import org.dyad.store.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad export --format panel} on a store of hand-made events: the United States'
 * government and army toward Russia's, Germany toward Serbia, the UN (no country) toward
 * Syria, one event without a target and one without any date.
 */
class ExportPanelCommandTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fill() throws Exception {
        db = dir.resolve("store.duckdb");
        List<String> dated = List.of(
                event("e1", "USAGOV", "USA", "RUSGOV", "RUS", "042", 1, 1.9, "2024-01-02"),
                event("e2", "USAMIL", "USA", "RUSMIL", "RUS", "190", 4, -10.0, "2024-01-10"),
                event("e3", "USAGOV", "USA", "RUSGOV", "RUS", "112", 3, -2.0, "2024-03-04"),
                event("e4", "DEUGOV", "DEU", "SRBGOV", "SRB", "057", 2, 8.0, "2024-01-16"),
                event("e5", "IGOUNO", null, "SYRGOV", "SYR", "043", 1, 2.8, "2024-01-04"),
                event("e6", "USAGOV", "USA", null, null, "010", 1, 0.0, "2024-01-03"));
        try (EventStore store = EventStore.open(db)) {
            store.write(
                    List.of(
                            stored("a1", Optional.of(LocalDate.of(2024, 1, 3)), dated),
                            stored(
                                    "a2",
                                    Optional.empty(),
                                    List.of(event("e7", "RUSGOV", "RUS", "USAGOV", "USA", "111", 3, -2.0, null)))),
                    List.of());
        }
    }

    @Test
    void monthlyCountryPanelInCsvWithTheSummaryLine() throws Exception {
        Path csv = dir.resolve("panel.csv");
        CliRun run = CliRun.of(
                "export",
                "--db",
                db.toString(),
                "--format",
                "panel",
                "--period",
                "month",
                "--by",
                "country",
                csv.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        // e6 has no target, e7 no date, e5's UN no country; e1, e2, e3, e4 make 4 rows of 2 dyads.
        assertThat(run.err())
                .isEqualTo("dyad: exported a panel of 3 dyad-month(s) of 2 dyad(s) from 4 event(s) to " + csv
                        + "; left out 1 without a source and a target actor, 1 without a date, 1 with a side of no "
                        + "country\n");
        List<String> rows = read(
                "SELECT source, target, period, period_start, source_cown, target_gwn, total, q1, q4, root04, root19,"
                        + " goldstein_sum, mean_goldstein FROM read_csv('" + csv + "')");
        assertThat(rows)
                .containsExactly(
                        "DEU|SRB|2024-01|2024-01-01|255|340|1|0|0|0|0|8.0|8.0",
                        // e1 + e2: 1.9 - 10.0 = -8.1, mean -4.05
                        "USA|RUS|2024-01|2024-01-01|2|365|2|1|1|1|1|-8.1|-4.05",
                        "USA|RUS|2024-03|2024-03-01|2|365|1|0|0|0|0|-2.0|-2.0");
    }

    @Test
    void balancedWeeklyPanelOfCodesInParquetByTheFilesExtension() throws Exception {
        Path parquet = dir.resolve("panel.parquet");
        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "panel", "--balanced", parquet.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        // Weeks W01 (1 Jan) to W10 (4 Mar): 10 weeks for each of the 4 dyads by code.
        assertThat(run.err()).startsWith("dyad: exported a panel of 40 dyad-week(s) of 4 dyad(s) from 5 event(s)");
        assertThat(run.err()).doesNotContain("no country");
        List<String> rows = read(
                "SELECT period, total, goldstein_sum, mean_goldstein, source_iso3, target_iso3" + " FROM read_parquet('"
                        + parquet + "') WHERE source = 'IGOUNO' AND period IN ('2024-W01', '2024-W02')");
        assertThat(rows).containsExactly("2024-W01|1|2.8|2.8|null|SYR", "2024-W02|0|0.0|null|null|SYR");
    }

    @Test
    void theFileFormatOptionWinsOverTheName() throws Exception {
        Path out = dir.resolve("panel.data");
        CliRun run = CliRun.of(
                "export", "--db", db.toString(), "--format", "panel", "--panel-file-format", "parquet", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(read("SELECT count(*) FROM read_parquet('" + out + "')"))
                .containsExactly("5"); // USAGOV->RUSGOV in W01 and W10, and one week each for the others
    }

    @Test
    void aNameOfNeitherFormatOrPanelOptionsWithAnotherFormatAreUsageErrors() {
        CliRun unknown = CliRun.of(
                "export",
                "--db",
                db.toString(),
                "--format",
                "panel",
                dir.resolve("p.txt").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).startsWith("dyad: ").contains("p.txt").contains("--panel-file-format");
        assertThat(Files.exists(dir.resolve("p.txt"))).isFalse();
        CliRun misplaced = CliRun.of(
                "export",
                "--db",
                db.toString(),
                "--format",
                "csv",
                "--period",
                "month",
                dir.resolve("e.csv").toString());
        assertThat(misplaced.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(misplaced.err()).contains("--format panel");
        CliRun day = CliRun.of(
                "export",
                "--db",
                db.toString(),
                "--format",
                "panel",
                "--period",
                "fortnight",
                dir.resolve("p.csv").toString());
        assertThat(day.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theOtherFormatsStayAsTheyWere() {
        Path csv = dir.resolve("events.csv");
        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "csv", csv.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo("dyad: exported 7 event(s) to " + csv + "\n");
    }

    /** The rows of {@code sql}, run by DuckDB on the exported file, each as its values joined by '|'. */
    private static List<String> read(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    private static StoredArticle stored(String id, Optional<LocalDate> published, List<String> events) {
        Article article = new Article(
                id,
                "Text of " + id + ".",
                published,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("en"),
                "test:" + id);
        return new StoredArticle(
                ArticleKey.of(article),
                article,
                events,
                Optional.empty(),
                MinHash.encode(MinHash.signature(article.text())));
    }

    private static String event(
            String id,
            String source,
            String sourceCountry,
            String target,
            String targetCountry,
            String cameo,
            int quad,
            double goldstein,
            String whenStart) {
        String when = whenStart == null ? "null" : "\"" + whenStart + "\"";
        String targetJson = target == null ? "null" : actor(target, targetCountry);
        return String.format(
                Locale.ROOT,
                "{\"schema\":\"dyad.event/1\",\"event_id\":\"%s\",\"article_id\":\"a\",\"source\":%s,\"target\":%s,"
                        + "\"cameo\":\"%s\",\"cameo_root\":\"%s\",\"quad_class\":%d,\"goldstein\":%.1f,"
                        + "\"when\":{\"start\":%s,\"end\":%s}}",
                id,
                actor(source, sourceCountry),
                targetJson,
                cameo,
                cameo.substring(0, 2),
                quad,
                goldstein,
                when,
                when);
    }

    private static String actor(String code, String country) {
        return "{\"code\":\"" + code + "\",\"country\":" + (country == null ? "null" : "\"" + country + "\"") + "}";
    }
}

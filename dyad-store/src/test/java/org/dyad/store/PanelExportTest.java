package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.analysis.Period;
import org.dyad.dedup.ArticleKey;
import org.dyad.dedup.MinHash;
import org.dyad.model.Article;
import org.dyad.store.PanelSpec.FileFormat;
import org.dyad.store.PanelSpec.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dyad-period panel of a store of thirteen hand-made events, read back with DuckDB and
 * checked against counts, sums and means worked out by hand (the comments show the sums).
 * January 2024 begins on a Monday: 2024-W01 is 1-7 January, W02 8-14, W03 15-21, W07 12-18 February.
 */
class PanelExportTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fill() throws Exception {
        db = dir.resolve("panel.duckdb");
        Article dated = article("a1", Optional.of(LocalDate.of(2024, 1, 3)));
        Article saturday = article("a2", Optional.of(LocalDate.of(2024, 1, 20)));
        Article undated = article("a3", Optional.empty());
        try (EventStore store = EventStore.open(db)) {
            store.write(
                    List.of(
                            stored(
                                    dated,
                                    List.of(
                                            event("e1", "USAGOV", "USA", "RUSGOV", "RUS", "042", 1.9, "2024-01-02"),
                                            event("e2", "USAGOV", "USA", "RUSGOV", "RUS", "036", 4.0, "2024-01-05"),
                                            event("e3", "USAGOV", "USA", "RUSGOV", "RUS", "112", -2.0, "2024-01-09"),
                                            event("e4", "USAMIL", "USA", "RUSGOV", "RUS", "190", -10.0, "2024-02-14"),
                                            event("e6", "DEUGOV", "DEU", "SRBGOV", "SRB", "172", -5.0, "2024-01-16"),
                                            event("e7", "IGOUNO", null, "SYRGOV", "SYR", "043", 2.8, "2024-01-04"),
                                            event("e8", "USAGOV", "USA", null, null, "010", 0.0, "2024-01-03"),
                                            event("e10", "---", null, "USAGOV", "USA", "020", 3.0, "2024-01-03"),
                                            event("e11", "USAMIL", "USA", "RUSMIL", "RUS", "183", -9.0, "2024-01-03"),
                                            event("e12", "RUSGOV", "RUS", "USAGOV", "USA", "111", -2.0, "2024-01-08"))),
                            // No event date: e5 is dated by its article, Saturday 2024-01-20 (W03).
                            stored(saturday, List.of(event("e5", "DEUGOV", "DEU", "SRBGOV", "SRB", "057", 8.0, null))),
                            // Neither an event date nor an article date: e9 cannot be placed.
                            stored(undated, List.of(event("e9", "RUSGOV", "RUS", "USAGOV", "USA", "111", -2.0, null)))),
                    List.of());
        }
    }

    @Test
    void weeklyPanelOfActorCodes() throws Exception {
        Path csv = dir.resolve("weekly.csv");
        PanelSummary summary = export(new PanelSpec(Period.WEEK, Unit.CODE, false, FileFormat.CSV), csv);
        // e8 has no target and e10 an unknown source; e9 no date; the nine others are counted.
        assertThat(summary).isEqualTo(new PanelSummary(7, 6, 9, 2, 1, 0));
        Map<String, Map<String, Object>> rows = readBack("read_csv('" + csv + "')");
        assertThat(rows.keySet())
                .containsExactly(
                        "DEUGOV>SRBGOV@2024-W03",
                        "IGOUNO>SYRGOV@2024-W01",
                        "RUSGOV>USAGOV@2024-W02",
                        "USAGOV>RUSGOV@2024-W01",
                        "USAGOV>RUSGOV@2024-W02",
                        "USAMIL>RUSGOV@2024-W07",
                        "USAMIL>RUSMIL@2024-W01");

        Map<String, Object> talks = rows.get("USAGOV>RUSGOV@2024-W01"); // e1 + e2
        assertThat(talks.get("period_start")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertCounts(talks, 2, 2, 0, 0, 0);
        assertRoots(talks, Map.of("root03", 1, "root04", 1));
        assertThat(number(talks, "goldstein_sum").doubleValue()).isCloseTo(5.9, within(1e-9)); // 1.9 + 4.0
        assertThat(number(talks, "mean_goldstein").doubleValue()).isCloseTo(2.95, within(1e-9));
        assertCodes(talks, "source", "USA", 2, 2);
        assertCodes(talks, "target", "RUS", 365, 365);

        // Germany (COW 255, GW 260) and Serbia (COW 345, GW 340) are coded differently by the two lists.
        Map<String, Object> balkans = rows.get("DEUGOV>SRBGOV@2024-W03"); // e5 (by its article) + e6
        assertThat(balkans.get("period_start")).isEqualTo(LocalDate.of(2024, 1, 15));
        assertCounts(balkans, 2, 0, 1, 0, 1);
        assertRoots(balkans, Map.of("root05", 1, "root17", 1));
        assertThat(number(balkans, "goldstein_sum").doubleValue()).isCloseTo(3.0, within(1e-9)); // 8.0 - 5.0
        assertThat(number(balkans, "mean_goldstein").doubleValue()).isCloseTo(1.5, within(1e-9));
        assertCodes(balkans, "source", "DEU", 255, 260);
        assertCodes(balkans, "target", "SRB", 345, 340);

        // An IGO has no country: its side's codes stay empty, the other side's are filled.
        Map<String, Object> un = rows.get("IGOUNO>SYRGOV@2024-W01");
        assertThat(un.get("source_iso3")).isNull();
        assertThat(un.get("source_cown")).isNull();
        assertThat(un.get("source_gwn")).isNull();
        assertCodes(un, "target", "SYR", 652, 652);

        // Directed: Russia's accusation of the United States is its own row.
        assertCounts(rows.get("RUSGOV>USAGOV@2024-W02"), 1, 0, 0, 1, 0);
        assertCounts(rows.get("USAMIL>RUSMIL@2024-W01"), 1, 0, 0, 0, 1);
        assertRoots(rows.get("USAMIL>RUSMIL@2024-W01"), Map.of("root18", 1));
    }

    @Test
    void monthlyPanelOfCountriesInParquet() throws Exception {
        Path parquet = dir.resolve("monthly.parquet");
        PanelSummary summary = export(new PanelSpec(Period.MONTH, Unit.COUNTRY, false, FileFormat.PARQUET), parquet);
        // As by code, and e7 (the UN has no country) is left out too.
        assertThat(summary).isEqualTo(new PanelSummary(4, 3, 8, 2, 1, 1));
        Map<String, Map<String, Object>> rows = readBack("read_parquet('" + parquet + "')");
        assertThat(rows.keySet())
                .containsExactly("DEU>SRB@2024-01", "RUS>USA@2024-01", "USA>RUS@2024-01", "USA>RUS@2024-02");
        Map<String, Object> january = rows.get("USA>RUS@2024-01"); // e1, e2, e3 and e11 (USAMIL->RUSMIL)
        assertThat(january.get("period_start")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertCounts(january, 4, 2, 0, 1, 1);
        assertRoots(january, Map.of("root03", 1, "root04", 1, "root11", 1, "root18", 1));
        assertThat(number(january, "goldstein_sum").doubleValue())
                .isCloseTo(-5.1, within(1e-9)); // 1.9 + 4.0 - 2.0 - 9.0
        assertThat(number(january, "mean_goldstein").doubleValue()).isCloseTo(-1.275, within(1e-9));
        assertCodes(january, "source", "USA", 2, 2);
        Map<String, Object> february = rows.get("USA>RUS@2024-02"); // e4
        assertThat(february.get("period_start")).isEqualTo(LocalDate.of(2024, 2, 1));
        assertCounts(february, 1, 0, 0, 0, 1);
        assertThat(number(february, "mean_goldstein").doubleValue()).isCloseTo(-10.0, within(1e-9));
        assertCodes(rows.get("DEU>SRB@2024-01"), "target", "SRB", 345, 340);
    }

    @Test
    void aBalancedPanelGivesEveryDyadEveryPeriodWithZeros() throws Exception {
        Path csv = dir.resolve("balanced.csv");
        PanelSummary summary = export(new PanelSpec(Period.MONTH, Unit.COUNTRY, true, FileFormat.CSV), csv);
        assertThat(summary.rows()).isEqualTo(6); // 3 dyads x (January, February)
        Map<String, Map<String, Object>> rows = readBack("read_csv('" + csv + "')");
        assertThat(rows.keySet())
                .containsExactly(
                        "DEU>SRB@2024-01",
                        "DEU>SRB@2024-02",
                        "RUS>USA@2024-01",
                        "RUS>USA@2024-02",
                        "USA>RUS@2024-01",
                        "USA>RUS@2024-02");
        Map<String, Object> quiet = rows.get("DEU>SRB@2024-02");
        assertThat(quiet.get("period_start")).isEqualTo(LocalDate.of(2024, 2, 1));
        assertCounts(quiet, 0, 0, 0, 0, 0);
        assertRoots(quiet, Map.of());
        assertThat(number(quiet, "goldstein_sum").doubleValue()).isZero();
        assertThat(quiet.get("mean_goldstein")).isNull();
        assertCodes(quiet, "source", "DEU", 255, 260);
        assertCodes(quiet, "target", "SRB", 345, 340);
        assertCounts(rows.get("DEU>SRB@2024-01"), 2, 0, 1, 0, 1);
    }

    @Test
    void aBalancedWeeklyPanelSpansThePanelsFirstToLastWeek() throws Exception {
        Path csv = dir.resolve("balanced-weeks.csv");
        PanelSummary summary = export(new PanelSpec(Period.WEEK, Unit.CODE, true, FileFormat.CSV), csv);
        assertThat(summary.rows()).isEqualTo(42); // 6 dyads x the 7 weeks W01..W07
        Map<String, Map<String, Object>> rows = readBack("read_csv('" + csv + "')");
        assertThat(rows.values().stream()
                        .mapToLong(r -> number(r, "total").longValue())
                        .sum())
                .isEqualTo(9);
        Map<String, Object> gap = rows.get("USAGOV>RUSGOV@2024-W03");
        assertThat(gap.get("period_start")).isEqualTo(LocalDate.of(2024, 1, 15));
        assertCounts(gap, 0, 0, 0, 0, 0);
        assertThat(gap.get("mean_goldstein")).isNull();
        assertThat(rows).containsKey("IGOUNO>SYRGOV@2024-W07");
        assertCounts(rows.get("USAGOV>RUSGOV@2024-W02"), 1, 0, 0, 1, 0);
    }

    @Test
    void weekLabelsAreIsoWeeksAsTheTimelinesWriteThem() throws Exception {
        Path other = dir.resolve("weeks.duckdb");
        List<String> days = List.of("2020-12-31", "2021-01-03", "2021-01-04", "2024-12-30");
        List<String> events = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            events.add(event("w" + i, "FRAGOV", "FRA", "DEUGOV", "DEU", "042", 1.9, days.get(i)));
        }
        try (EventStore store = EventStore.open(other)) {
            store.write(List.of(stored(article("w", Optional.empty()), events)), List.of());
        }
        Path csv = dir.resolve("weeks.csv");
        try (EventStore store = EventStore.openReadOnly(other)) {
            new StoreQueries(store).panel(new PanelSpec(Period.WEEK, Unit.CODE, false, FileFormat.CSV), csv);
        }
        Map<String, Map<String, Object>> rows = readBack("read_csv('" + csv + "')");
        // ISO weeks by week-based year: 31 Dec 2020 and 3 Jan 2021 are 2020-W53, 30 Dec 2024 is 2025-W01.
        assertThat(rows.keySet())
                .containsExactly("FRAGOV>DEUGOV@2020-W53", "FRAGOV>DEUGOV@2021-W01", "FRAGOV>DEUGOV@2025-W01");
        assertCounts(rows.get("FRAGOV>DEUGOV@2020-W53"), 2, 2, 0, 0, 0);
        for (Map<String, Object> row : rows.values()) {
            LocalDate start = (LocalDate) row.get("period_start");
            assertThat(row.get("period")).isEqualTo(Period.WEEK.label(start));
        }
    }

    @Test
    void anEmptyStoreGivesAPanelOfNoRows() throws Exception {
        Path empty = dir.resolve("empty.duckdb");
        EventStore.open(empty).close();
        Path csv = dir.resolve("empty.csv");
        try (EventStore store = EventStore.openReadOnly(empty)) {
            PanelSummary summary =
                    new StoreQueries(store).panel(new PanelSpec(Period.MONTH, Unit.CODE, true, FileFormat.CSV), csv);
            assertThat(summary).isEqualTo(new PanelSummary(0, 0, 0, 0, 0, 0));
        }
        assertThat(java.nio.file.Files.readAllLines(csv).get(0)).startsWith("source,target,period,period_start,");
    }

    private PanelSummary export(PanelSpec spec, Path file) throws Exception {
        try (EventStore store = EventStore.openReadOnly(db)) {
            return new StoreQueries(store).panel(spec, file);
        }
    }

    /** The rows of a panel file, read by DuckDB itself, by "source>target@period", in file order. */
    private static Map<String, Map<String, Object>> readBack(String from) throws Exception {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + from)) {
            ResultSetMetaData meta = rs.getMetaData();
            assertThat(meta.getColumnCount()).isEqualTo(4 + 6 + 5 + 20 + 2);
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.put(meta.getColumnLabel(i), v instanceof java.sql.Date d ? d.toLocalDate() : v);
                }
                if (row.get("period_start") instanceof java.time.LocalDateTime t) {
                    row.put("period_start", t.toLocalDate());
                }
                rows.put(row.get("source") + ">" + row.get("target") + "@" + row.get("period"), row);
            }
        }
        return rows;
    }

    private static void assertCounts(Map<String, Object> row, int total, int q1, int q2, int q3, int q4) {
        assertThat(List.of(
                        number(row, "total").intValue(),
                        number(row, "q1").intValue(),
                        number(row, "q2").intValue(),
                        number(row, "q3").intValue(),
                        number(row, "q4").intValue()))
                .containsExactly(total, q1, q2, q3, q4);
    }

    /** Every root column: {@code nonZero}'s counts, zero for the others. */
    private static void assertRoots(Map<String, Object> row, Map<String, Integer> nonZero) {
        for (int r = 1; r <= 20; r++) {
            String column = String.format("root%02d", r);
            assertThat(number(row, column).intValue()).as(column).isEqualTo(nonZero.getOrDefault(column, 0));
        }
    }

    private static void assertCodes(Map<String, Object> row, String side, String iso3, int cown, int gwn) {
        assertThat(row.get(side + "_iso3")).isEqualTo(iso3);
        assertThat(number(row, side + "_cown").intValue()).isEqualTo(cown);
        assertThat(number(row, side + "_gwn").intValue()).isEqualTo(gwn);
    }

    private static Number number(Map<String, Object> row, String column) {
        assertThat(row).containsKey(column);
        return (Number) row.get(column);
    }

    private static Article article(String id, Optional<LocalDate> published) {
        return new Article(
                id,
                "Text of article " + id + ".",
                published,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("en"),
                "test:" + id);
    }

    private static StoredArticle stored(Article article, List<String> events) {
        return new StoredArticle(
                ArticleKey.of(article),
                article,
                events,
                Optional.empty(),
                MinHash.encode(MinHash.signature(article.text())));
    }

    /** A dyad.event/1 record with the fields the panel reads; a null target code means no target. */
    private static String event(
            String id,
            String source,
            String sourceCountry,
            String target,
            String targetCountry,
            String cameo,
            double goldstein,
            String whenStart) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        int quad = root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        String when = whenStart == null ? "null" : quote(whenStart);
        return "{\"schema\":\"dyad.event/1\",\"event_id\":\"" + id + "\",\"article_id\":\"a\","
                + "\"source\":" + actor(source, sourceCountry) + ",\"target\":"
                + (target == null ? "null" : actor(target, targetCountry))
                + ",\"cameo\":\"" + cameo + "\",\"cameo_root\":\"" + cameo.substring(0, 2) + "\",\"quad_class\":" + quad
                + ",\"goldstein\":" + goldstein + ",\"when\":{\"start\":" + when + ",\"end\":" + when + "}}";
    }

    private static String actor(String code, String country) {
        return "{\"code\":\"" + code + "\",\"country\":" + (country == null ? "null" : quote(country)) + "}";
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}

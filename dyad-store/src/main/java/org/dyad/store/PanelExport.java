package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a dyad-period panel: one row per directed dyad and period, with the events counted by
 * quad class and by CAMEO root, their total, the sum and mean of their Goldstein weights, and
 * each side's ISO 3166 alpha-3, COW and Gleditsch-Ward codes. docs/analysis.md ("Panels")
 * describes every column. An event is dated as everywhere in the store: its own start date,
 * else its article's date.
 */
final class PanelExport {
    /** CAMEO's roots, 01 to 20: one count column each. */
    private static final int ROOTS = 20;

    private static final String DAY = "coalesce(when_start, published)";

    private final PanelSpec spec;
    private final StateCodes codes;

    PanelExport(PanelSpec spec, StateCodes codes) {
        this.spec = spec;
        this.codes = codes;
    }

    PanelSummary write(Connection connection, Path file) throws StoreException {
        try (Statement s = connection.createStatement()) {
            long[] left = firstRow(s, leftOutSql());
            long[] kept = firstRow(
                    s,
                    "WITH kept AS (" + keptSql() + ") SELECT count(*), "
                            + "(SELECT count(*) FROM (SELECT DISTINCT source, target FROM kept)) FROM kept");
            // COPY takes its file name as a literal, not a parameter: the name is quoted as SQL quotes strings.
            String target = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
            String options = spec.format() == PanelSpec.FileFormat.CSV ? "FORMAT csv, HEADER" : "FORMAT parquet";
            long rows;
            if (s.execute("COPY (" + panelSql() + ") TO " + target + " (" + options + ")")) {
                try (ResultSet rs = s.getResultSet()) {
                    rows = rs.next() ? rs.getLong(1) : 0;
                }
            } else {
                rows = s.getUpdateCount();
            }
            return new PanelSummary(rows, kept[1], kept[0], left[0], left[1], left[2]);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot export the panel: " + StoreException.firstLine(e), e);
        }
    }

    /** The panel's query: what COPY writes. */
    String panelSql() {
        List<String> counts = new ArrayList<>(List.of("total", "q1", "q2", "q3", "q4"));
        for (int r = 1; r <= ROOTS; r++) {
            counts.add(root(r));
        }
        StringBuilder sql = new StringBuilder("WITH state_codes AS (" + codes.sql() + "),\n");
        sql.append("kept AS (").append(keptSql()).append("),\n");
        sql.append("cells AS (SELECT source, target, period_start, max(source_iso) AS source_iso3, ")
                .append("max(target_iso) AS target_iso3, count(*) AS total");
        for (int q = 1; q <= 4; q++) {
            sql.append(", count(*) FILTER (WHERE quad_class = ")
                    .append(q)
                    .append(") AS q")
                    .append(q);
        }
        for (int r = 1; r <= ROOTS; r++) {
            sql.append(String.format(Locale.ROOT, ", count(*) FILTER (WHERE cameo_root = '%02d') AS %s", r, root(r)));
        }
        sql.append(", sum(goldstein) AS goldstein_sum, avg(goldstein) AS mean_goldstein")
                .append(" FROM kept GROUP BY source, target, period_start)");
        String rows = "cells";
        if (spec.balanced()) {
            sql.append(",\n").append(balancedSql(counts));
            rows = "filled";
        }
        sql.append("\nSELECT r.source, r.target, ")
                .append(labelSql("r.period_start"))
                .append(" AS period, r.period_start, ")
                .append("r.source_iso3, s.cown AS source_cown, s.gwn AS source_gwn, ")
                .append("r.target_iso3, t.cown AS target_cown, t.gwn AS target_gwn, ")
                .append(String.join(", ", counts.stream().map(c -> "r." + c).toList()))
                .append(", round(r.goldstein_sum, 4) AS goldstein_sum, round(r.mean_goldstein, 4) AS mean_goldstein")
                .append(" FROM ")
                .append(rows)
                .append(" r LEFT JOIN state_codes s ON s.iso3c = r.source_iso3")
                .append(" LEFT JOIN state_codes t ON t.iso3c = r.target_iso3")
                .append(" ORDER BY r.source, r.target, r.period_start");
        return sql.toString();
    }

    /**
     * Every dyad in every period from the panel's first to its last: zero counts, a zero sum and
     * no mean (a mean of nothing is not zero) where the dyad had no event.
     */
    private String balancedSql(List<String> counts) {
        StringBuilder sql = new StringBuilder();
        sql.append("dyads AS (SELECT source, target, max(source_iso3) AS source_iso3, max(target_iso3) AS target_iso3")
                .append(" FROM cells GROUP BY source, target),\n");
        sql.append("periods AS (SELECT CAST(unnest(generate_series(")
                .append("CAST((SELECT min(period_start) FROM cells) AS TIMESTAMP), ")
                .append("CAST((SELECT max(period_start) FROM cells) AS TIMESTAMP), INTERVAL '1 ")
                .append(spec.period().name().toLowerCase(Locale.ROOT))
                .append("')) AS DATE) AS period_start),\n");
        sql.append("filled AS (SELECT d.source, d.target, p.period_start, d.source_iso3, d.target_iso3");
        for (String c : counts) {
            sql.append(", coalesce(c.").append(c).append(", 0) AS ").append(c);
        }
        sql.append(", coalesce(c.goldstein_sum, 0) AS goldstein_sum, c.mean_goldstein")
                .append(" FROM dyads d CROSS JOIN periods p LEFT JOIN cells c ON c.source = d.source")
                .append(" AND c.target = d.target AND c.period_start = p.period_start)");
        return sql.toString();
    }

    /** The events the panel counts, each with its two sides, their countries and its period's first day. */
    private String keptSql() {
        boolean byCountry = spec.unit() == PanelSpec.Unit.COUNTRY;
        String source = byCountry ? "source_country" : "source_code";
        String target = byCountry ? "target_country" : "target_code";
        return "SELECT " + source + " AS source, " + target + " AS target, "
                + iso("source") + " AS source_iso, " + iso("target") + " AS target_iso, "
                + periodStartSql() + " AS period_start, quad_class, cameo_root, goldstein FROM events WHERE "
                + actorsKnown() + " AND " + DAY + " IS NOT NULL" + (byCountry ? " AND " + countriesKnown() : "")
                + " AND " + AnalysisEvents.TOOK_PLACE;
    }

    /** Left out: no actors; with actors, no date; with both, (by country) a side without a country. */
    private String leftOutSql() {
        String dated = DAY + " IS NOT NULL";
        String country = spec.unit() == PanelSpec.Unit.COUNTRY
                ? "count(*) FILTER (WHERE " + actorsKnown() + " AND " + dated + " AND NOT (" + countriesKnown() + "))"
                : "0";
        return "SELECT count(*) FILTER (WHERE NOT (" + actorsKnown() + ")), count(*) FILTER (WHERE " + actorsKnown()
                + " AND NOT (" + dated + ")), " + country + " FROM events";
    }

    /**
     * A side's country when the actor is of one. The stored country is the actor's own when its
     * code begins with it (RUSGOV of RUS); by country, the side is the country itself.
     */
    private String iso(String side) {
        return spec.unit() == PanelSpec.Unit.COUNTRY
                ? side + "_country"
                : "CASE WHEN starts_with(" + side + "_code, " + side + "_country) THEN " + side + "_country END";
    }

    /** Both sides are actors some dictionary knows: '---' is no one in particular and makes no dyad. */
    private static String actorsKnown() {
        return "coalesce(source_code, '') <> '' AND NOT starts_with(source_code, '---')"
                + " AND coalesce(target_code, '') <> '' AND NOT starts_with(target_code, '---')";
    }

    private static String countriesKnown() {
        return "coalesce(source_country, '') <> '' AND coalesce(target_country, '') <> ''";
    }

    private String periodStartSql() {
        return switch (spec.period()) {
            case DAY -> DAY;
            case WEEK -> "CAST(date_trunc('week', " + DAY + ") AS DATE)";
            case MONTH -> "CAST(date_trunc('month', " + DAY + ") AS DATE)";
        };
    }

    /** The period's label as {@link org.dyad.analysis.Period#label} writes it: 2024-01-05, 2024-W01 (ISO week-based year), 2024-01. */
    private String labelSql(String start) {
        return switch (spec.period()) {
            case DAY -> "strftime(" + start + ", '%Y-%m-%d')";
            case WEEK -> "printf('%d-W%02d', isoyear(" + start + "), week(" + start + "))";
            case MONTH -> "strftime(" + start + ", '%Y-%m')";
        };
    }

    private static String root(int r) {
        return String.format(Locale.ROOT, "root%02d", r);
    }

    private static long[] firstRow(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] out = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getLong(i + 1);
            }
            return out;
        }
    }
}

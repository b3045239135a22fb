package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.analysis.DateRange;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.analysis.Period;
import org.dyad.analysis.PeriodTally;
import org.dyad.analysis.QuadCounts;

/**
 * The questions asked of a store about its sources of events: dyad's own ({@value #OWN}, the
 * {@code events} table) and each dataset imported into {@code imported_events}. Values the user
 * gives reach DuckDB as bound parameters.
 */
public final class SourceQueries {
    /** The name of dyad's own events among the sources. */
    public static final String OWN = "dyad";

    private final Connection connection;

    public SourceQueries(EventStore store) {
        this.connection = store.connection();
    }

    /** Each imported source with its number of events, by name. */
    public Map<String, Long> importedSources() throws StoreException {
        Map<String, Long> out = new LinkedHashMap<>();
        if (!hasImportTable()) {
            return out;
        }
        String sql = "SELECT source, count(*) FROM imported_events GROUP BY source ORDER BY source";
        try (PreparedStatement p = connection.prepareStatement(sql);
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + StoreException.firstLine(e), e);
        }
        return out;
    }

    /**
     * Every source in the store, dyad's own first and then the imported ones by name, each with its
     * number of events and date range. Events are dated as the timelines date them: dyad's own by
     * {@code when_start}, imported ones by {@code event_date}; every row counts, also those the
     * timelines leave out for want of a quad class or a weight.
     */
    public List<SourceSummary> sources() throws StoreException {
        List<SourceSummary> out = new ArrayList<>();
        summaries(
                "SELECT '" + OWN + "', count(*), strftime(min(when_start), '%Y-%m-%d'), "
                        + "strftime(max(when_start), '%Y-%m-%d') FROM events",
                out);
        if (hasImportTable()) {
            summaries(
                    "SELECT source, count(*), strftime(min(event_date), '%Y-%m-%d'), "
                            + "strftime(max(event_date), '%Y-%m-%d') FROM imported_events GROUP BY source ORDER BY source",
                    out);
        }
        return out;
    }

    private void summaries(String sql, List<SourceSummary> out) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement(sql);
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new SourceSummary(
                        rs.getString(1),
                        rs.getLong(2),
                        Optional.ofNullable(rs.getString(3)).map(LocalDate::parse),
                        Optional.ofNullable(rs.getString(4)).map(LocalDate::parse)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + StoreException.firstLine(e), e);
        }
    }

    /**
     * The events of an imported source between actors {@code a} and {@code b}, either way, as the
     * analyses see them: an actor is its country (else its code) when {@code byCountry}, else its
     * code. Rows without a quad class or a Goldstein weight cannot be counted and are left out.
     */
    public List<DyadEvent> importedDyadEvents(String source, String a, String b, boolean byCountry)
            throws StoreException {
        if (!hasImportTable()) {
            return List.of();
        }
        String actor = byCountry ? "coalesce(%1$s_country, %1$s_code)" : "%1$s_code";
        String from = String.format(Locale.ROOT, actor, "source");
        String to = String.format(Locale.ROOT, actor, "target");
        String sql = "SELECT coalesce(event_id, file || ':' || line), strftime(event_date, '%Y-%m-%d'), " + from + ", "
                + to + ", quad_class, goldstein, coalesce(cameo_root, '') FROM imported_events WHERE source = ? "
                + "AND quad_class IS NOT NULL AND goldstein IS NOT NULL AND ((" + from + " = ? AND " + to + " = ?) OR ("
                + from + " = ? AND " + to + " = ?)) ORDER BY event_date, file, line";
        List<DyadEvent> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            bind(p, source, a, b, b, a);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new DyadEvent(
                            rs.getString(1),
                            LocalDate.parse(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getDouble(6),
                            rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + StoreException.firstLine(e), e);
        }
        return out;
    }

    /**
     * A source's events added up by undirected pair of countries (ISO 3166 alpha-3) and period:
     * the counts by quad class and the sum of Goldstein weights. Events of dyad's own are dated by
     * {@code when_start}, as the timelines date them; events missing either country, the date, the
     * quad class or the weight are left out.
     */
    public List<PeriodTally> countryTallies(String source, Period period, DateRange range) throws StoreException {
        boolean own = source.equals(OWN);
        if (!own && !hasImportTable()) {
            return List.of();
        }
        String date = own ? "when_start" : "event_date";
        String start = period == Period.DAY
                ? date
                : "CAST(date_trunc('" + period.name().toLowerCase(Locale.ROOT) + "', " + date + ") AS DATE)";
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND "
                + date + " IS NOT NULL AND quad_class BETWEEN 1 AND 4 AND goldstein IS NOT NULL");
        if (!own) {
            where.append(" AND source = ?");
            values.add(source);
        }
        range.from().ifPresent(d -> {
            where.append(" AND ").append(date).append(" >= ?");
            values.add(java.sql.Date.valueOf(d));
        });
        range.to().ifPresent(d -> {
            where.append(" AND ").append(date).append(" <= ?");
            values.add(java.sql.Date.valueOf(d));
        });
        String sql = "SELECT least(source_country, target_country), greatest(source_country, target_country), "
                + "strftime(" + start + ", '%Y-%m-%d') AS start, count(*) FILTER (WHERE quad_class = 1), "
                + "count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3), "
                + "count(*) FILTER (WHERE quad_class = 4), sum(goldstein) FROM " + (own ? "events" : "imported_events")
                + where + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
        List<PeriodTally> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            bind(p, values.toArray());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new PeriodTally(
                            Dyad.of(rs.getString(1), rs.getString(2), false),
                            LocalDate.parse(rs.getString(3)),
                            new QuadCounts(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)),
                            rs.getDouble(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + StoreException.firstLine(e), e);
        }
        return out;
    }

    /** A store written by a dyad older than {@code dyad import}, and not opened for writing since, has none. */
    private boolean hasImportTable() throws StoreException {
        String sql = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'imported_events'";
        try (PreparedStatement p = connection.prepareStatement(sql);
                ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + StoreException.firstLine(e), e);
        }
    }

    private static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            p.setObject(i + 1, values[i]);
        }
    }
}

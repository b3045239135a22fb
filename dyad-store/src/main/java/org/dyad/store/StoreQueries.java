package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The questions the {@code dyad} commands ask a store: events by actor, code and date, the most
 * active pairs of actors, any SQL of the user's (on a read-only store), and exports. Every value
 * the user gives reaches DuckDB as a bound parameter.
 */
public final class StoreQueries {
    /** The columns {@code dyad events} shows and exports, before the JSON record. */
    static final String EVENT_COLUMNS = "event_id, article_id, published, when_start, when_end, source_code, "
            + "source_country, source_agent, source_patron, target_code, target_country, target_agent, target_patron, "
            + "cameo, cameo_root, quad_class, goldstein, plover_type, status, where_name, where_country, where_lat, "
            + "where_lon";

    static final String EVENT_ORDER = " ORDER BY coalesce(when_start, published), article_key, event_id";

    private final Connection connection;

    public StoreQueries(EventStore store) {
        this.connection = store.connection();
    }

    /** The events {@code filter} wants, in date order; the last column, {@code json}, is the full record. */
    public QueryResult events(EventFilter filter) throws StoreException {
        List<Object> values = new ArrayList<>();
        // The page's rows are chosen first and only then read whole: sorting every matching row
        // with its JSON took a corpus store's first page from about 0.05 s to 0.2 s.
        String sql = "SELECT " + EVENT_COLUMNS + ", json FROM events WHERE rowid IN (SELECT rowid FROM events"
                + filter.where(values) + EVENT_ORDER + " LIMIT ? OFFSET ?)" + EVENT_ORDER;
        values.add(filter.limit());
        values.add(filter.offset());
        return select(sql, values);
    }

    /**
     * The {@code top} most active directed pairs of actors: how many events each, by quad class
     * (1 verbal and 2 material cooperation, 3 verbal and 4 material conflict), and mean Goldstein.
     * Actors whose code is unknown ({@code ---}: no country, no class) make no pair.
     */
    public QueryResult dyads(int top) throws StoreException {
        String sql = """
                SELECT source_code AS source, target_code AS target, count(*) AS events,
                       count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                       count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                       count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                       count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                       round(avg(goldstein), 2) AS mean_goldstein
                FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL
                  AND source_code <> '---' AND target_code <> '---'
                GROUP BY source_code, target_code ORDER BY events DESC, source, target LIMIT ?""";
        return select(sql, List.of(top));
    }

    /** The {@code top} story events reported most (mentions, then articles), with their counts. */
    public QueryResult stories(int top) throws StoreException {
        String sql = """
                SELECT story_id, start_date, end_date, source_code AS source, target_code AS target, cameo,
                       round(goldstein, 2) AS goldstein, where_name, num_mentions AS mentions,
                       num_articles AS articles, num_sources AS sources
                FROM stories ORDER BY num_mentions DESC, num_articles DESC, start_date, story_id LIMIT ?""";
        return select(sql, List.of(top));
    }

    /**
     * The events with these ids, in date order, as evidence is shown to people: id, date, source,
     * target, CAMEO code, and the sentence that reports the event.
     */
    public QueryResult evidence(java.util.Collection<String> ids) throws StoreException {
        if (ids.isEmpty()) {
            return new QueryResult(List.of("event_id", "date", "source", "target", "cameo", "sentence"), List.of());
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        String sql = "SELECT event_id, coalesce(when_start, published) AS date, source_code AS source, "
                + "target_code AS target, cameo, json_extract_string(json, '$.sentence') AS sentence FROM events "
                + "WHERE event_id IN (" + marks + ")" + EVENT_ORDER;
        return select(sql, new ArrayList<>(ids));
    }

    /** Runs the user's own SQL; the store must have been opened read-only. */
    public QueryResult sql(String sql) throws StoreException {
        return select(sql, List.of());
    }

    /**
     * Writes every stored event to {@code file}: jsonl is the {@code dyad.event/1} records as
     * stored; csv and parquet (written by DuckDB's COPY) the flattened columns and the record.
     */
    public long export(String format, Path file) throws StoreException {
        String f = format.toLowerCase(Locale.ROOT);
        return switch (f) {
            case "jsonl" -> exportJsonl(file);
            case "gdelt" -> GdeltExport.write(connection, file);
            case "csv", "parquet" -> copy(f, file);
            default ->
                throw new IllegalArgumentException(
                        "export format '" + format + "' is not csv, jsonl, parquet or gdelt");
        };
    }

    /**
     * Writes the dyad-period panel {@code spec} asks for to {@code file}, with DuckDB's COPY:
     * see {@link PanelExport} and docs/analysis.md ("Panels").
     */
    public PanelSummary panel(PanelSpec spec, Path file) throws StoreException {
        return new PanelExport(spec, StateCodes.shipped()).write(connection, file);
    }

    /** Every stored {@code dyad.event/1} record, in date order, to {@code each}: what the analyses read. */
    public long eachEventRecord(java.util.function.Consumer<String> each) throws StoreException {
        long n = 0;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT json FROM events" + EVENT_ORDER)) {
            while (rs.next()) {
                each.accept(rs.getString(1));
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + StoreException.firstLine(e), e);
        }
        return n;
    }

    private long exportJsonl(Path file) throws StoreException {
        return LineFile.write(
                connection, "SELECT json FROM events" + EVENT_ORDER, file, rs -> Optional.of(rs.getString(1)));
    }

    private long copy(String format, Path file) throws StoreException {
        // COPY takes its file name as a literal, not a parameter: the name is quoted as SQL quotes strings.
        String target = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        String sql = "COPY (SELECT " + EVENT_COLUMNS + ", article_key, dyad_version, provenance, json FROM events"
                + EVENT_ORDER + ") TO " + target + " (FORMAT " + format + (format.equals("csv") ? ", HEADER" : "")
                + ")";
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot export: " + StoreException.firstLine(e), e);
        }
    }

    QueryResult select(String sql, List<Object> values) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                p.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnLabel(c));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int c = 1; c <= columns.size(); c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                return new QueryResult(columns, rows);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.firstLine(e), e);
        }
    }
}

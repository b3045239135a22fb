package org.dyad.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The map's question: where the events a {@link PlaceFilter} matches happened, counted in bins
 * of rounded latitude and longitude over every matching event, so a store of any size gives a
 * few hundred circles rather than one marker per event. Every user value is bound.
 */
public final class PlaceQueries {
    /** The most decimals a bin's latitude and longitude are rounded to: 0.001 degrees is about 100 m. */
    public static final int MAX_PRECISION = 3;

    private final StoreQueries queries;

    public PlaceQueries(EventStore store) {
        this.queries = new StoreQueries(store);
    }

    /**
     * How many events match, how many of them have a place (a latitude and a longitude), and in
     * how many bins those fall; {@code bins} holds the {@code limit} fullest bins.
     */
    public record Places(long matching, long placed, long binCount, QueryResult bins) {}

    /**
     * The placed events {@code filter} matches, grouped by latitude and longitude rounded to
     * {@code precision} decimals: per bin the mean position of its events, their number, their
     * number by quad class, the place name given most (the first alphabetically on a tie) and
     * how many names; fullest first, then by position.
     */
    public Places places(PlaceFilter filter, int precision, int limit) throws StoreException {
        if (precision < 0 || precision > MAX_PRECISION) {
            throw new IllegalArgumentException("precision " + precision + " is not 0-" + MAX_PRECISION);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit + " is below 1");
        }
        List<Object> countValues = new ArrayList<>();
        String where = filter.conditions(countValues);
        QueryResult counts = queries.select(
                "SELECT count(*), count(*) FILTER (WHERE where_lat IS NOT NULL AND where_lon IS NOT NULL), "
                        + "count(DISTINCT (round(where_lat, " + precision + "), round(where_lon, " + precision
                        + "))) FILTER (WHERE where_lat IS NOT NULL AND where_lon IS NOT NULL) FROM events WHERE "
                        + where,
                countValues);
        List<Object> values = new ArrayList<>();
        // The precision is a checked int, written into the SQL: DuckDB wants round's digits constant.
        String sql = """
                WITH placed AS (
                  SELECT round(where_lat, %1$d) AS bin_lat, round(where_lon, %1$d) AS bin_lon,
                         where_lat, where_lon, where_name, quad_class
                  FROM events WHERE %2$s AND where_lat IS NOT NULL AND where_lon IS NOT NULL),
                names AS (
                  SELECT bin_lat, bin_lon, where_name, count(*) AS n FROM placed
                  WHERE where_name IS NOT NULL GROUP BY ALL),
                top_names AS (
                  SELECT bin_lat, bin_lon, first(where_name ORDER BY n DESC, where_name) AS place,
                         count(*) AS places
                  FROM names GROUP BY ALL),
                bins AS (
                  SELECT bin_lat, bin_lon, avg(where_lat) AS lat, avg(where_lon) AS lon, count(*) AS events,
                         count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                         count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                         count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                         count(*) FILTER (WHERE quad_class = 4) AS material_conflict
                  FROM placed GROUP BY ALL)
                SELECT round(lat, 4) AS lat, round(lon, 4) AS lon, events, verbal_coop, material_coop,
                       verbal_conflict, material_conflict, place, coalesce(places, 0) AS places
                FROM bins LEFT JOIN top_names USING (bin_lat, bin_lon)
                ORDER BY events DESC, lat, lon LIMIT ?""".formatted(precision, filter.conditions(values));
        values.add(limit);
        List<Object> row = counts.rows().get(0);
        return new Places(
                ((Number) row.get(0)).longValue(),
                ((Number) row.get(1)).longValue(),
                ((Number) row.get(2)).longValue(),
                queries.select(sql, values));
    }
}

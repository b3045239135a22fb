package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.model.Status;

/**
 * The analyses' view of the stored events ({@link DyadEvent}), read from the flattened columns
 * rather than by parsing each event's JSON: on a store of a corpus (tens of thousands of events
 * and more) this is what lets a timeline or a network answer in about a second. It gives what
 * {@link DyadEvent#fromJson(com.fasterxml.jackson.databind.JsonNode, boolean)} gives for each
 * record, in the store's event order. By default only events that took place count: not those the
 * text gives as intended, future or hypothetical, nor those it denies.
 */
public final class AnalysisEvents {
    /**
     * The codes, countries and CAMEO roots the events use, numbered from 1. The events are read
     * with these numbers in place of the five short strings: the driver makes a Java string of
     * every string value it returns, which took most of the time of reading a corpus's events. The
     * date comes as a day number for the same reason.
     */
    private static final String VOCABULARY = "WITH vocabulary AS (SELECT v, CAST(row_number() OVER (ORDER BY v) "
            + "AS INTEGER) AS i FROM (SELECT source_code AS v FROM events UNION SELECT source_country FROM events "
            + "UNION SELECT target_code FROM events UNION SELECT target_country FROM events "
            + "UNION SELECT cameo_root FROM events) WHERE v IS NOT NULL) ";

    private static final String SQL = VOCABULARY
            + "SELECT event_id, CAST(when_start - DATE '1970-01-01' AS INTEGER), sc.i, sn.i, tc.i, tn.i, quad_class, goldstein, cr.i FROM events "
            + "LEFT JOIN vocabulary sc ON sc.v = source_code LEFT JOIN vocabulary sn ON sn.v = source_country "
            + "LEFT JOIN vocabulary tc ON tc.v = target_code LEFT JOIN vocabulary tn ON tn.v = target_country "
            + "LEFT JOIN vocabulary cr ON cr.v = cameo_root "
            + "WHERE when_start IS NOT NULL AND quad_class IS NOT NULL AND goldstein IS NOT NULL";

    /** The events the text says took place ({@link Status#tookPlace(String, boolean)}), as a condition. */
    public static final String TOOK_PLACE =
            "coalesce(NOT negated, true) AND (status IS NULL OR status IN (" + Status.tookPlaceList() + "))";

    /** Both actors, by code or by country, one of two given codes (each pair of parameters). */
    private static final String BOTH_ACTORS_AMONG = "(source_code IN (?, ?) OR source_country IN (?, ?)) "
            + "AND (target_code IN (?, ?) OR target_country IN (?, ?))";

    private AnalysisEvents() {}

    /**
     * Every dated event with two known actors that took place, each actor named by its country
     * ({@code byCountry}) or by its code.
     */
    public static List<DyadEvent> read(EventStore store, boolean byCountry) throws StoreException {
        return read(store, byCountry, false);
    }

    /** As {@link #read(EventStore, boolean)}, with the events that did not take place too when {@code allStatuses}. */
    public static List<DyadEvent> read(EventStore store, boolean byCountry, boolean allStatuses) throws StoreException {
        return read(store, byCountry, allStatuses, null);
    }

    /**
     * As {@link #read(EventStore, boolean, boolean)}, only the events of {@code dyad}. The store
     * selects every event whose two actors could be the dyad's, by code or by country, so that a
     * dyad's timeline reads its own few thousand rows rather than the whole store; which of those
     * are the dyad's is then decided here, as for all events.
     */
    public static List<DyadEvent> read(EventStore store, boolean byCountry, boolean allStatuses, Dyad dyad)
            throws StoreException {
        List<String> vocabulary = vocabulary(store);
        List<DyadEvent> out = new ArrayList<>();
        String sql = SQL
                + (allStatuses ? "" : " AND " + TOOK_PLACE)
                + (dyad == null ? "" : " AND " + BOTH_ACTORS_AMONG)
                + StoreQueries.EVENT_ORDER;
        try (PreparedStatement s = store.connection().prepareStatement(sql)) {
            if (dyad != null) {
                for (int i = 1; i <= 8; i += 2) {
                    s.setString(i, dyad.first());
                    s.setString(i + 1, dyad.second());
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    event(rs, vocabulary, byCountry)
                            .filter(e -> dyad == null || dyad.contains(e))
                            .ifPresent(out::add);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store's events: " + StoreException.firstLine(e), e);
        }
        return out;
    }

    /** The strings the events' numbers stand for; number 0 (a SQL null) stands for null. */
    private static List<String> vocabulary(EventStore store) throws StoreException {
        List<String> out = new ArrayList<>();
        out.add(null);
        try (PreparedStatement s =
                        store.connection().prepareStatement(VOCABULARY + "SELECT v FROM vocabulary ORDER BY i");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store's actor codes: " + StoreException.firstLine(e), e);
        }
        return out;
    }

    /** The row's event, unless one of its actors is unknown. */
    private static Optional<DyadEvent> event(ResultSet rs, List<String> vocabulary, boolean byCountry)
            throws SQLException {
        String source = actor(vocabulary.get(rs.getInt(3)), vocabulary.get(rs.getInt(4)), byCountry);
        String target = actor(vocabulary.get(rs.getInt(5)), vocabulary.get(rs.getInt(6)), byCountry);
        if (source.isBlank() || target.isBlank() || source.startsWith("---") || target.startsWith("---")) {
            return Optional.empty();
        }
        String root = vocabulary.get(rs.getInt(9));
        return Optional.of(new DyadEvent(
                rs.getString(1),
                LocalDate.ofEpochDay(rs.getInt(2)),
                source,
                target,
                rs.getInt(7),
                rs.getDouble(8),
                root == null ? "" : root));
    }

    /** The actor's country when asked for and known, else its code; "" for none. */
    private static String actor(String code, String country, boolean byCountry) {
        if (byCountry && country != null && !country.isBlank()) {
            return country;
        }
        return code == null ? "" : code;
    }
}

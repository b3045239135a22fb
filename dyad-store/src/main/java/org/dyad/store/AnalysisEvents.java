package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
    private static final String SQL = "SELECT event_id, when_start, source_code, source_country, target_code, "
            + "target_country, quad_class, goldstein, cameo_root FROM events "
            + "WHERE when_start IS NOT NULL AND quad_class IS NOT NULL AND goldstein IS NOT NULL";

    /** The events the text says took place ({@link Status#tookPlace(String, boolean)}), as a condition. */
    public static final String TOOK_PLACE =
            "coalesce(NOT negated, true) AND (status IS NULL OR status IN (" + Status.tookPlaceList() + "))";

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
        List<DyadEvent> out = new ArrayList<>();
        String sql = SQL + (allStatuses ? "" : " AND " + TOOK_PLACE) + StoreQueries.EVENT_ORDER;
        try (Statement s = store.connection().createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String source = actor(rs.getString(3), rs.getString(4), byCountry);
                String target = actor(rs.getString(5), rs.getString(6), byCountry);
                if (source.isBlank() || target.isBlank() || source.startsWith("---") || target.startsWith("---")) {
                    continue;
                }
                out.add(new DyadEvent(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        source,
                        target,
                        rs.getInt(7),
                        rs.getDouble(8),
                        rs.getString(9) == null ? "" : rs.getString(9)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store's events: " + StoreException.firstLine(e), e);
        }
        return out;
    }

    /** The actor's country when asked for and known, else its code; "" for none. */
    private static String actor(String code, String country, boolean byCountry) {
        if (byCountry && country != null && !country.isBlank()) {
            return country;
        }
        return code == null ? "" : code;
    }
}

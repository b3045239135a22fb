package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the story events in the layout of GDELT 2.0's event table (61 tab-separated columns, no
 * header), so scripts written for GDELT read dyad's data. One row per story event, with its
 * NumMentions, NumSources and NumArticles; actors and codes come from the story's first report.
 * Left empty where dyad has no such data: KnownGroup, Ethnic and Religion codes, AvgTone, ADM2,
 * the actors' own Geo columns, and the Geo country and ADM1 codes, which GDELT gives in FIPS 10-4
 * while dyad knows ISO 3166 (the country is in the Geo FullName, as GDELT writes it).
 */
final class GdeltExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltExport() {}

    static long write(Connection connection, Path file) throws StoreException {
        String sql = """
                SELECT s.story_id, s.start_date, s.cameo, s.cameo_root, s.quad_class, s.goldstein, s.num_mentions,
                       s.num_sources, s.num_articles, e.json, a.url, a.ingested_at
                FROM stories s JOIN events e ON e.event_id = s.first_event_id
                JOIN articles a ON a.article_key = e.article_key
                ORDER BY s.start_date, s.story_id""";
        java.util.Set<String> seen = new java.util.HashSet<>();
        // An event id stored by two articles comes twice: one row per story.
        return LineFile.write(
                connection,
                sql,
                file,
                rs -> seen.add(rs.getString(1)) ? Optional.of(String.join("\t", row(rs))) : Optional.empty());
    }

    private static List<String> row(ResultSet rs) throws SQLException, IOException {
        JsonNode event = JSON.readTree(rs.getString(10));
        LocalDate day = rs.getDate(2).toLocalDate();
        String cameo = rs.getString(3);
        List<String> c = new ArrayList<>(61);
        c.add(Long.toString(Long.parseUnsignedLong(rs.getString(1).substring(2, 17), 16)));
        c.add(day.format(DAY));
        c.add(day.format(DAY).substring(0, 6));
        c.add(Integer.toString(day.getYear()));
        c.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
        actor(c, event.path("source"));
        actor(c, event.path("target"));
        c.add(event.path("sentence_index").asInt(-1) == 0 ? "1" : "0");
        c.add(cameo);
        c.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        c.add(rs.getString(4));
        c.add(Integer.toString(rs.getInt(5)));
        c.add(String.format(Locale.ROOT, "%.1f", rs.getDouble(6)));
        c.add(Integer.toString(rs.getInt(7)));
        c.add(Integer.toString(rs.getInt(8)));
        c.add(Integer.toString(rs.getInt(9)));
        c.add(""); // AvgTone: dyad measures no tone
        blankGeo(c);
        blankGeo(c);
        actionGeo(c, event.path("where"));
        c.add(rs.getTimestamp(12).toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
        c.add(clean(rs.getString(11) == null ? "" : rs.getString(11)));
        return c;
    }

    /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code. */
    private static void actor(List<String> c, JsonNode a) {
        c.add(text(a, "code"));
        c.add(clean(text(a, "name").toUpperCase(Locale.ROOT)));
        c.add(text(a, "country"));
        c.add("");
        c.add("");
        c.add("");
        c.add("");
        c.add(text(a, "agent"));
        c.add("");
        c.add("");
    }

    private static void blankGeo(List<String> c) {
        for (int i = 0; i < 8; i++) {
            c.add("");
        }
    }

    /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID, by GDELT's geo types. */
    private static void actionGeo(List<String> c, JsonNode where) {
        if (!where.isObject()) {
            blankGeo(c);
            return;
        }
        String feature = text(where, "feature");
        boolean usa = "USA".equals(text(where, "country"));
        String type = switch (feature) {
            case "country" -> "1";
            case "ADM1" -> usa ? "2" : "5";
            default -> usa ? "3" : "4";
        };
        List<String> parts = new ArrayList<>();
        for (String f : List.of("name", "admin1", "country")) {
            String v = text(where, f);
            if (!v.isEmpty() && !parts.contains(v)) {
                parts.add(v);
            }
        }
        c.add(type);
        c.add(clean(String.join(", ", parts)));
        c.add("");
        c.add("");
        c.add("");
        c.add(where.path("lat").isNumber() ? Double.toString(where.path("lat").asDouble()) : "");
        c.add(where.path("lon").isNumber() ? Double.toString(where.path("lon").asDouble()) : "");
        c.add(clean(text(where, "gazetteer_id")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : "";
    }

    /** Tabs and line breaks would break the table's rows and columns. */
    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}

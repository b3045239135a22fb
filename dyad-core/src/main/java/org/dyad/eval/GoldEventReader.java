package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Reads one gold event object for {@link GoldReader}, naming the place of any problem. */
final class GoldEventReader {
    private final GoldReader reader;
    private final String at;

    GoldEventReader(GoldReader reader, String at) {
        this.reader = reader;
        this.at = at;
    }

    GoldEvent event(JsonNode node) {
        if (!node.isObject()) {
            throw reader.fail(at, "not an object");
        }
        String id = node.path("id").isValueNode() ? node.path("id").asText() : "";
        GoldEvent gold = GoldEvent.core(
                id, reader.optionalText(node.get("sentence"), at + "sentence").orElse(""));
        return gold.withLevel(level(node.get("level")))
                .withRoles(
                        role(node.get("source"), "source"),
                        role(node.get("target"), "target"),
                        GoldReader.truthy(node.get("symmetric")))
                .withCodes(field(node, "cameo_root"), field(node, "plover"))
                .withQualities(
                        when(node.get("when")),
                        where(node.get("where")),
                        field(node, "attribution"),
                        field(node, "status"));
    }

    private GoldEvent.Level level(JsonNode node) {
        if (node == null) {
            return GoldEvent.Level.CORE;
        }
        return switch (node.asText()) {
            case "core" -> GoldEvent.Level.CORE;
            case "stretch" -> GoldEvent.Level.STRETCH;
            default -> throw reader.fail(at + "level", "neither \"core\" nor \"stretch\": " + node);
        };
    }

    /** A role; none for a missing, null or empty object, which Python's {@code not gold_role} lets pass. */
    private Optional<GoldRole> role(JsonNode node, String key) {
        if (node == null || node.isNull() || node.isObject() && node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw reader.fail(at + key, "not an object: " + node);
        }
        return Optional.of(new GoldRole(
                roleField(node, key, "country"), roleField(node, key, "agent"), roleField(node, key, "patron")));
    }

    private Optional<Accepted> roleField(JsonNode role, String key, String field) {
        // A role field may be null: "country": null asks for an actor with no country.
        return role.has(field)
                ? Optional.of(reader.accepted(role.get(field), at + key + "." + field, true))
                : Optional.empty();
    }

    private Optional<Accepted> field(JsonNode event, String field) {
        return event.has(field) ? Optional.of(reader.accepted(event.get(field), at + field, false)) : Optional.empty();
    }

    private Optional<GoldEvent.DateRange> when(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw reader.fail(at + "when", "not an object with 'from' and 'to'");
        }
        return Optional.of(new GoldEvent.DateRange(
                reader.date(node.get("from"), at + "when.from"), reader.date(node.get("to"), at + "when.to")));
    }

    private Optional<GoldEvent.Location> where(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw reader.fail(at + "where", "not an object");
        }
        Optional<String> country = reader.optionalText(node.get("country"), at + "where.country");
        if (!node.has("lat")) {
            return Optional.of(new GoldEvent.Location(Optional.empty(), country));
        }
        double km = node.has("km") ? number(node.get("km"), "where.km") : 50;
        GoldEvent.Point point =
                new GoldEvent.Point(number(node.get("lat"), "where.lat"), number(node.get("lon"), "where.lon"), km);
        return Optional.of(new GoldEvent.Location(Optional.of(point), country));
    }

    private double number(JsonNode node, String field) {
        if (node == null || !node.isNumber()) {
            throw reader.fail(at + field, "not a number: " + node);
        }
        return node.asDouble();
    }
}

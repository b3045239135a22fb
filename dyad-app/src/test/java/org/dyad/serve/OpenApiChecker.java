package org.dyad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a real answer against the server's OpenAPI document: finds the operation for a method
 * and path, the schema for the status, and walks the answer against it. Knows the part of JSON
 * Schema the document uses: $ref, oneOf, type (one or a list), properties, required,
 * additionalProperties false, items, enum, const, minimum, maximum, minLength.
 */
final class OpenApiChecker {
    private final JsonNode document;

    OpenApiChecker(String document) throws Exception {
        this.document = new ObjectMapper().readTree(document);
    }

    /** The problems of {@code body} as the answer {@code status} to {@code method path}; empty when it fits. */
    List<String> check(String method, String path, int status, JsonNode body) {
        Optional<JsonNode> operation = operation(method, path);
        if (operation.isEmpty()) {
            return List.of("no operation " + method + " " + path + " in the document");
        }
        JsonNode schema = operation
                .get()
                .path("responses")
                .path(String.valueOf(status))
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            return List.of(method + " " + path + ": the document has no JSON answer for status " + status);
        }
        List<String> problems = new ArrayList<>();
        walk(schema, body, "$", problems);
        return problems;
    }

    /** The schema for the request body of {@code method path}. */
    JsonNode requestSchema(String method, String path) {
        return operation(method, path)
                .orElseThrow()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
    }

    private Optional<JsonNode> operation(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (bare.matches(e.getKey().replaceAll("\\{[^}]+}", "[^/]+"))
                    && e.getValue().has(method.toLowerCase())) {
                return Optional.of(e.getValue().path(method.toLowerCase()));
            }
        }
        return Optional.empty();
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references: " + ref);
            }
            schema = document.at(ref.substring(1));
            if (schema.isMissingNode()) {
                throw new IllegalArgumentException("dangling reference " + ref);
            }
        }
        return schema;
    }

    private void walk(JsonNode schema, JsonNode value, String at, List<String> problems) {
        schema = resolve(schema);
        if (schema.has("oneOf")) {
            int fits = 0;
            List<String> why = new ArrayList<>();
            for (JsonNode option : schema.get("oneOf")) {
                List<String> p = new ArrayList<>();
                walk(option, value, at, p);
                if (p.isEmpty()) {
                    fits++;
                } else {
                    why.addAll(p);
                }
            }
            if (fits != 1) {
                problems.add(at + ": fits " + fits + " of the oneOf options, not one " + why);
            }
            return;
        }
        if (schema.has("type") && !typeFits(schema.get("type"), value)) {
            problems.add(at + ": " + kind(value) + " where the document says " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(at + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isNumber()
                && schema.has("minimum")
                && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(at + ": " + value + " is below " + schema.get("minimum"));
        }
        if (value.isNumber()
                && schema.has("maximum")
                && value.asDouble() > schema.get("maximum").asDouble()) {
            problems.add(at + ": " + value + " is above " + schema.get("maximum"));
        }
        if (value.isTextual()
                && schema.has("minLength")
                && value.asText().length() < schema.get("minLength").asInt()) {
            problems.add(at + ": shorter than " + schema.get("minLength"));
        }
        if (value.isObject()) {
            object(schema, value, at, problems);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> problems) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(at + ": no field " + required.asText());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (properties.has(field.getKey())) {
                walk(properties.get(field.getKey()), field.getValue(), at + "." + field.getKey(), problems);
            } else if (schema.path("additionalProperties").isBoolean()
                    && !schema.get("additionalProperties").asBoolean()) {
                problems.add(at + ": field " + field.getKey() + " is not in the document");
            }
        }
    }

    private static boolean typeFits(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeFits(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode o : options) {
            if (o.equals(value) || (o.isNumber() && value.isNumber() && o.asDouble() == value.asDouble())) {
                return true;
            }
        }
        return false;
    }

    private static String kind(JsonNode value) {
        return value.isNull() ? "null" : value.getNodeType().name().toLowerCase();
    }
}

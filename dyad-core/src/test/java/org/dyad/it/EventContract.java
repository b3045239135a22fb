package org.dyad.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.format.CodePoints;
import org.dyad.format.EventJsonWriter;
import org.dyad.model.Event;

/**
 * The {@code dyad.event/1} contract (the project's contract.md) as checks on one parsed JSON
 * event: which fields must be there, what values they may take, how they agree with each
 * other and with the article's text. Answers the problems found, each naming the event.
 */
final class EventContract {

    static final Set<String> PLOVER_TYPES = Set.of(
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "REQUEST",
            "ACCUSE",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "SANCTION",
            "MOBILIZE",
            "COERCE",
            "ASSAULT");
    static final Set<String> STATUSES =
            Set.of("asserted", "reported", "alleged", "intended", "future", "hypothetical", "historical");
    static final Set<String> BASES = Set.of("explicit", "relative", "article", "unresolved");
    static final Set<String> KINDS = Set.of("state", "person", "organization", "group");
    private static final List<String> TOP_FIELDS = List.of(
            "schema",
            "event_id",
            "article_id",
            "sentence_index",
            "sentence",
            "trigger",
            "source",
            "target",
            "symmetric",
            "cameo",
            "cameo_root",
            "quad_class",
            "goldstein",
            "plover",
            "status",
            "negated",
            "attribution",
            "when",
            "where",
            "confidence",
            "rule");
    private static final List<String> ACTOR_FIELDS =
            List.of("text", "start", "end", "name", "code", "country", "agent", "patron", "kind");
    private static final List<String> WHERE_FIELDS =
            List.of("text", "name", "country", "admin1", "lat", "lon", "feature", "gazetteer_id");
    private static final Map<String, Set<String>> PLOVER_MODES = ploverModes();
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String articleId;
    private final String text;
    private final Optional<LocalDate> published;
    private final List<String> problems = new ArrayList<>();
    private String label = "";

    /** Checks events of the article {@code articleId} whose text is {@code text}. */
    EventContract(String articleId, String text, Optional<LocalDate> published) {
        this.articleId = articleId;
        this.text = text;
        this.published = published;
    }

    /** One JSON Lines line as a JSON tree; a line that is not exactly one JSON value fails. */
    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not one JSON value: " + line, e);
        }
    }

    /** Every problem of {@code event} as {@link EventJsonWriter} writes it for the contract (code point offsets). */
    List<String> problems(Event event) {
        return problems(parse(EventJsonWriter.toJson(event, CodePoints.offsets(text))));
    }

    /** Every problem of {@code event}, one line each. */
    List<String> problems(JsonNode event) {
        problems.clear();
        label = "event " + event.path("event_id").asText("?") + " (sentence_index " + event.path("sentence_index")
                + ", trigger " + event.path("trigger").path("text") + ")";
        for (String field : TOP_FIELDS) {
            require(event.has(field), "has no field '" + field + "'");
        }
        require(event.path("schema").asText().equals("dyad.event/1"), "schema is " + event.path("schema"));
        require(
                event.path("event_id").isTextual()
                        && !event.path("event_id").asText().isBlank(),
                "event_id is blank");
        require(
                event.path("article_id").asText().equals(articleId),
                "article_id " + event.path("article_id") + " is not " + articleId);
        require(
                event.path("sentence_index").isInt()
                        && event.path("sentence_index").asInt() >= 0,
                "sentence_index " + event.path("sentence_index") + " is not a natural number");
        String sentence = event.path("sentence").asText("");
        require(!sentence.isBlank() && text.contains(sentence), "sentence is not a part of the article text");
        checkSpan(event.path("trigger"), "trigger");
        require(
                sentence.contains(event.path("trigger").path("text").asText("\u0000")),
                "trigger is not in the sentence");
        checkActor(event.path("source"), "source");
        checkActor(event.path("target"), "target");
        require(event.path("source").isObject() || event.path("target").isObject(), "has neither source nor target");
        require(event.path("symmetric").isBoolean(), "symmetric is not a boolean");
        checkCode(event);
        require(
                STATUSES.contains(event.path("status").asText()),
                "status " + event.path("status") + " is not in " + STATUSES);
        require(event.path("negated").isBoolean(), "negated is not a boolean");
        checkAttribution(event.path("attribution"));
        checkWhen(event.path("when"));
        checkWhere(event.path("where"));
        JsonNode confidence = event.path("confidence");
        require(
                confidence.isNumber() && confidence.asDouble() >= 0 && confidence.asDouble() <= 1,
                "confidence " + confidence + " is not a number in 0..1");
        require(event.path("rule").isTextual() && !event.path("rule").asText().isBlank(), "rule is empty");
        return List.copyOf(problems);
    }

    private void checkCode(JsonNode event) {
        String cameo = event.path("cameo").isTextual() ? event.path("cameo").asText() : "";
        // contract.md: "CAMEO event code (3 or 4 digits as a string)".
        require(cameo.matches("\\d{3,4}"), "cameo " + event.path("cameo") + " is not a string of 3 or 4 digits");
        String root = cameo.length() >= 2 ? cameo.substring(0, 2) : "?";
        require(
                event.path("cameo_root").asText().equals(root),
                "cameo_root " + event.path("cameo_root") + " is not the first two digits of " + cameo);
        int expectedQuad = quadClass(root);
        require(
                event.path("quad_class").isInt() && event.path("quad_class").asInt() == expectedQuad,
                "quad_class " + event.path("quad_class") + " is not " + expectedQuad + " for root " + root);
        JsonNode goldstein = event.path("goldstein");
        require(
                goldstein.isNumber() && goldstein.asDouble() >= -10 && goldstein.asDouble() <= 10,
                "goldstein " + goldstein + " is not a number in -10..10");
        JsonNode plover = event.path("plover");
        boolean statement = root.equals("01") || root.equals("02");
        if (statement) {
            require(plover.isNull(), "plover is " + plover + " for root " + root + ", which PLOVER has no type for");
            return;
        }
        require(plover.isObject(), "plover is " + plover + " for root " + root);
        String type = plover.path("type").asText();
        require(PLOVER_TYPES.contains(type), "plover.type " + plover.path("type") + " is not a PLOVER type");
        require(plover.has("mode"), "plover has no field 'mode'");
        JsonNode mode = plover.path("mode");
        require(
                mode.isNull() || PLOVER_MODES.getOrDefault(type, Set.of()).contains(mode.asText()),
                "plover.mode " + mode + " is not a mode of " + type + " " + PLOVER_MODES.get(type));
    }

    /** The quad class of a CAMEO root as contract.md groups them. */
    static int quadClass(String root) {
        int r = root.matches("\\d\\d") ? Integer.parseInt(root) : -1;
        if (r >= 1 && r <= 4) {
            return 1;
        }
        if (r >= 5 && r <= 8) {
            return 2;
        }
        if (r >= 9 && r <= 13) {
            return 3;
        }
        return r >= 14 && r <= 20 ? 4 : -1;
    }

    private void checkActor(JsonNode actor, String role) {
        if (actor.isNull()) {
            return;
        }
        if (!require(actor.isObject(), role + " is neither an object nor null")) {
            return;
        }
        for (String field : ACTOR_FIELDS) {
            require(actor.has(field), role + " has no field '" + field + "'");
        }
        checkSpan(actor, role);
        require(actor.path("name").isTextual() && !actor.path("name").asText().isBlank(), role + ".name is blank");
        require(actor.path("code").isTextual() && !actor.path("code").asText().isBlank(), role + ".code is blank");
        require(
                actor.path("country").isNull() || actor.path("country").asText().matches("[A-Z]{3}"),
                role + ".country " + actor.path("country") + " is not ISO alpha-3 or null");
        require(
                actor.path("agent").isNull() || actor.path("agent").asText().matches("[A-Z]{3}"),
                role + ".agent " + actor.path("agent") + " is not a CAMEO class or null");
        require(
                actor.path("patron").isNull() || actor.path("patron").asText().matches("[A-Z]{3}"),
                role + ".patron " + actor.path("patron") + " is not ISO alpha-3 or null");
        require(
                KINDS.contains(actor.path("kind").asText()),
                role + ".kind " + actor.path("kind") + " is not in " + KINDS);
    }

    /**
     * {@code node} has text, start and end, and the article's text between them is that text.
     * Offsets count Unicode code points, as the project's docs/architecture.md settles the
     * contract's "character offsets" (Python's {@code text[start:end]}).
     */
    private void checkSpan(JsonNode node, String what) {
        JsonNode start = node.path("start");
        JsonNode end = node.path("end");
        if (!require(
                node.path("text").isTextual() && start.isInt() && end.isInt(), what + " lacks text, start or end")) {
            return;
        }
        int s = start.asInt();
        int e = end.asInt();
        if (!require(
                s >= 0 && s < e && e <= text.codePointCount(0, text.length()),
                what + " span " + s + ".." + e + " is outside the article")) {
            return;
        }
        String there = text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
        require(
                there.equals(node.path("text").asText()),
                what + " text \"" + node.path("text").asText() + "\" is not the article's text at code points " + s
                        + ".." + e + ": \"" + there + "\"");
    }

    private void checkAttribution(JsonNode attribution) {
        if (!require(attribution.isArray(), "attribution is not an array")) {
            return;
        }
        for (JsonNode link : attribution) {
            require(
                    link.isObject()
                            && link.path("text").isTextual()
                            && !link.path("text").asText().isBlank()
                            && link.path("kind").isTextual()
                            && link.has("country"),
                    "attribution link " + link + " lacks text, kind or country");
        }
    }

    private void checkWhen(JsonNode when) {
        if (!require(when.isObject(), "when is not an object")) {
            return;
        }
        String basis = when.path("basis").asText();
        require(BASES.contains(basis), "when.basis " + when.path("basis") + " is not in " + BASES);
        Optional<LocalDate> start = date(when.path("start"), "when.start");
        Optional<LocalDate> end = date(when.path("end"), "when.end");
        if (start.isPresent() && end.isPresent()) {
            require(!end.get().isBefore(start.get()), "when ends " + end.get() + " before it starts " + start.get());
        }
        if (basis.equals("article")) {
            require(
                    published.isPresent() && start.equals(published) && end.equals(published),
                    "when.basis is article but the dates " + start + ".." + end + " are not the article's "
                            + published);
        }
        if (basis.equals("unresolved")) {
            require(start.isEmpty(), "when.basis is unresolved but it has a start " + start);
        }
    }

    private Optional<LocalDate> date(JsonNode node, String what) {
        if (node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText()));
        } catch (DateTimeParseException e) {
            require(false, what + " " + node + " is not an ISO date");
            return Optional.empty();
        }
    }

    private void checkWhere(JsonNode where) {
        if (where.isNull()) {
            return;
        }
        if (!require(where.isObject(), "where is neither an object nor null")) {
            return;
        }
        for (String field : WHERE_FIELDS) {
            require(where.has(field), "where has no field '" + field + "'");
        }
        require(
                where.path("text").isTextual()
                        && text.contains(where.path("text").asText()),
                "where.text " + where.path("text") + " is not in the article");
    }

    private boolean require(boolean ok, String problem) {
        if (!ok) {
            problems.add(label + ": " + problem);
        }
        return ok;
    }

    /** PLOVER's modes per type, from the table bundled with the PLOVER mapping (derived from the manual). */
    private static Map<String, Set<String>> ploverModes() {
        String resource = "dyad/dictionaries/plover/plover-modes.tsv";
        Map<String, Set<String>> modes = new HashMap<>();
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.startsWith("type\t") || line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                String list = columns.length > 1 ? columns[1].strip() : "";
                modes.put(columns[0].strip(), list.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(list.split(","))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        if (!modes.keySet().equals(PLOVER_TYPES)) {
            throw new IllegalStateException(
                    resource + " names the types " + modes.keySet() + ", not the contract's 16");
        }
        return modes;
    }
}

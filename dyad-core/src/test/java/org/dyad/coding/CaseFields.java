package org.dyad.coding;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.model.ActorMention;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.Plover;

/**
 * The fields an expectation line of a rule case can name ({@code code=190 target.patron=IRN}),
 * for events, decisions, actor mentions, places and modality readings, and how a wanted value
 * matches: {@code *} stands for any text, {@code -} for an empty value, and a field with
 * several values (evidence, entries) matches when one of them does.
 */
final class CaseFields {
    static final Map<String, Function<Decision, Object>> DECISION =
            Map.of("outcome", d -> d.outcome().name(), "detail", Decision::detail);
    static final Map<String, Function<ActorMention, Object>> MENTION = Map.of(
            "code", m -> m.actor().code(),
            "country", m -> m.actor().country().orElse("-"),
            "agent", m -> m.actor().agent().orElse("-"),
            "patron", m -> m.actor().patron().orElse("-"),
            "text", ActorMention::text,
            "evidence", ActorMention::evidence);
    // After MENTION, whose fields the roles of an event reuse.
    static final Map<String, Function<Event, Object>> EVENT = events();
    static final Map<String, Function<Place, Object>> PLACE = Map.of(
            "text", Place::text,
            "name", Place::name,
            "id", Place::gazetteerId,
            "feature", Place::feature,
            "country", p -> p.country().orElse("-"),
            "admin1", p -> p.admin1().orElse("-"),
            "start", p -> p.chars().map(c -> String.valueOf(c.start())).orElse("-"));
    static final Map<String, Function<Modality.Reading, Object>> MODALITY = Map.of(
            "future", r -> yesNo(r.future()),
            "obligation", r -> yesNo(r.obligation()),
            "possibility", r -> yesNo(r.possibility()),
            "negated", r -> yesNo(r.negated()),
            "conditional", r -> yesNo(r.conditional()));

    private static final Pattern PAIR = Pattern.compile("\\G\\s*([\\w.]+)(!?=)(?:\"([^\"]*)\"|([^\\s\"]+))");

    private CaseFields() {}

    private static Map<String, Function<Event, Object>> events() {
        Map<String, Function<Event, Object>> m = new LinkedHashMap<>(Map.ofEntries(
                entry("sentence", e -> String.valueOf(e.sentenceIndex() + 1)),
                entry("code", e -> e.code().cameo()),
                entry("plover", e -> e.code().plover().map(Plover::type).orElse("-")),
                entry("trigger", e -> e.trigger().text()),
                entry("status", e -> e.status().wireName()),
                entry("negated", e -> yesNo(e.negated())),
                entry("symmetric", e -> yesNo(e.symmetric())),
                entry("rule", Event::rule),
                entry("entry", Event::entries),
                entry("per", e -> chain(e, Attribution::text)),
                entry("per.kind", e -> chain(e, Attribution::kind)),
                entry("per.code", e -> chain(e, a -> a.code().orElse("-")))));
        actor(m, "source", Event::source);
        actor(m, "target", Event::target);
        return Map.copyOf(m);
    }

    /** The role's actor code ({@code -} with no such role) and its parts, which a missing role never matches. */
    private static void actor(
            Map<String, Function<Event, Object>> m, String role, Function<Event, Optional<ActorMention>> get) {
        m.put(role, e -> get.apply(e).map(a -> a.actor().code()).orElse("-"));
        for (var field : MENTION.entrySet()) {
            if (!field.getKey().equals("code")) {
                m.put(
                        role + "." + field.getKey(),
                        e -> get.apply(e).<Object>map(field.getValue()).orElse("(no " + role + ")"));
            }
        }
    }

    private static String chain(Event e, Function<Attribution, String> part) {
        return e.attribution().isEmpty()
                ? "-"
                : e.attribution().stream().map(part).collect(Collectors.joining(">"));
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** One value a line wants a field to have ({@code field=value}), or not to have ({@code field!=value}). */
    record Want(String field, boolean not, String value) {
        @Override
        public String toString() {
            return field + (not ? "!=" : "=") + value;
        }
    }

    /** The {@code field=value} pairs of a line, values quoted when they hold spaces; fields must be known. */
    static List<Want> pairs(String text, Map<String, ?> fields) {
        List<Want> out = new ArrayList<>();
        Matcher m = PAIR.matcher(text);
        int end = 0;
        while (m.find()) {
            String field = m.group(1);
            if (!fields.containsKey(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "' (known: "
                        + fields.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
            out.add(new Want(field, m.group(2).equals("!="), m.group(3) != null ? m.group(3) : m.group(4)));
            end = m.end();
        }
        if (out.isEmpty() || !text.substring(end).isBlank()) {
            throw new IllegalArgumentException("want field=value pairs, got: " + text);
        }
        return List.copyOf(out);
    }

    /**
     * The first wanted value the thing does not have, described, or empty when it has them all. A
     * field of several values has a value when one of them matches, and lacks it when none does.
     */
    static <T> Optional<String> mismatch(
            Map<String, Function<T, Object>> fields, List<Want> wants, T thing, UnaryOperator<String> expand) {
        for (Want w : wants) {
            Object actual = fields.get(w.field()).apply(thing);
            String wanted = expand.apply(w.value());
            boolean has = actual instanceof List<?> values
                    ? values.stream().anyMatch(v -> matches(wanted, String.valueOf(v)))
                    : matches(wanted, String.valueOf(actual));
            if (has == w.not()) {
                return Optional.of(w.field() + " is " + quoted(actual) + ", want " + (w.not() ? "not " : "") + "\""
                        + wanted + "\"");
            }
        }
        return Optional.empty();
    }

    /** Whether the text matches the pattern, in which {@code *} stands for any text. */
    static boolean matches(String pattern, String text) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    private static String quoted(Object actual) {
        if (actual instanceof List<?> values) {
            return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
        }
        return "\"" + actual + "\"";
    }
}

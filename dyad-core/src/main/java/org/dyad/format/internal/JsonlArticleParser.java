package org.dyad.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

/**
 * Turns one JSON Lines line into an article as the contract describes it ({@code text}
 * required; {@code id}, {@code published}, {@code url}, {@code publisher}, {@code title},
 * {@code language} optional; other fields ignored). Problems become diagnostics; a bad
 * {@code published} or optional field costs only that field, not the article.
 */
public final class JsonlArticleParser {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Optional<LocalDate> defaultPublished;

    public JsonlArticleParser(Optional<LocalDate> defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    /** Parses {@code line}, which {@code where} ("name:LINE") names in diagnostics. */
    public ReadResult parse(String line, String where) {
        JsonLine.Parsed parsed = JsonLine.parse(mapper, line);
        if (parsed instanceof JsonLine.Parsed.Invalid invalid) {
            return ReadResult.failed(where, invalid.message());
        }
        JsonNode node = ((JsonLine.Parsed.Value) parsed).node();
        if (!node.isObject()) {
            return ReadResult.failed(where, "not a JSON object but " + describe(node));
        }
        JsonNode text = node.path("text");
        if (text.isMissingNode() || text.isNull()) {
            return ReadResult.failed(where, "\"text\" is missing");
        }
        if (!text.isTextual()) {
            return ReadResult.failed(where, "\"text\" is " + describe(text) + ", not a string");
        }
        if (text.asText().isBlank()) {
            return ReadResult.failed(where, "\"text\" is empty");
        }
        return toArticle(node, text.asText(), where);
    }

    private ReadResult toArticle(JsonNode node, String text, String where) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<String> url = optionalText(node, "url", where, diagnostics);
        Optional<String> publisher = optionalText(node, "publisher", where, diagnostics);
        Optional<String> title = optionalText(node, "title", where, diagnostics);
        Optional<String> language = optionalText(node, "language", where, diagnostics);
        Optional<LocalDate> published = published(node, where, diagnostics).or(() -> defaultPublished);
        String id = id(node, where, diagnostics).orElseGet(() -> ArticleIds.ofText(text));
        Article article = new Article(id, text, published, url, publisher, title, language, where);
        return new ReadResult(List.of(article), diagnostics);
    }

    private static Optional<String> id(JsonNode node, String where, List<Diagnostic> diagnostics) {
        JsonNode id = node.path("id");
        if (id.isTextual() || id.isIntegralNumber()) {
            return Optional.of(id.asText().strip()).filter(s -> !s.isEmpty());
        }
        if (!id.isMissingNode() && !id.isNull()) {
            diagnostics.add(
                    new Diagnostic(where, "\"id\" is " + describe(id) + ", not a string; using a hash of the text"));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> published(JsonNode node, String where, List<Diagnostic> diagnostics) {
        Optional<String> value = optionalText(node, "published", where, diagnostics);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = IsoDates.parse(value.get());
        if (date.isEmpty()) {
            diagnostics.add(new Diagnostic(
                    where,
                    "\"published\" value \"" + value.get() + "\" is not an ISO date or date-time; date dropped"));
        }
        return date;
    }

    private static Optional<String> optionalText(
            JsonNode node, String field, String where, List<Diagnostic> diagnostics) {
        JsonNode value = node.path(field);
        if (value.isTextual()) {
            return Optional.of(value.asText()).filter(s -> !s.isBlank());
        }
        if (!value.isMissingNode() && !value.isNull()) {
            diagnostics.add(
                    new Diagnostic(where, "\"" + field + "\" is " + describe(value) + ", not a string; ignored"));
        }
        return Optional.empty();
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}

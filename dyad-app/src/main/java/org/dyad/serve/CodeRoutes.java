package org.dyad.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dyad.format.EventJsonWriter;
import org.dyad.model.Article;
import org.dyad.model.QualifiedArticle;
import org.dyad.pipeline.LazyPipeline;
import org.dyad.stage.StageContext;

/**
 * {@code POST /api/v1/code} (also {@code /api/code}): codes a pasted article on the fly and
 * answers its events with their evidence; nothing is stored. Bodies over the size limit are
 * refused with 413 before they are read whole; the coding itself waits for the {@link CodingGate}.
 */
final class CodeRoutes {
    private final LazyPipeline pipeline;
    private final CodingGate gate;
    private final long maxBytes;

    CodeRoutes(LazyPipeline pipeline, CodingGate gate, long maxBytes) {
        this.pipeline = pipeline;
        this.gate = gate;
        this.maxBytes = maxBytes;
    }

    void install(Javalin app) {
        app.post("/api/v1/code", this::code);
        app.post("/api/code", this::code);
    }

    private void code(Context ctx) throws IOException, InterruptedException {
        JsonNode body = body(ctx);
        String text = body.path("text").isTextual() ? body.path("text").asText() : "";
        if (text.isBlank()) {
            throw ApiError.badRequest("text: required, the article's text");
        }
        Optional<LocalDate> published = date(body.path("published"));
        Optional<String> title =
                Optional.ofNullable(body.path("title").textValue()).filter(t -> !t.isBlank());
        Article article = new Article(
                id(text), text, published, Optional.empty(), Optional.empty(), title, Optional.empty(), "pasted");
        StageContext context = new StageContext("pasted");
        QualifiedArticle coded = gate.run(() -> pipeline.get().code(article, context));
        List<JsonNode> records = new ArrayList<>();
        for (String line : EventJsonWriter.toJsonLines(coded.events(), text)) {
            records.add(Json.parse(line));
        }
        ObjectNode out = Json.object();
        ObjectNode a = out.putObject("article");
        a.put("article_id", article.id());
        Json.put(a, "title", title.orElse(null));
        Json.put(a, "published", published.map(Object::toString).orElse(null));
        a.put("text", text);
        ArrayNode events = out.putArray("events");
        records.forEach(events::add);
        out.set("marks", EventRoutes.marks(new Evidence(text), records));
        ArrayNode diagnostics = out.putArray("diagnostics");
        context.diagnostics().forEach(d -> diagnostics.add(d.message()));
        Json.send(ctx, out);
    }

    private JsonNode body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw new ApiError(413, "the article is over the limit of " + maxBytes + " bytes");
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            // A chunked body declares no length: read one byte past the limit to know it is over.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw new ApiError(413, "the article is over the limit of " + maxBytes + " bytes");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest(
                        "the body must be a JSON object: {\"text\": \"...\", \"published\": \"YYYY-MM-DD\"}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static Optional<LocalDate> date(JsonNode value) {
        String s = value.asText("");
        if (value.isNull() || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("published: '" + EventRoutes.clip(s) + "' is not a date like 2019-05-13");
        }
    }

    /** A stable id for pasted text, as articles without an id get one: a hash of the text. */
    private static String id(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "pasted-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}

package org.dyad.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.dyad.format.internal.JsonFields;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.UnknownActor;

/**
 * Writes actor mentions as {@code dyad.actor/1} JSON Lines: one compact object per mention with
 * the contract's actor fields ({@code text}, {@code start}, {@code end}, {@code name},
 * {@code code}, {@code country}, {@code agent}, {@code patron}, {@code kind}) after
 * {@code schema}, {@code article_id} and {@code sentence_index} (from 0), then the head token's
 * text and the mention's evidence; offsets are Unicode code points into the article text. Also
 * writes the count of actors no dictionary knows. Empty Optionals are JSON null. Not
 * thread-safe: one writer per output; the caller owns the underlying stream.
 */
public final class ActorJsonWriter implements Flushable {

    public static final String SCHEMA = "dyad.actor/1";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Writer out;

    public ActorJsonWriter(Writer out) {
        this.out = out;
    }

    /** Writes every mention of {@code article}, one line each, in the article's order. */
    public void writeAll(ActorTaggedArticle article) throws IOException {
        IntUnaryOperator offsets = CodePoints.offsets(article.article().text());
        Map<Integer, Sentence> sentences = new HashMap<>();
        article.annotated().sentences().forEach(s -> sentences.put(s.index(), s));
        for (ActorMention m : article.actors()) {
            Sentence s = sentences.get(m.sentenceIndex());
            if (s == null) {
                throw new IllegalArgumentException("mention '" + m.text() + "' is in sentence " + m.sentenceIndex()
                        + ", which article " + article.article().id() + " does not have");
            }
            out.write(toJson(m, article.article().id(), s.token(m.head()).word(), offsets));
            out.write('\n');
        }
    }

    /** Writes one line per actor no dictionary knows: name, count, code, country, agent, kind, example. */
    public void writeUnknown(Iterable<UnknownActor> actors) throws IOException {
        for (UnknownActor a : actors) {
            out.write(json(json -> {
                json.writeStringField("name", a.name());
                json.writeNumberField("count", a.count());
                json.writeStringField("code", a.code());
                JsonFields.string(json, "country", a.country());
                JsonFields.string(json, "agent", a.agent());
                json.writeStringField("kind", a.kind().wireName());
                json.writeStringField("example", a.example());
            }));
            out.write('\n');
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * The {@code dyad.actor/1} JSON of one mention, on one line with no line end: {@code head} is
     * the head token's text, {@code offsets} maps the model's string indexes to code points.
     */
    public static String toJson(ActorMention m, String articleId, String head, IntUnaryOperator offsets) {
        return json(json -> {
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("article_id", articleId);
            json.writeNumberField("sentence_index", m.sentenceIndex());
            json.writeStringField("text", m.text());
            JsonFields.span(json, m.chars(), offsets);
            json.writeStringField("name", m.actor().name());
            json.writeStringField("code", m.actor().code());
            JsonFields.string(json, "country", m.actor().country());
            JsonFields.string(json, "agent", m.actor().agent());
            JsonFields.string(json, "patron", m.actor().patron());
            json.writeStringField("kind", m.actor().kind().wireName());
            json.writeStringField("head", head);
            json.writeArrayFieldStart("evidence");
            for (String e : m.evidence()) {
                json.writeString(e);
            }
            json.writeEndArray();
        });
    }

    /** The fields {@code body} writes, as one JSON object. */
    private static String json(Fields body) {
        StringWriter buffer = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }
}

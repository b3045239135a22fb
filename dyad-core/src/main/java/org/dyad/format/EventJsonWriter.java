package org.dyad.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.dyad.format.internal.JsonFields;
import org.dyad.model.ActorMention;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.Plover;
import org.dyad.model.Provenance;
import org.dyad.model.When;

/**
 * Writes events as {@code dyad.event/1} JSON Lines: one compact JSON object per event, fields
 * in the contract's order, then the added fields {@code cameo_name}, {@code entries} and
 * {@code provenance}; {@code \n} after each. Empty Optionals are written as JSON null.
 * Not thread-safe: one writer per output. The caller owns the underlying stream.
 */
public final class EventJsonWriter implements Flushable {

    public static final String SCHEMA = "dyad.event/1";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Writer out;

    /** A writer to {@code out}; text goes out as the characters are, with no encoding step. */
    public EventJsonWriter(Writer out) {
        this.out = out;
    }

    /** A writer that encodes to UTF-8 on {@code out}. */
    public static EventJsonWriter utf8(OutputStream out) {
        return new EventJsonWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Writes the events of the article whose text is {@code articleText}, with offsets counted
     * in Unicode code points, as the contract's "character offsets" are read by tools in other
     * languages (Python's {@code text[start:end]}). Texts without characters beyond the Basic
     * Multilingual Plane need no change.
     */
    public void writeAll(Iterable<Event> events, String articleText) throws IOException {
        for (String line : toJsonLines(events, articleText)) {
            out.write(line);
            out.write('\n');
        }
    }

    /**
     * The {@code dyad.event/1} JSON of each event of the article whose text is
     * {@code articleText}, one line each, with offsets in code points as {@link #writeAll} writes them.
     */
    public static List<String> toJsonLines(Iterable<Event> events, String articleText) {
        IntUnaryOperator offsets = CodePoints.offsets(articleText);
        List<String> lines = new ArrayList<>();
        for (Event event : events) {
            lines.add(toJson(event, offsets));
        }
        return lines;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * The {@code dyad.event/1} JSON of {@code event}, on one line, with no line end, offsets as
     * Java string indexes: right for texts without characters beyond the Basic Multilingual
     * Plane. Streams written with {@link #writeAll(Iterable, String)} are right for every text.
     */
    public static String toJson(Event event) {
        return toJson(event, IntUnaryOperator.identity());
    }

    /** The JSON of {@code event} with its offsets mapped by {@code offsets}. */
    public static String toJson(Event event, IntUnaryOperator offsets) {
        StringWriter buffer = new StringWriter(1024);
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            writeEvent(json, event, offsets);
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }

    private static void writeEvent(JsonGenerator json, Event event, IntUnaryOperator offsets) throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeStringField("event_id", event.eventId());
        json.writeStringField("article_id", event.articleId());
        json.writeNumberField("sentence_index", event.sentenceIndex());
        json.writeStringField("sentence", event.sentence());
        json.writeObjectFieldStart("trigger");
        json.writeStringField("text", event.trigger().text());
        JsonFields.span(json, event.trigger().span(), offsets);
        json.writeEndObject();
        writeActor(json, "source", event.source(), offsets);
        writeActor(json, "target", event.target(), offsets);
        json.writeBooleanField("symmetric", event.symmetric());
        writeCode(json, event);
        json.writeStringField("status", event.status().wireName());
        json.writeBooleanField("negated", event.negated());
        writeAttribution(json, event);
        writeWhen(json, event.when());
        writeWhere(json, event.where());
        JsonFields.number(json, "confidence", event.confidence());
        json.writeStringField("rule", event.rule());
        writeEntries(json, event);
        writeProvenance(json, event.provenance());
        json.writeEndObject();
    }

    private static void writeActor(
            JsonGenerator json, String field, Optional<ActorMention> mention, IntUnaryOperator offsets)
            throws IOException {
        if (mention.isEmpty()) {
            json.writeNullField(field);
            return;
        }
        ActorMention m = mention.get();
        json.writeObjectFieldStart(field);
        json.writeStringField("text", m.text());
        JsonFields.span(json, m.chars(), offsets);
        json.writeStringField("name", m.actor().name());
        json.writeStringField("code", m.actor().code());
        JsonFields.string(json, "country", m.actor().country());
        JsonFields.string(json, "agent", m.actor().agent());
        JsonFields.string(json, "patron", m.actor().patron());
        json.writeStringField("kind", m.actor().kind().wireName());
        json.writeEndObject();
    }

    private static void writeCode(JsonGenerator json, Event event) throws IOException {
        json.writeStringField("cameo", event.code().cameo());
        json.writeStringField("cameo_root", event.code().root());
        json.writeStringField("cameo_name", event.code().name());
        json.writeNumberField("quad_class", event.code().quadClass());
        JsonFields.number(json, "goldstein", event.code().goldstein());
        Optional<Plover> plover = event.code().plover();
        if (plover.isEmpty()) {
            json.writeNullField("plover");
            return;
        }
        json.writeObjectFieldStart("plover");
        json.writeStringField("type", plover.get().type());
        JsonFields.string(json, "mode", plover.get().mode());
        json.writeEndObject();
    }

    private static void writeAttribution(JsonGenerator json, Event event) throws IOException {
        json.writeArrayFieldStart("attribution");
        for (Attribution link : event.attribution()) {
            json.writeStartObject();
            json.writeStringField("text", link.text());
            json.writeStringField("kind", link.kind());
            JsonFields.string(json, "code", link.code());
            JsonFields.string(json, "country", link.country());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeWhen(JsonGenerator json, When when) throws IOException {
        json.writeObjectFieldStart("when");
        JsonFields.string(json, "text", when.text());
        JsonFields.date(json, "start", when.start());
        JsonFields.date(json, "end", when.end());
        json.writeStringField("granularity", when.granularity());
        json.writeStringField("basis", when.basis().name().toLowerCase(java.util.Locale.ROOT));
        json.writeEndObject();
    }

    private static void writeWhere(JsonGenerator json, Optional<Place> where) throws IOException {
        if (where.isEmpty()) {
            json.writeNullField("where");
            return;
        }
        Place place = where.get();
        json.writeObjectFieldStart("where");
        json.writeStringField("text", place.text());
        json.writeStringField("name", place.name());
        JsonFields.string(json, "country", place.country());
        JsonFields.string(json, "admin1", place.admin1());
        JsonFields.number(json, "lat", place.lat());
        JsonFields.number(json, "lon", place.lon());
        json.writeStringField("feature", place.feature());
        json.writeStringField("gazetteer_id", place.gazetteerId());
        json.writeEndObject();
    }

    private static void writeEntries(JsonGenerator json, Event event) throws IOException {
        json.writeArrayFieldStart("entries");
        for (String entry : event.entries()) {
            json.writeString(entry);
        }
        json.writeEndArray();
    }

    private static void writeProvenance(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeObjectFieldStart("provenance");
        json.writeStringField("dyad", provenance.dyadVersion());
        json.writeStringField("nlp", provenance.nlp());
        json.writeObjectFieldStart("dictionaries");
        // Sorted, so that the same provenance always gives the same bytes.
        for (Map.Entry<String, String> entry : new TreeMap<>(provenance.dictionaries()).entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        if (provenance.language().isPresent()) {
            json.writeObjectFieldStart("language");
            json.writeStringField("code", provenance.language().get().code());
            json.writeStringField("from", provenance.language().get().basis().label());
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}

package org.dyad.eval.places;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The report for machines, one JSON object: {@code records}, {@code scored}, {@code right},
 * {@code accuracy}, {@code counts} (outcome to records), {@code summary}, and {@code results}
 * (each record's id, outcome, and dyad's place text and name or null).
 */
public final class PlaceReportJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PlaceReportJson() {}

    public static String toJson(PlaceReport report) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeNumberField("records", report.records());
            json.writeNumberField("scored", report.scored());
            json.writeNumberField("right", report.right());
            json.writeNumberField("accuracy", Math.round(report.accuracy() * 1000) / 1000.0);
            json.writeNumberField("no_event", report.count(PlaceOutcome.NO_EVENT));
            json.writeObjectFieldStart("counts");
            for (Map.Entry<PlaceOutcome, Integer> e : report.counts().entrySet()) {
                json.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
            }
            json.writeEndObject();
            json.writeStringField("summary", report.summaryLine());
            json.writeArrayFieldStart("results");
            for (PlaceReport.Result r : report.results()) {
                json.writeStartObject();
                json.writeStringField("id", r.gold().id());
                json.writeStringField("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
                if (r.place().isPresent()) {
                    json.writeStringField("where", r.place().get().text());
                    json.writeStringField("name", r.place().get().name());
                } else {
                    json.writeNullField("where");
                    json.writeNullField("name");
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e); // a StringWriter does not fail
        }
        return buffer.toString();
    }
}

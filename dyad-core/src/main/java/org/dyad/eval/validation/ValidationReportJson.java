package org.dyad.eval.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.dyad.eval.GoldReportJson;
import org.dyad.eval.MissReport;
import org.dyad.model.Event;

/**
 * Writes a {@link ValidationReport} as one JSON object on one line: the totals ({@code records},
 * {@code expected}, {@code reproduced}, {@code lenient}, {@code event_code_alone}, {@code no_event_records},
 * {@code no_event_right}, {@code events}), {@code summary} (the summary line), {@code not_evaluated},
 * {@code error_records}, {@code categories} (the same counts per category, in file order),
 * {@code petrarch} (UniversalPetrarch's own count: {@code rules}, {@code records}, {@code correct},
 * {@code uncoded}, {@code extra}, {@code null}, {@code summary}) and {@code misses} (the first
 * records not reproduced, explained).
 */
public final class ValidationReportJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ValidationReportJson() {}

    public static String toJson(ValidationReport report) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            writeTally(json, report.total());
            json.writeStringField("summary", report.line());
            json.writeNumberField("not_evaluated", report.notEvaluated());
            json.writeArrayFieldStart("error_records");
            for (ValidationRecord r : report.errorRecords()) {
                json.writeString(r.id());
            }
            json.writeEndArray();
            json.writeObjectFieldStart("categories");
            for (ValidationReport.Tally t : report.categories()) {
                json.writeObjectFieldStart(t.category());
                writeTally(json, t);
                json.writeEndObject();
            }
            json.writeEndObject();
            PetrarchCount.Counts up = report.petrarch();
            json.writeObjectFieldStart("petrarch");
            json.writeStringField("rules", report.rules().language());
            json.writeNumberField("records", up.records());
            json.writeNumberField("correct", up.correct());
            json.writeNumberField("uncoded", up.uncoded());
            json.writeNumberField("extra", up.extra());
            json.writeNumberField("null", up.nulls());
            json.writeStringField("summary", up.line(report.rules()));
            json.writeEndObject();
            json.writeNumberField("missed_records", report.missedRecords());
            json.writeArrayFieldStart("misses");
            for (ValidationReport.RecordMiss m : report.misses()) {
                writeMiss(json, m);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e); // a StringWriter does not fail
        }
        return buffer.toString();
    }

    private static void writeTally(JsonGenerator json, ValidationReport.Tally t) throws IOException {
        json.writeNumberField("records", t.records());
        json.writeNumberField("expected", t.expected());
        json.writeNumberField("reproduced", t.strict());
        json.writeNumberField("lenient", t.lenient());
        json.writeNumberField("event_code_alone", t.eventCode());
        json.writeNumberField("no_event_records", t.noEventRecords());
        json.writeNumberField("no_event_right", t.noEventRight());
        json.writeNumberField("events", t.events());
    }

    private static void writeMiss(JsonGenerator json, ValidationReport.RecordMiss m) throws IOException {
        ValidationRecord r = m.result().record();
        json.writeStartObject();
        json.writeStringField("id", r.id());
        json.writeStringField("category", r.category());
        json.writeNumberField("line", r.line());
        json.writeStringField("text", r.text());
        json.writeArrayFieldStart("expected");
        for (ValidationRecord.ExpectedCoding c : r.codings()) {
            json.writeStartObject();
            json.writeStringField("eventcode", c.event());
            if (c.plover().isPresent()) {
                json.writeStringField("plover", c.plover().get());
            }
            json.writeStringField("sourcecode", c.source());
            json.writeStringField("targetcode", c.target());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (Event e : m.result().events()) {
            GoldReportJson.writeEvent(json, e);
        }
        json.writeEndArray();
        json.writeNumberField("reproduced", m.result().strict());
        json.writeNumberField("lenient", m.result().lenient());
        json.writeArrayFieldStart("sentences");
        for (MissReport.SentenceReasons s : m.sentences()) {
            GoldReportJson.writeSentence(json, s);
        }
        json.writeEndArray();
        json.writeStringField("note", m.note().orElse(null));
        json.writeEndObject();
    }
}

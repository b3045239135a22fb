package org.dyad.format.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.Span;

/**
 * Small writing helpers for the contract's JSON: the model's empty Optionals become JSON
 * {@code null}, dates ISO strings, spans {@code start}/{@code end} integers.
 */
public final class JsonFields {

    private JsonFields() {}

    public static void string(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    public static void date(JsonGenerator json, String field, Optional<LocalDate> value) throws IOException {
        string(json, field, value.map(LocalDate::toString));
    }

    /** Writes a number, or null for NaN and infinities, which JSON cannot carry. */
    public static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }

    public static void span(JsonGenerator json, Span span) throws IOException {
        span(json, span, java.util.function.IntUnaryOperator.identity());
    }

    /** Writes a span with its offsets mapped, e.g. from Java string indexes to code points. */
    public static void span(JsonGenerator json, Span span, java.util.function.IntUnaryOperator offsets)
            throws IOException {
        json.writeNumberField("start", offsets.applyAsInt(span.start()));
        json.writeNumberField("end", offsets.applyAsInt(span.end()));
    }
}

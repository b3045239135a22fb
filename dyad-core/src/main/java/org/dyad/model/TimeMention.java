package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression the NLP layer found in a sentence: its tokens [start, end) within the
 * sentence, its text, and the TIMEX3 reading of it: {@code value} as the tagger gives it
 * ("2019-05-06", "2018-02", "PAST_REF", "P1W"; empty when the tagger could only give a function
 * of a document date it did not have, e.g. "one week ago" without a published date), the
 * {@code type} (DATE, TIME, DURATION, SET), and for ranges the begin and end it gives.
 */
public record TimeMention(
        int start,
        int end,
        String text,
        Optional<String> value,
        String type,
        Optional<String> rangeBegin,
        Optional<String> rangeEnd) {

    public TimeMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("time mention tokens [" + start + ", " + end + ") are not a span");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rangeBegin, "rangeBegin");
        Objects.requireNonNull(rangeEnd, "rangeEnd");
    }

    /** A mention with a value and no range. */
    public static TimeMention of(int start, int end, String text, String value, String type) {
        return new TimeMention(start, end, text, Optional.ofNullable(value), type, Optional.empty(), Optional.empty());
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }

    public TimeMention withValue(String newValue, String newType) {
        return new TimeMention(start, end, text, Optional.of(newValue), newType, rangeBegin, rangeEnd);
    }
}

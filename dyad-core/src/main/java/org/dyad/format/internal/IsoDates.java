package org.dyad.format.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the date part of an ISO 8601 date or date-time ("2019-05-13", "2019-05-13T08:30:00Z",
 * "2019-05-13T08:30:00+03:00", "2019-05-13T08:30"). The date is the one written, not converted
 * to UTC: a story dated late evening in Damascus stays on its local day.
 */
public final class IsoDates {

    private static final List<Function<String, LocalDate>> PARSERS = List.of(
            LocalDate::parse,
            s -> OffsetDateTime.parse(s).toLocalDate(),
            s -> ZonedDateTime.parse(s).toLocalDate(),
            s -> LocalDateTime.parse(s).toLocalDate());

    private static final int DATE_LENGTH = "2019-05-13".length();

    private IsoDates() {}

    public static Optional<LocalDate> parse(String value) {
        String trimmed = value.strip();
        if (trimmed.length() > DATE_LENGTH && trimmed.charAt(DATE_LENGTH) == ' ') {
            // RFC 3339 allows a space for the "T", and feeds use it: "2025-03-14 20:30:26Z".
            trimmed = trimmed.substring(0, DATE_LENGTH) + 'T' + trimmed.substring(DATE_LENGTH + 1);
        }
        for (Function<String, LocalDate> parser : PARSERS) {
            try {
                return Optional.of(parser.apply(trimmed));
            } catch (DateTimeParseException e) {
                // Not this shape; try the next one.
            }
        }
        return Optional.empty();
    }
}

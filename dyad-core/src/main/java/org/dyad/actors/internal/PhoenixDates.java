package org.dyad.actors.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Parses the dates of Phoenix date restrictions: YYYYMMDD, or YYMMDD with YY >= 30 in the 1900s. */
public final class PhoenixDates {
    // TABARI-era files wrote two-digit years; the earliest events they code are from the 1930s.
    private static final int PIVOT = 30;

    private PhoenixDates() {}

    public static LocalDate parse(String text) {
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new MalformedLineException("date '" + text + "' is not all digits");
        }
        int year;
        int rest;
        if (text.length() == 8) {
            year = Integer.parseInt(text.substring(0, 4));
            rest = 4;
        } else if (text.length() == 6) {
            int yy = Integer.parseInt(text.substring(0, 2));
            year = yy >= PIVOT ? 1900 + yy : 2000 + yy;
            rest = 2;
        } else {
            throw new MalformedLineException(
                    "date '" + text + "' has " + text.length() + " digits, not YYMMDD or YYYYMMDD");
        }
        int month = Integer.parseInt(text.substring(rest, rest + 2));
        int day = Integer.parseInt(text.substring(rest + 2, rest + 4));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new MalformedLineException("date '" + text + "' is not a calendar date");
        }
    }
}

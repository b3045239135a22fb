package org.dyad.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TIMEX3 {@code value} strings SUTime writes: calendar values ("2019-05-06",
 * "2019-W19", "2018-03", "2018-Q1", "2018-SU", "2018", "199X") as day ranges, and durations
 * ("P1W", "PXY", "PT48H") as an amount of a unit. A value with unknown parts ("XXXX-02", what
 * SUTime gives without a document date) is no range.
 */
public final class TimexValues {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE|-(\\d))?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern DURATION = Pattern.compile("PT?(\\d+(?:\\.\\d+)?|X)([YMWDHS]|DE|CE)");

    /** A duration: {@code amount} units, the amount empty where the text gives none ("few weeks"). */
    public record Duration(Optional<Double> amount, String unit, double unitDays) {
        /** Its length in days, reading an unstated amount as three ("few", "several"). */
        public long days(double unstated) {
            return Math.max(1, Math.round(amount.orElse(unstated) * unitDays));
        }

        /**
         * The day this duration away from {@code day}, {@code sign} -1 back and 1 ahead, counted in
         * calendar months and years where it is whole ones ("the past six months" from March 14 is
         * from September 14), else in days.
         */
        public LocalDate from(LocalDate day, int sign, double unstated) {
            double n = amount.orElse(unstated);
            boolean whole = n == Math.rint(n);
            if (whole && unit.equals("year")) {
                return day.plusYears(sign * (long) n * Math.round(unitDays / 365));
            }
            if (whole && unit.equals("month")) {
                return day.plusMonths(sign * (long) n);
            }
            return day.plusDays(sign * days(unstated));
        }
    }

    private TimexValues() {}

    public static Optional<DateRange> range(String value) {
        try {
            return read(value);
        } catch (DateTimeException e) {
            return Optional.empty(); // "2019-02-30": no such day, so no range
        }
    }

    private static Optional<DateRange> read(String value) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            return Optional.of(DateRange.day(date(m.group(1), m.group(2), m.group(3))));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (m.group(4) != null) {
                return Optional.of(DateRange.day(monday.plusDays(Integer.parseInt(m.group(4)) - 1L)));
            }
            if (m.group(3) != null) {
                return Optional.of(new DateRange(monday.plusDays(5), monday.plusDays(6), "week"));
            }
            return Optional.of(new DateRange(monday, monday.plusDays(6), "week"));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate first = date(m.group(1), m.group(2), "01");
            return Optional.of(new DateRange(first, first.with(TemporalAdjusters.lastDayOfMonth()), "month"));
        }
        if ((m = PART.matcher(value)).matches()) {
            return Optional.of(part(Integer.parseInt(m.group(1)), m.group(2)));
        }
        if ((m = YEAR.matcher(value)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year"));
        }
        if ((m = DECADE.matcher(value)).matches()) {
            int y = Integer.parseInt(m.group(1)) * 10;
            return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), "decade"));
        }
        if ((m = CENTURY.matcher(value)).matches()) {
            int y = Integer.parseInt(m.group(1)) * 100;
            return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31), "century"));
        }
        return Optional.empty();
    }

    public static Optional<Duration> duration(String value) {
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Double> amount =
                m.group(1).equals("X") ? Optional.empty() : Optional.of(Double.parseDouble(m.group(1)));
        boolean time = value.startsWith("PT");
        return Optional.of(
                switch (m.group(2)) {
                    case "Y" -> new Duration(amount, "year", 365);
                    case "DE" -> new Duration(amount, "year", 3650);
                    case "CE" -> new Duration(amount, "year", 36500);
                    case "M" -> time ? new Duration(amount, "day", 1.0 / 1440) : new Duration(amount, "month", 30);
                    case "W" -> new Duration(amount, "week", 7);
                    case "D" -> new Duration(amount, "day", 1);
                    case "H" -> new Duration(amount, "day", 1.0 / 24);
                    default -> new Duration(amount, "day", 1.0 / 86400);
                });
    }

    private static DateRange part(int year, String part) {
        return switch (part) {
            case "Q1", "Q2", "Q3", "Q4" -> months(year, (part.charAt(1) - '1') * 3 + 1, 3, "quarter");
            case "H1", "H2" -> months(year, (part.charAt(1) - '1') * 6 + 1, 6, "half");
            case "SP" -> months(year, 3, 3, "season");
            case "SU" -> months(year, 6, 3, "season");
            case "FA" -> months(year, 9, 3, "season");
            default -> months(year, 12, 3, "season"); // winter runs into the next year
        };
    }

    private static DateRange months(int year, int firstMonth, int count, String granularity) {
        LocalDate first = LocalDate.of(year, firstMonth, 1);
        return new DateRange(first, first.plusMonths(count).minusDays(1), granularity);
    }

    private static LocalDate date(String y, String m, String d) {
        return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }
}

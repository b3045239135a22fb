package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.model.TimeMention;
import org.dyad.model.When;
import org.dyad.model.When.Basis;

/**
 * Turns a time mention (as {@link TimeFixes} left it) into a {@link When}: a date range in the
 * unit the text used, and its basis: explicit where the text writes the year, relative where
 * the published date supplied it, unresolved where there is no published date to count from or
 * the expression is too vague to date ("in the past", "two days later"). Empty for expressions
 * that are not a time of an event: plain durations and sets ("for three days", "every week").
 */
public final class TimeResolver {
    /** How many units "few" or "several" is taken to be ("the past few weeks"). */
    private static final double UNSTATED_AMOUNT = 3;

    private final TimeWords words;

    public TimeResolver(TimeWords words) {
        this.words = words;
    }

    /**
     * The date of {@code m} in {@code s}; {@code yearWritten} says whether the text writes its
     * year (see {@link TimeFixes}), {@code direction} which way the verb it modifies points.
     */
    public Optional<When> resolve(
            Sentence s, TimeMention m, boolean yearWritten, Optional<LocalDate> published, Direction direction) {
        Reading r = new Reading(s, m);
        if (m.type().equals("SET")) {
            return Optional.empty();
        }
        if (r.words.stream().anyMatch(words::anchored)) {
            return Optional.of(current(r, m, published)
                    .orElseGet(() ->
                            unresolved(r, r.unit().map(TimeWords.Unit::name).orElse("day"))));
        }
        if (m.type().equals("DURATION")) {
            return span(r, m.value().flatMap(TimexValues::duration), published);
        }
        if (m.value().isEmpty()) {
            return Optional.of(unresolved(r, "none"));
        }
        String value = m.value().get();
        switch (value) {
            case "PRESENT_REF":
                return Optional.of(published
                        .map(p -> when(r, DateRange.day(p), Basis.RELATIVE))
                        .orElseGet(() -> unresolved(r, "day")));
            case "FUTURE_REF":
                return Optional.of(unresolved(r, "future"));
            case "PAST_REF":
                Optional<Integer> recent = r.words.stream()
                        .map(words::recentDays)
                        .flatMap(Optional::stream)
                        .findFirst();
                if (recent.isPresent() && published.isPresent()) {
                    LocalDate p = published.get();
                    return Optional.of(when(r, new DateRange(p.minusDays(recent.get()), p, "month"), Basis.RELATIVE));
                }
                return Optional.of(unresolved(r, "past"));
            default:
                break;
        }
        if (r.words.stream().anyMatch(words::back) && r.unit().isPresent() && published.isPresent()) {
            // "the past month": SUTime gives the calendar month of publication, the text means the month up to it
            TimeWords.Unit u = r.unit().get();
            LocalDate p = published.get();
            return Optional.of(when(r, new DateRange(CalendarUnits.back(p, u), p, u.name()), Basis.RELATIVE));
        }
        Optional<DateRange> range = TimexValues.range(value);
        if (range.isEmpty()) {
            return Optional.of(unresolved(r, "none"));
        }
        boolean written = yearWritten;
        if (!written && published.isEmpty()) {
            return Optional.of(unresolved(r, range.get().granularity()));
        }
        DateRange d = calendar(r, range.get(), written, published, direction);
        return Optional.of(when(r, d, written ? Basis.EXPLICIT : Basis.RELATIVE));
    }

    /** The corrections and refinements of a calendar value: which weekday, which year, which part, how vague. */
    private DateRange calendar(
            Reading r, DateRange d, boolean written, Optional<LocalDate> published, Direction direction) {
        Optional<DayOfWeek> weekday = r.weekday();
        boolean counted = r.words.stream().anyMatch(w -> words.previous(w) || words.ahead(w)); // "last Thursday"
        if (published.isPresent()
                && weekday.isPresent()
                && !counted
                && d.days() == 1
                && direction != Direction.UNKNOWN) {
            // SUTime takes a bare "Thursday" in the document's week, after a Monday publication too
            LocalDate p = published.get();
            d = DateRange.day(p.with(
                    direction == Direction.PAST
                            ? TemporalAdjusters.previousOrSame(weekday.get())
                            : TemporalAdjusters.nextOrSame(weekday.get())));
        } else if (published.isPresent()
                && !written
                && r.namesMonth()
                && (d.granularity().equals("day") || d.granularity().equals("month"))) {
            // only a month name takes its year from SUTime's guess; "30 years ago" and "next month" are counted
            LocalDate p = published.get();
            if (direction == Direction.PAST && d.start().isAfter(p)) {
                d = d.plusYears(-1); // "fighting broke out on December 28", published in January
            } else if (direction == Direction.FUTURE && d.end().isBefore(p)) {
                d = d.plusYears(1);
            }
        }
        Optional<TimeWords.Unit> unit = r.unit();
        if (r.words.stream().anyMatch(words::ago) && unit.isPresent() && published.isPresent()) {
            d = CalendarUnits.ago(d, unit.get(), published.get());
        }
        Optional<Integer> part =
                r.words.stream().map(words::part).flatMap(Optional::stream).findFirst();
        if (part.isPresent() && d.days() >= 28) {
            d = d.third(part.get());
        }
        if (r.approximate && d.days() == 1) {
            d = new DateRange(d.start().minusDays(1), d.end().plusDays(1), "day");
        }
        if (r.toNow && published.isPresent() && !d.start().isAfter(published.get())) {
            d = new DateRange(d.start(), published.get(), d.granularity()); // "since 2009", "so far this year"
        }
        return d;
    }

    /**
     * "earlier this month", "later this year": the part of the current unit before or after
     * publication; empty where the mention is not the unit publication falls in ("two days later").
     */
    private Optional<When> current(Reading r, TimeMention m, Optional<LocalDate> published) {
        Optional<String> side = r.words.stream()
                .map(words::anchoredSide)
                .flatMap(Optional::stream)
                .findFirst();
        Optional<DateRange> range = m.value().flatMap(TimexValues::range);
        if (published.isEmpty()
                || side.isEmpty()
                || range.isEmpty()
                || range.get().days() == 1) {
            return Optional.empty();
        }
        LocalDate p = published.get();
        DateRange d = range.get();
        if (p.isBefore(d.start()) || p.isAfter(d.end())) {
            return Optional.empty();
        }
        DateRange part = side.get().equals("before")
                ? new DateRange(d.start(), p, d.granularity())
                : new DateRange(p, d.end(), d.granularity());
        return Optional.of(when(r, part, Basis.RELATIVE));
    }

    /** A duration is a time of an event only where it reaches back from, or ahead of, publication. */
    private Optional<When> span(Reading r, Optional<TimexValues.Duration> duration, Optional<LocalDate> published) {
        boolean back = r.words.stream().anyMatch(w -> words.back(w) || words.previous(w));
        boolean ahead = r.words.stream().anyMatch(words::ahead);
        if (duration.isEmpty() || !(back || ahead)) {
            return Optional.empty();
        }
        if (published.isEmpty()) {
            return Optional.of(unresolved(r, duration.get().unit()));
        }
        LocalDate p = published.get();
        TimexValues.Duration length = duration.get();
        DateRange d = back
                ? new DateRange(length.from(p, -1, UNSTATED_AMOUNT), p, length.unit())
                : new DateRange(p, length.from(p, 1, UNSTATED_AMOUNT), length.unit());
        return Optional.of(when(r, d, Basis.RELATIVE));
    }

    private static When when(Reading r, DateRange d, Basis basis) {
        return new When(Optional.of(r.text), Optional.of(d.start()), Optional.of(d.end()), d.granularity(), basis);
    }

    private static When unresolved(Reading r, String granularity) {
        return new When(Optional.of(r.text), Optional.empty(), Optional.empty(), granularity, Basis.UNRESOLVED);
    }

    /** The words of a mention, lower case, and its text with an approximator before it ("Around one week ago"). */
    private final class Reading {
        final List<String> words = new ArrayList<>();
        final String text;
        final boolean approximate;
        final boolean toNow;

        Reading(Sentence s, TimeMention m) {
            for (int t = m.start(); t < m.end(); t++) {
                words.add(s.token(t).word().toLowerCase(Locale.ROOT));
            }
            String before = m.start() > 0 ? s.token(m.start() - 1).word().toLowerCase(Locale.ROOT) : "";
            approximate = TimeResolver.this.words.approximator(before);
            toNow = TimeResolver.this.words.toNow(before);
            int from = approximate
                    ? s.token(m.start() - 1).span().start()
                    : s.token(m.start()).span().start();
            int base = s.span().start();
            text = s.text().substring(from - base, s.token(m.end() - 1).span().end() - base);
        }

        Optional<TimeWords.Unit> unit() {
            return words.stream()
                    .map(TimeResolver.this.words::unit)
                    .flatMap(Optional::stream)
                    .findFirst();
        }

        /** The weekday a mention names, unless it also names a month or a number ("Thursday, May 9"). */
        Optional<DayOfWeek> weekday() {
            Optional<DayOfWeek> day = Optional.empty();
            for (String w : words) {
                if (w.matches(".*\\d.*") || TimeResolver.this.words.month(w)) {
                    return Optional.empty();
                }
                Optional<DayOfWeek> named = TimeResolver.this.words.weekday(w);
                if (named.isPresent()) {
                    day = named;
                }
            }
            return day;
        }

        boolean namesMonth() {
            return words.stream().anyMatch(TimeResolver.this.words::month);
        }
    }
}

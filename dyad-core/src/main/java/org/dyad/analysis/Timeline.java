package org.dyad.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.dyad.analysis.internal.Tally;

/**
 * The events of one dyad period by period: counts by quad class and mean Goldstein weight.
 * Every period from the first with an event to the last with one is present, empty ones as
 * zeros, so a chart drawn from the rows has no gaps in its time axis.
 */
public record Timeline(Dyad dyad, Period period, List<TimelineRow> rows) {

    public Timeline {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(period, "period");
        rows = List.copyOf(rows);
    }

    /** The timeline of {@code dyad} over {@code events}; events of other dyads are ignored. */
    public static Timeline of(Collection<DyadEvent> events, Dyad dyad, Period period) {
        TreeMap<LocalDate, Tally> byStart = new TreeMap<>();
        for (DyadEvent event : events) {
            if (dyad.contains(event)) {
                byStart.computeIfAbsent(period.start(event.date()), d -> new Tally())
                        .add(event);
            }
        }
        List<TimelineRow> rows = new ArrayList<>();
        if (!byStart.isEmpty()) {
            for (LocalDate d = byStart.firstKey(); !d.isAfter(byStart.lastKey()); d = period.next(d)) {
                Tally tally = byStart.getOrDefault(d, new Tally());
                rows.add(new TimelineRow(d, period.label(d), tally.counts(), tally.meanGoldstein()));
            }
        }
        return new Timeline(dyad, period, rows);
    }

    /**
     * This timeline over at least the periods from {@code first}'s to {@code last}'s, the periods
     * it lacks added empty; none of its rows is dropped. Several sources' timelines of one dyad
     * widened to the same days share their periods, row for row.
     */
    public Timeline widened(LocalDate first, LocalDate last) {
        LocalDate from = period.start(first);
        LocalDate to = period.start(last);
        if (!rows.isEmpty()) {
            from = rows.get(0).start().isBefore(from) ? rows.get(0).start() : from;
            LocalDate own = rows.get(rows.size() - 1).start();
            to = own.isAfter(to) ? own : to;
        }
        TreeMap<LocalDate, TimelineRow> byStart = new TreeMap<>();
        rows.forEach(r -> byStart.put(r.start(), r));
        List<TimelineRow> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = period.next(d)) {
            out.add(byStart.getOrDefault(
                    d, new TimelineRow(d, period.label(d), QuadCounts.NONE, java.util.OptionalDouble.empty())));
        }
        return new Timeline(dyad, period, out);
    }

    /** The number of events over all periods. */
    public int total() {
        return rows.stream().mapToInt(TimelineRow::total).sum();
    }
}

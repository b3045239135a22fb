package org.dyad.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where a set of events is in time, leaving out isolated outliers: one event dated to a
 * background reference years before the rest would otherwise stretch a chart over empty years.
 *
 * <p>The rule: sort the dates and cut them into runs of activity, a new run wherever more than
 * {@code gapDays} days pass without an event. Then, while more than one run is left, drop the
 * smaller of the two end runs (the earlier one on a tie, since stray dates are most often
 * background references to the past) as long as what is left still holds at least
 * {@code percent} % of the events. The span runs from the first date of the first run left to the
 * last date of the last run left. A dyad with few events keeps everything, since one event is
 * then more than the share allowed to go.
 */
public record ActiveSpan(LocalDate from, LocalDate to, int events, int total) {
    /** More days than this without an event end a run of activity. */
    public static final int GAP_DAYS = 60;
    /** The least share of the events, in percent, the span keeps. */
    public static final int PERCENT = 98;

    public ActiveSpan {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("span ends " + to + " before it starts " + from);
        }
        if (events < 1 || events > total) {
            throw new IllegalArgumentException("span holds " + events + " of " + total + " events");
        }
    }

    /** The span of {@code dates} by the rule above with {@link #GAP_DAYS} and {@link #PERCENT}. */
    public static Optional<ActiveSpan> of(Collection<LocalDate> dates) {
        return of(dates, GAP_DAYS, PERCENT);
    }

    /** The span of {@code dates} (one per event); empty when there are none. */
    public static Optional<ActiveSpan> of(Collection<LocalDate> dates, int gapDays, int percent) {
        if (gapDays < 0 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("gap " + gapDays + " days or share " + percent + " % out of range");
        }
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> sorted = dates.stream().sorted().toList();
        // Each run as the index of its first date; the next run's first index ends it.
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || ChronoUnit.DAYS.between(sorted.get(i - 1), sorted.get(i)) > gapDays) {
                starts.add(i);
            }
        }
        starts.add(sorted.size());
        int total = sorted.size();
        int first = 0;
        int last = starts.size() - 2;
        int kept = total;
        while (first < last) {
            int head = starts.get(first + 1) - starts.get(first);
            int tail = starts.get(last + 1) - starts.get(last);
            int drop = Math.min(head, tail);
            if ((long) (kept - drop) * 100 < (long) percent * total) {
                break;
            }
            kept -= drop;
            if (head <= tail) {
                first++;
            } else {
                last--;
            }
        }
        return Optional.of(
                new ActiveSpan(sorted.get(starts.get(first)), sorted.get(starts.get(last + 1) - 1), kept, total));
    }

    /** Whether the span leaves any event out. */
    public boolean trimmed() {
        return events < total;
    }
}

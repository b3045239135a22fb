package org.dyad.eval;

import java.util.List;
import java.util.Objects;

/** What {@code dyad eval} reports on a gold file: the score, the PLOVER confusion table and the first misses explained. */
public record GoldReport(Score score, Confusion confusion, List<MissReport> misses) {
    public GoldReport {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(confusion, "confusion");
        misses = List.copyOf(misses);
    }
}

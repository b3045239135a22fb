package org.dyad.eval;

import java.util.List;
import java.util.Objects;

/** What {@code dyad eval} reports on a gold file: the score, the PLOVER confusion table, the first misses explained, and
 * what follows from the score: the unmatched events by rule and precision by confidence. */
public record GoldReport(Score score, Confusion confusion, List<MissReport> misses) {
    public GoldReport {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(confusion, "confusion");
        misses = List.copyOf(misses);
    }

    /** The coded events no gold event took, grouped by trigger lemma and rule. */
    public FalsePositives falsePositives() {
        return FalsePositives.of(score);
    }

    /** Precision by confidence band. */
    public ConfidenceBands confidence() {
        return ConfidenceBands.of(score);
    }
}

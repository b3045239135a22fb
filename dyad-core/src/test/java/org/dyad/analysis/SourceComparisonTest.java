package org.dyad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Two sources over three months, the expected values worked out by hand in the comments. */
class SourceComparisonTest {
    private static final Dyad RUS_UKR = Dyad.of("UKR", "RUS", false);
    private static final Dyad ISR_PSE = Dyad.of("ISR", "PSE", false);
    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2024, 3, 1);

    private static PeriodTally t(Dyad d, LocalDate start, int q1, int q2, int q3, int q4, double goldsteinSum) {
        return new PeriodTally(d, start, new QuadCounts(q1, q2, q3, q4), goldsteinSum);
    }

    // A: RUS-UKR 2, 4, 0 events; ISR-PSE 1, 3; USA-CHN 5 (B has none); FRA-DEU 1 (too few).
    private static final List<PeriodTally> A = List.of(
            t(RUS_UKR, JAN, 2, 0, 0, 0, 6),
            t(RUS_UKR, FEB, 0, 0, 0, 4, -40),
            t(ISR_PSE, JAN, 0, 0, 1, 0, -2),
            t(ISR_PSE, FEB, 0, 0, 3, 0, -6),
            t(Dyad.of("USA", "CHN", false), JAN, 5, 0, 0, 0, 10),
            t(Dyad.of("FRA", "DEU", false), JAN, 1, 0, 0, 0, 1));

    // B: RUS-UKR 1, 2, 1 events; ISR-PSE 3, 1; FRA-DEU 1.
    private static final List<PeriodTally> B = List.of(
            t(RUS_UKR, JAN, 1, 0, 0, 0, 2),
            t(RUS_UKR, FEB, 0, 0, 0, 2, -18),
            t(RUS_UKR, MAR, 0, 0, 0, 1, -10),
            t(ISR_PSE, JAN, 0, 0, 3, 0, -6),
            t(ISR_PSE, FEB, 0, 0, 1, 0, -2),
            t(Dyad.of("FRA", "DEU", false), JAN, 1, 0, 0, 0, 1));

    private final SourceComparison.Result result = new SourceComparison(2, 3).compare(A, B);

    @Test
    void onlyDyadsBothSourcesCoverWithEnoughEventsAreCompared() {
        assertEquals(
                List.of("ISR-PSE", "RUS-UKR"),
                result.dyads().stream().map(d -> d.dyad().label()).toList());
        assertEquals(10, result.totalA()); // 6 + 4
        assertEquals(8, result.totalB()); // 4 + 4
    }

    @Test
    void correlationsOverThePeriodsEitherHasEventsIn() {
        SourceComparison.DyadCorrelation rus = result.dyads().get(1);
        assertEquals(3, rus.periods());
        assertEquals(6, rus.eventsA());
        assertEquals(4, rus.eventsB());
        // q1: 2,0,0 against 1,0,0, one half the other.
        assertEquals(1.0, rus.r().get(0).getAsDouble(), 1e-12);
        // q2 and q3: nothing in either, no variation, no r.
        assertTrue(rus.r().get(1).isEmpty());
        assertTrue(rus.r().get(2).isEmpty());
        // q4: 0,4,0 against 0,2,1: products sum 4, squares 32/3 and 2, r = 4 / sqrt(64/3) = sqrt(3)/2.
        assertEquals(Math.sqrt(3) / 2, rus.r().get(3).getAsDouble(), 1e-12);
        // total: 2,4,0 against 1,2,1: products sum 2, squares 8 and 2/3, r = sqrt(3)/2.
        assertEquals(Math.sqrt(3) / 2, rus.r().get(4).getAsDouble(), 1e-12);
        // Goldstein means where both have events: 3,-10 against 2,-9.
        assertEquals(1.0, rus.r().get(5).getAsDouble(), 1e-12);
    }

    @Test
    void anAntiCorrelatedDyadAndAnUndefinedMean() {
        SourceComparison.DyadCorrelation isr = result.dyads().get(0);
        assertEquals(-1.0, isr.r().get(2).getAsDouble(), 1e-12); // q3: 1,3 against 3,1
        assertEquals(-1.0, isr.r().get(4).getAsDouble(), 1e-12);
        // Every period's mean is -2 in both sources: a constant series has no correlation.
        assertEquals(OptionalDouble.empty(), isr.r().get(5));
    }

    @Test
    void disagreementsAreRankedByTheDifferenceOfShares() {
        // Shares of 10 and of 8: ISR-PSE Jan 0.1 vs 0.375, Feb 0.3 vs 0.125; RUS-UKR Feb 0.4 vs 0.25,
        // Mar 0 vs 0.125, Jan 0.2 vs 0.125.
        List<SourceComparison.Disagreement> d = result.disagreements();
        assertEquals(3, d.size());
        assertEquals(ISR_PSE, d.get(0).dyad());
        assertEquals(JAN, d.get(0).start());
        assertEquals(0.275, d.get(0).difference(), 1e-12);
        assertEquals(ISR_PSE, d.get(1).dyad());
        assertEquals(FEB, d.get(1).start());
        assertEquals(0.175, d.get(1).difference(), 1e-12);
        assertEquals(RUS_UKR, d.get(2).dyad());
        assertEquals(FEB, d.get(2).start());
        assertEquals(4, d.get(2).countA());
        assertEquals(2, d.get(2).countB());
        assertEquals(0.15, d.get(2).difference(), 1e-12);
    }

    @Test
    void aSourceComparedWithItselfCorrelatesPerfectlyAndNeverDisagrees() {
        SourceComparison.Result same = new SourceComparison(1, 10).compare(A, A);
        SourceComparison.DyadCorrelation rus = same.dyads().stream()
                .filter(c -> c.dyad().equals(RUS_UKR))
                .findFirst()
                .orElseThrow();
        assertEquals(1.0, rus.r().get(4).getAsDouble(), 1e-12);
        assertTrue(same.disagreements().stream().allMatch(x -> x.difference() == 0));
    }
}

package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.analysis.Events.MONDAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.testing.TestSeed;
import org.junit.jupiter.api.Test;

/**
 * Shifts in the rates of material conflict and cooperation: wars that break out in dyads with
 * almost no events before them, and end, are found with their dates and evidence; series that only
 * fluctuate (steady, sparse, overdispersed, bursty) give none. Synthetic counts from a fixed seed.
 */
class RateShiftsTest {
    private final Shifts shifts = new Shifts(ChangePointDetector.defaults());
    private final Dyad rusUkr = Dyad.of("RUS", "UKR", false);

    @Test
    void aWarBreakingOutInASparseDyadIsFoundWithItsWeekAndFirstEvents() {
        Random random = new Random(TestSeed.asLong());
        Events events = new Events();
        // 40 weeks of about one event in ten weeks, mixed, then 20 weeks of about 8 attacks a week.
        weeks(events, random, 0, 40, 0.05, 0.05);
        weeks(events, random, 40, 60, 8, 0.3);

        List<Shift> conflict = ShiftsTest.only(ShiftMeasure.CONFLICT, shifts.detect(events.list(), rusUkr));

        assertThat(conflict).hasSize(1);
        Shift war = conflict.get(0);
        assertThat(war.around()).isEqualTo(MONDAY.plusWeeks(40));
        assertThat(war.fromMean()).isLessThan(0.2);
        assertThat(war.toMean()).isGreaterThan(5);
        assertThat(war.confidence()).isGreaterThanOrEqualTo(0.999);
        assertThat(war.describe())
                .startsWith("RUS-UKR: material conflict from 0.")
                .contains("events a week around ");
        // The evidence: the war's first attacks, in date order.
        List<DyadEvent> firstAttacks = events.list().stream()
                .filter(e -> e.quadClass() == 4 && !e.date().isBefore(MONDAY.plusWeeks(40)))
                .sorted(java.util.Comparator.comparing(DyadEvent::date).thenComparing(DyadEvent::eventId))
                .limit(Shifts.EVIDENCE)
                .toList();
        assertThat(war.evidence())
                .containsExactlyElementsOf(
                        firstAttacks.stream().map(DyadEvent::eventId).toList());
    }

    @Test
    void aWarEndingIsFoundWithItsLastAttacksAsEvidence() {
        Random random = new Random(TestSeed.asLong() + 1);
        Events events = new Events();
        weeks(events, random, 0, 25, 6, 0.5);
        weeks(events, random, 25, 60, 0.1, 1);

        List<Shift> conflict = ShiftsTest.only(ShiftMeasure.CONFLICT, shifts.detect(events.list(), rusUkr));

        assertThat(conflict).hasSize(1);
        Shift end = conflict.get(0);
        assertThat(end.around()).isBetween(MONDAY.plusWeeks(24), MONDAY.plusWeeks(26));
        assertThat(end.toMean()).isLessThan(end.fromMean() / 5);
        assertThat(end.evidence())
                .hasSize(Shifts.EVIDENCE)
                .allSatisfy(id -> assertThat(date(events, id)).isBefore(end.around()));
    }

    @Test
    void twoWarsGiveTheirOnsetsAndTheEndBetween() {
        Random random = new Random(TestSeed.asLong() + 2);
        Events events = new Events();
        weeks(events, random, 0, 30, 0.05, 0.2);
        weeks(events, random, 30, 45, 5, 0.2);
        weeks(events, random, 45, 80, 0.05, 0.2);
        weeks(events, random, 80, 95, 10, 0.2);

        List<Shift> conflict = ShiftsTest.only(ShiftMeasure.CONFLICT, shifts.detect(events.list(), rusUkr));

        assertThat(conflict)
                .extracting(Shift::around)
                .containsExactly(MONDAY.plusWeeks(30), MONDAY.plusWeeks(45), MONDAY.plusWeeks(80));
    }

    @Test
    void aWarBetweenTwoCalmerYearsIsFoundAsAnEpisode() {
        // A year of about one attack a week with bursts of coverage (8 events in a week now and then),
        // eleven weeks of war at about six a week, then a year like the first: no one split stands out,
        // as on the White House corpus's USA-RUS series of 2021-2023.
        Random random = new Random(TestSeed.asLong() + 5);
        Events events = new Events();
        for (int w = 0; w < 115; w++) {
            boolean war = w >= 52 && w < 63;
            int bursts = !war && random.nextDouble() < 0.04 ? 8 : 0;
            addEvents(events, random, w, poisson(random, war ? 6 : 0.7) + bursts, 4);
            addEvents(events, random, w, poisson(random, 1.5), 1);
        }

        List<Shift> conflict = ShiftsTest.only(ShiftMeasure.CONFLICT, shifts.detect(events.list(), rusUkr));

        assertThat(conflict).extracting(Shift::around).containsExactly(MONDAY.plusWeeks(52), MONDAY.plusWeeks(63));
        assertThat(conflict.get(0).toMean()).isGreaterThan(2 * conflict.get(0).fromMean());
        assertThat(conflict.get(1).toMean()).isLessThan(conflict.get(1).fromMean() / 2);
    }

    @Test
    void seriesThatOnlyFluctuateGiveNoRateShift() {
        Random random = new Random(TestSeed.asLong() + 3);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Events events = new Events();
            double rate = List.of(0.1, 0.5, 2.0, 6.0).get(i % 4);
            for (int w = 0; w < 104; w++) {
                // Overdispersed: each week's rate drawn from a gamma of shape 0.5 around the series' rate,
                // and now and then a burst of coverage (a summit, an incident) of a dozen events.
                double weekRate = i % 2 == 0 ? rate : gamma(random, 0.5) * rate;
                int bursts = random.nextDouble() < 0.05 ? 12 : 0;
                addEvents(events, random, w, poisson(random, weekRate) + bursts, 4);
                addEvents(events, random, w, poisson(random, weekRate), 1);
            }
            shifts.detect(events.list(), rusUkr).stream()
                    .filter(s -> s.measure() != ShiftMeasure.TONE)
                    .forEach(s -> found.add("series " + s.describe()));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void scoringOnlyTheEndsOfRunsOfZerosFindsTheBestOfAllSplits() {
        // The rate detector skips the splits inside runs of zeros, where the likelihood ratio is convex;
        // scoring every split the plain way must give the same best split and score.
        Random random = new Random(TestSeed.asLong() + 4);
        ChangePointDetector detector = ChangePointDetector.rates(3, 9, 0.5, 1);
        for (int i = 0; i < 500; i++) {
            int n = 6 + random.nextInt(120);
            double[] values = new double[n];
            double density = random.nextDouble() * 0.5;
            for (int k = 0; k < n; k++) {
                values[k] = random.nextDouble() < density ? 1 + random.nextInt(random.nextBoolean() ? 3 : 12) : 0;
            }
            ChangePointDetector.Split fast = detector.bestSplit(values, ChangePointDetector.logs(values));
            int bestAt = 3;
            double bestScore = -1;
            double total = java.util.Arrays.stream(values).sum();
            double left = 0;
            for (int k = 1; k <= n - 3; k++) {
                left += values[k - 1];
                if (k >= 3) {
                    double score = 2 * (xLogX(left, k) + xLogX(total - left, n - k) - xLogX(total, n));
                    if (score > bestScore + 1e-9) {
                        bestAt = k;
                        bestScore = score;
                    }
                }
            }
            assertThat(fast.score())
                    .as("series %d", i)
                    .isCloseTo(bestScore, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(fast.at()).as("series %d", i).isEqualTo(bestAt);
        }
    }

    private static double xLogX(double sum, int n) {
        return sum <= 0 ? 0 : sum * Math.log(sum / n);
    }

    @Test
    void aDyadWithTooFewEventsIsNotTested() {
        Events events = new Events();
        events.add(2, MONDAY, "RUS", "UKR", 4, -10);
        events.add(2, MONDAY.plusWeeks(30), "RUS", "UKR", 4, -10);

        assertThat(shifts.detect(events.list(), rusUkr)).isEmpty();
    }

    private static java.time.LocalDate date(Events events, String id) {
        return events.list().stream()
                .filter(e -> e.eventId().equals(id))
                .findFirst()
                .orElseThrow()
                .date();
    }

    /** Weeks [from, to) with Poisson numbers of attacks (quad 4) and of cooperation (quad 1) at these rates. */
    private static void weeks(Events events, Random random, int from, int to, double conflict, double cooperation) {
        for (int w = from; w < to; w++) {
            addEvents(events, random, w, poisson(random, conflict), 4);
            addEvents(events, random, w, poisson(random, cooperation), 1);
        }
    }

    private static void addEvents(Events events, Random random, int week, int n, int quad) {
        for (int i = 0; i < n; i++) {
            events.add(1, MONDAY.plusWeeks(week).plusDays(random.nextInt(7)), "RUS", "UKR", quad, quad == 4 ? -10 : 3);
        }
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    /** A gamma variate of mean 1 and the given shape (below 1), by Ahrens and Dieter's method GS. */
    private static double gamma(Random random, double shape) {
        double b = (Math.E + shape) / Math.E;
        while (true) {
            double p = b * random.nextDouble();
            if (p <= 1) {
                double x = Math.pow(p, 1 / shape);
                if (random.nextDouble() <= Math.exp(-x)) {
                    return x / shape;
                }
            } else {
                double x = -Math.log((b - p) / shape);
                if (random.nextDouble() <= Math.pow(x, shape - 1)) {
                    return x / shape;
                }
            }
        }
    }
}

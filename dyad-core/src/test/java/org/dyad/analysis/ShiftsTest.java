package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dyad.analysis.Events.MONDAY;
import static org.dyad.analysis.Events.concat;
import static org.dyad.analysis.Events.repeat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShiftsTest {

    private final Shifts shifts = new Shifts(ChangePointDetector.defaults());
    private final Dyad isrRus = Dyad.of("ISR", "RUS", false);

    @Test
    void findsOneShiftFromCooperationToConflictAfterWeekTen() {
        List<DyadEvent> events = new Events()
                .weekly("ISR", "RUS", concat(repeat(3, 10), repeat(-5, 10)), 1.5, new Random(7))
                .list();

        List<Shift> all = shifts.detect(events, isrRus);
        List<Shift> found = only(ShiftMeasure.TONE, all);

        assertThat(found).hasSize(1);
        Shift shift = found.get(0);
        assertThat(shift.lastBefore()).isEqualTo(MONDAY.plusWeeks(9));
        assertThat(shift.around()).isEqualTo(MONDAY.plusWeeks(10));
        assertThat(shift.fromMean()).isCloseTo(3, within(1.0));
        assertThat(shift.toMean()).isCloseTo(-5, within(1.0));
        assertThat(shift.confidence()).isGreaterThanOrEqualTo(0.99);
        assertThat(shift.describe()).startsWith("ISR-RUS: from mean +").contains("around 2024-03-11");
        // The events' quad class follows the sign of their weight: cooperation stops and conflict starts at week 10.
        assertThat(only(ShiftMeasure.CONFLICT, all)).extracting(Shift::around).containsExactly(MONDAY.plusWeeks(10));
        assertThat(only(ShiftMeasure.COOPERATION, all))
                .extracting(Shift::around)
                .containsExactly(MONDAY.plusWeeks(10));
        // The new tone's evidence: week 10's events, most hostile first.
        assertThat(shift.evidence())
                .hasSize(3)
                .allSatisfy(id -> assertThat(events.stream()
                                .filter(e -> e.eventId().equals(id))
                                .findFirst()
                                .orElseThrow()
                                .date())
                        .isEqualTo(MONDAY.plusWeeks(10).plusDays(1)));
    }

    static List<Shift> only(ShiftMeasure measure, List<Shift> shifts) {
        return shifts.stream().filter(s -> s.measure() == measure).toList();
    }

    @Test
    void findsNoShiftInNoiseAroundAConstantMean() {
        List<DyadEvent> events = new Events()
                .weekly("ISR", "RUS", repeat(1, 20), 3, new Random(11))
                .list();

        assertThat(shifts.detect(events, isrRus)).isEmpty();
    }

    @Test
    void rarelyFindsShiftsInNoise() {
        // At alpha 0.01 about 1 series in 100 gives a false shift; 3 of 40 would mean the test is miscalibrated.
        Random random = new Random(2024);
        int withShifts = 0;
        for (int i = 0; i < 40; i++) {
            List<DyadEvent> events =
                    new Events().weekly("A", "B", repeat(-2, 24), 2.5, random).list();
            withShifts += shifts.detect(events, Dyad.of("A", "B", false)).isEmpty() ? 0 : 1;
        }
        assertThat(withShifts).isLessThan(3);
    }

    @Test
    void skipsWeeksWithoutEventsSoTheShiftSpansTheGap() {
        Events events = new Events().weekly("ISR", "RUS", repeat(4, 8), 1, new Random(3));
        // Weeks 8-11 are empty; conflict resumes in week 12.
        for (int w = 12; w < 20; w++) {
            events.add(3, MONDAY.plusWeeks(w), "RUS", "ISR", 4, -6.0);
        }

        assertThat(Shifts.weeklySeries(events.list(), isrRus)).hasSize(16);
        List<Shift> all = shifts.detect(events.list(), isrRus);
        List<Shift> found = only(ShiftMeasure.TONE, all);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).lastBefore()).isEqualTo(MONDAY.plusWeeks(7));
        assertThat(found.get(0).firstAfter()).isEqualTo(MONDAY.plusWeeks(12));
        // Rates count the empty weeks as zeros: cooperation ends after week 7, conflict starts in week 12.
        assertThat(only(ShiftMeasure.COOPERATION, all))
                .extracting(Shift::around)
                .containsExactly(MONDAY.plusWeeks(8));
        assertThat(only(ShiftMeasure.CONFLICT, all)).extracting(Shift::around).containsExactly(MONDAY.plusWeeks(12));
    }

    @Test
    void findsTwoShiftsOnAStaircase() {
        double[] means = concat(concat(repeat(6, 8), repeat(0, 8)), repeat(-6, 8));
        List<DyadEvent> events =
                new Events().weekly("ISR", "RUS", means, 1, new Random(5)).list();

        assertThat(only(ShiftMeasure.TONE, shifts.detect(events, isrRus)))
                .extracting(Shift::around)
                .containsExactly(MONDAY.plusWeeks(8), MONDAY.plusWeeks(16));
    }

    @Test
    void detectAllLooksAtEveryDyadSurestFirst() {
        List<DyadEvent> events = new java.util.ArrayList<>(new Events()
                .weekly("ISR", "RUS", concat(repeat(3, 10), repeat(-5, 10)), 1.5, new Random(7))
                .weekly("IRN", "SYR", repeat(6, 20), 1, new Random(8))
                .list());
        events.addAll(new Events().add(2, MONDAY, "USA", "CHN", 1, 1).list());

        List<Shift> found = shifts.detectAll(events, false);

        assertThat(found).extracting(s -> s.dyad().label()).containsOnly("ISR-RUS");
        assertThat(found).extracting(Shift::measure).containsOnly(ShiftMeasure.values());
    }

    @Test
    void theSameSeriesAlwaysGivesTheSameAnswer() {
        double[] series = new Random(1).doubles(30, -3, 3).toArray();
        for (int i = 15; i < 30; i++) {
            series[i] += 2;
        }
        ChangePointDetector detector = ChangePointDetector.defaults();

        assertThat(detector.detect(series)).isEqualTo(detector.detect(series.clone()));
    }

    @Test
    void aConstantSeriesHasNoChangeAndAShortOneIsNotTested() {
        ChangePointDetector detector = new ChangePointDetector(3, 199, 0.05, 1);

        assertThat(detector.detect(repeat(2, 30))).isEmpty();
        assertThat(detector.detect(new double[] {9, 9, -9, -9, -9})).isEmpty();
        assertThat(new ChangePointDetector(2, 199, 0.05, 1).detect(new double[] {9, 9, 9, 9, -9, -9, -9, -9}))
                .extracting(ChangePoint::index)
                .containsExactly(4);
    }
}

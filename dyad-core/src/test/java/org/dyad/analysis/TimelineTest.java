package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dyad.analysis.Events.MONDAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    /** Week 1: ISR->RUS 2 verbal coop (+1), RUS->ISR 1 material conflict (-10); week 2 empty; week 3: 1 verbal conflict (-2). */
    private final List<DyadEvent> events = new Events()
            .add(2, MONDAY.plusDays(2), "ISR", "RUS", 1, 1.0)
            .add(1, MONDAY.plusDays(6), "RUS", "ISR", 4, -10.0)
            .add(1, MONDAY.plusWeeks(2).plusDays(3), "ISR", "RUS", 3, -2.0)
            .add(5, MONDAY.plusDays(1), "IRN", "ISR", 4, -9.0)
            .list();

    @Test
    void countsEachIsoWeekInBothDirectionsAndKeepsTheEmptyWeekAsZeros() {
        Timeline timeline = Timeline.of(events, Dyad.of("RUS", "ISR", false), Period.WEEK);

        assertThat(timeline.rows())
                .extracting(TimelineRow::start)
                .containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
        assertThat(timeline.rows()).extracting(TimelineRow::label).containsExactly("2024-W01", "2024-W02", "2024-W03");
        assertThat(timeline.rows().get(0).counts()).isEqualTo(new QuadCounts(2, 0, 0, 1));
        assertThat(timeline.rows().get(0).meanGoldstein().getAsDouble()).isCloseTo(-8.0 / 3, within(1e-9));
        assertThat(timeline.rows().get(1).counts()).isEqualTo(QuadCounts.NONE);
        assertThat(timeline.rows().get(1).meanGoldstein()).isEmpty();
        assertThat(timeline.rows().get(2).counts()).isEqualTo(new QuadCounts(0, 0, 1, 0));
        assertThat(timeline.total()).isEqualTo(4);
    }

    @Test
    void aDirectedTimelineCountsOneDirectionOnly() {
        Timeline timeline = Timeline.of(events, Dyad.of("RUS", "ISR", true), Period.WEEK);

        assertThat(timeline.rows()).hasSize(1);
        assertThat(timeline.rows().get(0).counts()).isEqualTo(new QuadCounts(0, 0, 0, 1));
    }

    @Test
    void weeksStartOnMondayAcrossTheTurnOfTheYear() {
        List<DyadEvent> turn = new Events()
                .add(1, LocalDate.of(2020, 12, 31), "A", "B", 1, 1)
                .add(1, LocalDate.of(2021, 1, 10), "A", "B", 1, 1)
                .list();

        Timeline timeline = Timeline.of(turn, Dyad.of("A", "B", false), Period.WEEK);

        assertThat(timeline.rows()).extracting(TimelineRow::label).containsExactly("2020-W53", "2021-W01");
        assertThat(timeline.rows().get(0).start()).isEqualTo(LocalDate.of(2020, 12, 28));
    }

    @Test
    void monthsAndDaysFillTheirGapsToo() {
        List<DyadEvent> spread = new Events()
                .add(1, LocalDate.of(2024, 1, 31), "A", "B", 1, 1)
                .add(1, LocalDate.of(2024, 3, 1), "A", "B", 2, 3)
                .list();

        assertThat(Timeline.of(spread, Dyad.of("A", "B", false), Period.MONTH).rows())
                .extracting(TimelineRow::label)
                .containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(Timeline.of(spread, Dyad.of("A", "B", false), Period.DAY).rows())
                .hasSize(31);
    }

    @Test
    void wideningAddsEmptyPeriodsAtEitherEndAndKeepsEveryRow() {
        Timeline timeline = Timeline.of(events, Dyad.of("RUS", "ISR", false), Period.WEEK);

        // From a Wednesday two weeks before the first week to a day inside the second: W51 of 2023 on.
        Timeline wide = timeline.widened(MONDAY.minusDays(12), MONDAY.plusDays(9));

        assertThat(wide.rows())
                .extracting(TimelineRow::label)
                .containsExactly("2023-W51", "2023-W52", "2024-W01", "2024-W02", "2024-W03");
        assertThat(wide.rows().get(0).counts()).isEqualTo(QuadCounts.NONE);
        assertThat(wide.rows().get(0).meanGoldstein()).isEmpty();
        assertThat(wide.rows().subList(2, 5)).isEqualTo(timeline.rows());
        assertThat(wide.total()).isEqualTo(4);
        assertThat(Timeline.of(List.of(), Dyad.of("X", "Y", false), Period.MONTH)
                        .widened(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1))
                        .rows())
                .extracting(TimelineRow::label)
                .containsExactly("2024-01", "2024-02", "2024-03");
    }

    @Test
    void noEventsGiveNoRows() {
        assertThat(Timeline.of(events, Dyad.of("X", "Y", false), Period.DAY).rows())
                .isEmpty();
    }

    @Test
    void writesCsvWithAnEmptyMeanForAnEmptyWeek() {
        String csv = new TimelineWriter().csv(Timeline.of(events, Dyad.of("ISR", "RUS", false), Period.WEEK));

        assertThat(csv).isEqualTo("""
                period,start,q1,q2,q3,q4,total,mean_goldstein
                2024-W01,2024-01-01,2,0,0,1,3,-2.67
                2024-W02,2024-01-08,0,0,0,0,0,
                2024-W03,2024-01-15,0,0,1,0,1,-2.00
                """);
    }

    @Test
    void writesAnAlignedTableWithADashForAnEmptyWeek() {
        String table = new TimelineWriter().table(Timeline.of(events, Dyad.of("ISR", "RUS", false), Period.WEEK));

        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).isEqualTo("ISR-RUS by week: 4 events");
        assertThat(lines.get(1)).startsWith("period    start").endsWith("mean_goldstein");
        assertThat(lines.get(3)).startsWith("2024-W02  2024-01-08").endsWith("  -");
        assertThat(lines.subList(1, lines.size()))
                .extracting(String::length)
                .containsOnly(lines.get(1).length());
    }

    @Test
    void periodsParseByName() {
        assertThat(Period.parse(" Week")).isEqualTo(Period.WEEK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.parse("year"))
                .hasMessageContaining("'year'");
    }
}

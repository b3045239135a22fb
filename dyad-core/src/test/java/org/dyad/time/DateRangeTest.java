package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final DateRange MARCH = new DateRange(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31), "month");

    @Test
    void thirdsSplitARangeIntoEarlyMidAndLate() {
        assertThat(MARCH.third(1))
                .isEqualTo(new DateRange(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 10), "month"));
        assertThat(MARCH.third(2))
                .isEqualTo(new DateRange(LocalDate.of(2018, 3, 11), LocalDate.of(2018, 3, 20), "month"));
        assertThat(MARCH.third(3))
                .isEqualTo(new DateRange(LocalDate.of(2018, 3, 21), LocalDate.of(2018, 3, 31), "month"));
    }

    @Test
    void aUnionSpansBothInTheCoarserUnit() {
        DateRange day = DateRange.day(LocalDate.of(2018, 5, 2));
        assertThat(MARCH.union(day))
                .isEqualTo(new DateRange(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 5, 2), "month"));
        assertThat(day.union(MARCH).granularity()).isEqualTo("month");
    }

    @Test
    void anEndBeforeTheStartIsNamed() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2018, 3, 2), LocalDate.of(2018, 3, 1), "day"))
                .hasMessage("range end 2018-03-01 before start 2018-03-02");
    }
}

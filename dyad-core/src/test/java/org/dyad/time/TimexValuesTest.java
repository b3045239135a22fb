package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2019-05-06,          2019-05-06, 2019-05-06, day",
        "2019-05-06T14:00,    2019-05-06, 2019-05-06, day",
        "2019-W19,            2019-05-06, 2019-05-12, week",
        "2019-W19-WE,         2019-05-11, 2019-05-12, week",
        "2019-W19-4,          2019-05-09, 2019-05-09, day",
        "2018-02,             2018-02-01, 2018-02-28, month",
        "2018-Q1,             2018-01-01, 2018-03-31, quarter",
        "2018-SU,             2018-06-01, 2018-08-31, season",
        "2018-WI,             2018-12-01, 2019-02-28, season",
        "2018,                2018-01-01, 2018-12-31, year",
        "199X,                1990-01-01, 1999-12-31, decade"
    })
    void calendarValuesAreDayRangesInTheirUnit(String value, LocalDate start, LocalDate end, String unit) {
        assertThat(TimexValues.range(value)).contains(new DateRange(start, end, unit));
    }

    @Test
    void valuesWithUnknownPartsOrNoSuchDayAreNoRange() {
        assertThat(TimexValues.range("XXXX-02")).isEmpty(); // what SUTime gives "February" without a document date
        assertThat(TimexValues.range("2019-02-30")).isEmpty();
        assertThat(TimexValues.range("PAST_REF")).isEmpty();
    }

    @Test
    void durationsCountInCalendarMonthsAndYearsWhereWhole() {
        LocalDate published = LocalDate.of(2025, 3, 14);
        assertThat(TimexValues.duration("P6M").orElseThrow().from(published, -1, 3))
                .isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(TimexValues.duration("PXY").orElseThrow().from(published, -1, 3))
                .isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(TimexValues.duration("PXW").orElseThrow().from(published, -1, 3))
                .isEqualTo(LocalDate.of(2025, 2, 21));
        assertThat(TimexValues.duration("PXD").orElseThrow().from(published, 1, 3))
                .isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(TimexValues.duration("P1DE").orElseThrow().from(published, -1, 3))
                .isEqualTo(LocalDate.of(2015, 3, 14));
        assertThat(TimexValues.duration("PT48H").orElseThrow().days(3)).isEqualTo(2);
        assertThat(TimexValues.duration("PXY").orElseThrow().amount()).isEmpty();
        assertThat(TimexValues.duration("2019-05")).isEmpty();
    }
}

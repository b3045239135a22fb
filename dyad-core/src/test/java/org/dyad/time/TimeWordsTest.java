package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** The weekday and month names of time-words.txt, as the resolver reads them. */
class TimeWordsTest {
    private final TimeWords words = TimeWords.loadBundled();

    @Test
    void aWeekdayIsNamedInFull() {
        assertThat(words.weekday("thursday")).contains(DayOfWeek.THURSDAY);
        assertThat(words.weekday("sunday")).contains(DayOfWeek.SUNDAY);
        assertThat(words.weekday("thurs")).isEmpty();
        assertThat(words.weekday("later")).isEmpty();
    }

    @Test
    void aMonthIsNamedInFullOrByItsFirstThreeLettersOrMore() {
        assertThat(words.month("may")).isTrue();
        assertThat(words.month("sept.")).isTrue();
        assertThat(words.month("dec")).isTrue();
        assertThat(words.month("de")).isFalse();
        assertThat(words.month("decide")).isFalse();
        assertThat(words.month("thursday")).isFalse();
    }
}

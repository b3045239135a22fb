package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActiveSpanTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    /** {@code n} dates, one every {@code step} days from {@code first}. */
    private static List<LocalDate> every(LocalDate first, int n, int step) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(first.plusDays((long) i * step));
        }
        return out;
    }

    @Test
    void oneEventYearsBeforeTheRestIsLeftOut() {
        // 100 events every 3 days from 2025-01-06: the last on day 297, 2025-10-30.
        List<LocalDate> dates = new ArrayList<>(every(START, 100, 3));
        dates.add(LocalDate.of(2020, 1, 8));

        ActiveSpan span = ActiveSpan.of(dates).orElseThrow();

        // 100 of 101 kept: 9,900 >= 98 x 101 = 9,898.
        assertThat(span).isEqualTo(new ActiveSpan(START, LocalDate.of(2025, 10, 30), 100, 101));
        assertThat(span.trimmed()).isTrue();
    }

    @Test
    void aSmallDyadKeepsItsOutlierSinceOneEventIsMoreThanTwoPercent() {
        // 40 of 41 would be 97.6 %: below 98 %, so the 2020 event stays.
        List<LocalDate> dates = new ArrayList<>(every(START, 40, 3));
        dates.add(LocalDate.of(2020, 1, 8));

        ActiveSpan span = ActiveSpan.of(dates).orElseThrow();

        assertThat(span.from()).isEqualTo(LocalDate.of(2020, 1, 8));
        assertThat(span.to()).isEqualTo(START.plusDays(117));
        assertThat(span.trimmed()).isFalse();
    }

    @Test
    void outliersAtBothEndsGoSmallestFirstWhileTheShareHolds() {
        // Runs: 2 events in 2019, 200 from 2025-01-06 (every 2 days, to 2026-02-08), 1 in 2028, 3 in 2030. Total 206.
        List<LocalDate> dates = new ArrayList<>();
        dates.addAll(every(LocalDate.of(2019, 3, 1), 2, 1));
        dates.addAll(every(START, 200, 2));
        dates.add(LocalDate.of(2028, 6, 1));
        dates.addAll(every(LocalDate.of(2030, 1, 1), 3, 1));

        ActiveSpan span = ActiveSpan.of(dates).orElseThrow();

        // Head 2 vs tail 3: drop 2019 (204 x 100 >= 98 x 206 = 20,188); then tail 3 (2030): 201 x 100 = 20,100 <
        // 20,188,
        // so it stops there and 2028 and 2030 stay.
        assertThat(span.from()).isEqualTo(START);
        assertThat(span.to()).isEqualTo(LocalDate.of(2030, 1, 3));
        assertThat(span.events()).isEqualTo(204);
    }

    @Test
    void gapsUpToTheLimitKeepOneRun() {
        // 50 events, then 60 days of silence (still one run), then 50 more, then one after 61 days.
        List<LocalDate> dates = new ArrayList<>(every(START, 50, 1));
        LocalDate second = START.plusDays(49 + 60);
        dates.addAll(every(second, 50, 1));
        dates.add(second.plusDays(49 + 61));

        ActiveSpan span = ActiveSpan.of(dates).orElseThrow();

        assertThat(span.from()).isEqualTo(START);
        assertThat(span.to()).isEqualTo(second.plusDays(49));
        assertThat(span.events()).isEqualTo(100);
    }

    @Test
    void noDatesNoSpanAndOneDateIsItsOwnSpan() {
        assertThat(ActiveSpan.of(List.of())).isEmpty();
        assertThat(ActiveSpan.of(List.of(START))).contains(new ActiveSpan(START, START, 1, 1));
    }
}

package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.time.TimeSentences.date;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.model.TimeMention;
import org.dyad.model.When;
import org.dyad.model.When.Basis;
import org.junit.jupiter.api.Test;

/** The resolver on hand-built mentions carrying the values SUTime gives them. */
class TimeResolverTest {
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2019, 5, 13)); // a Monday
    private final TimeResolver resolver = new TimeResolver(TimeWords.loadBundled());

    /** "{words} , militias attacked ." with the time over the first {@code length} words (after an optional approximator). */
    private static Sentence clause(String... words) {
        StringBuilder conll = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            conll.append(i + 1)
                    .append(' ')
                    .append(words[i])
                    .append(' ')
                    .append(words[i].toLowerCase())
                    .append(" NN O ")
                    .append(words.length + 2)
                    .append(" obl\n");
        }
        int n = words.length;
        conll.append(n + 1).append(" militias militia NNS O ").append(n + 2).append(" nsubj\n");
        conll.append(n + 2).append(" attacked attack VBD O 0 root\n");
        return TimeSentences.of(conll.toString());
    }

    private When resolve(Sentence s, TimeMention m, Optional<LocalDate> published) {
        return resolver.resolve(s, m, TimeFixes.hasWrittenYear(s, m), published, Direction.PAST)
                .orElseThrow();
    }

    private static When when(String text, String start, String end, String granularity, Basis basis) {
        return new When(
                Optional.of(text),
                Optional.of(LocalDate.parse(start)),
                Optional.of(LocalDate.parse(end)),
                granularity,
                basis);
    }

    @Test
    void aroundOneWeekAgoIsADayRangeAroundThePoint() {
        Sentence s = clause("Around", "one", "week", "ago");
        When w = resolve(s, date(1, 4, "one week ago", "2019-05-06"), PUBLISHED);
        assertThat(w).isEqualTo(when("Around one week ago", "2019-05-05", "2019-05-07", "day", Basis.RELATIVE));
    }

    @Test
    void twoMonthsAgoIsTheMonthItLandsIn() {
        Sentence s = clause("two", "months", "ago");
        assertThat(resolve(s, date(0, 3, "two months ago", "2019-03-13"), PUBLISHED))
                .isEqualTo(when("two months ago", "2019-03-01", "2019-03-31", "month", Basis.RELATIVE));
        assertThat(resolve(s, date(0, 3, "two months ago", "2019-03"), PUBLISHED))
                .isEqualTo(when("two months ago", "2019-03-01", "2019-03-31", "month", Basis.RELATIVE));
    }

    @Test
    void weeksAgoInAWeekReadingIsTheDayOnPublicationsWeekday() {
        Sentence s = clause("six", "weeks", "ago");
        assertThat(resolve(s, date(0, 3, "six weeks ago", "2019-W14"), PUBLISHED))
                .isEqualTo(when("six weeks ago", "2019-04-01", "2019-04-01", "day", Basis.RELATIVE));
    }

    @Test
    void thePastFewWeeksIsARangeEndingAtPublication() {
        Sentence s = clause("the", "past", "few", "weeks");
        TimeMention m = TimeMention.of(0, 4, "the past few weeks", "PXW", "DURATION");
        assertThat(resolve(s, m, PUBLISHED))
                .isEqualTo(when("the past few weeks", "2019-04-22", "2019-05-13", "week", Basis.RELATIVE));
    }

    @Test
    void thePastMonthCountsACalendarMonthBack() {
        Sentence s = clause("the", "past", "month");
        assertThat(resolve(s, date(0, 3, "the past month", "2019-05"), PUBLISHED))
                .isEqualTo(when("the past month", "2019-04-13", "2019-05-13", "month", Basis.RELATIVE));
    }

    @Test
    void sinceAYearRunsFromItsStartToPublication() {
        Sentence s = clause("since", "2011");
        assertThat(resolve(s, date(1, 2, "2011", "2011"), PUBLISHED))
                .isEqualTo(when("2011", "2011-01-01", "2019-05-13", "year", Basis.EXPLICIT));
    }

    @Test
    void earlierAndLaterThisMonthSplitTheMonthAtPublication() {
        assertThat(resolve(clause("earlier", "this", "month"), date(0, 3, "earlier this month", "2019-05"), PUBLISHED))
                .isEqualTo(when("earlier this month", "2019-05-01", "2019-05-13", "month", Basis.RELATIVE));
        assertThat(resolve(clause("later", "this", "year"), date(0, 3, "later this year", "2019"), PUBLISHED))
                .isEqualTo(when("later this year", "2019-05-13", "2019-12-31", "year", Basis.RELATIVE));
    }

    @Test
    void countedFromAnotherTimeOfTheTextStaysUnresolved() {
        When w = resolve(clause("two", "days", "later"), date(0, 3, "two days later", "2019-05-15"), PUBLISHED);
        assertThat(w.basis()).isEqualTo(Basis.UNRESOLVED);
        assertThat(w.start()).isEmpty();
    }

    @Test
    void aMonthNameInThePastTakesTheYearBeforeAFuturePublicationMonth() {
        Sentence s = clause("in", "December");
        assertThat(resolve(s, date(1, 2, "December", "2019-12"), PUBLISHED))
                .isEqualTo(when("December", "2018-12-01", "2018-12-31", "month", Basis.RELATIVE));
    }

    @Test
    void withoutPublishedDateRelativeExpressionsStayUnresolvedAndSaySo() {
        Optional<LocalDate> none = Optional.empty();
        When lastWeek = resolve(clause("last", "week"), date(0, 2, "last week", null), none);
        When ago = resolve(clause("two", "months", "ago"), date(0, 3, "two months ago", null), none);
        When may = resolve(clause("in", "May"), date(1, 2, "May", "XXXX-05"), none);
        When recently = resolve(clause("recently"), date(0, 1, "recently", "PAST_REF"), none);
        When past = resolve(
                clause("the", "past", "few", "weeks"),
                TimeMention.of(0, 4, "the past few weeks", "PXW", "DURATION"),
                none);
        for (When w : new When[] {lastWeek, ago, may, recently, past}) {
            assertThat(w.basis()).as(w.text().orElseThrow()).isEqualTo(Basis.UNRESOLVED);
            assertThat(w.start()).as(w.text().orElseThrow()).isEmpty();
            assertThat(w.text()).isPresent();
        }
        assertThat(resolve(clause("in", "March", "2018"), date(1, 3, "March 2018", "2018-03"), none))
                .isEqualTo(when("March 2018", "2018-03-01", "2018-03-31", "month", Basis.EXPLICIT));
    }
}

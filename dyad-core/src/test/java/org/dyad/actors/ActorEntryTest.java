package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorEntryTest {
    private static Optional<LocalDate> on(int y, int m, int d) {
        return Optional.of(LocalDate.of(y, m, d));
    }

    private static DatedCode range(String code, LocalDate from, LocalDate to) {
        return new DatedCode(code, Optional.of(from), Optional.of(to));
    }

    private static ActorEntry entry(DatedCode... codes) {
        return new ActorEntry("Test", List.of("TEST_"), List.of(codes), "test.txt:1");
    }

    // MOHAMMAD_ZAHIR_SHAH_: three ranges, no default.
    private final ActorEntry zahirShah = entry(
            range("AFGELI", LocalDate.of(1932, 1, 1), LocalDate.of(1933, 11, 8)),
            range("AFGGOV", LocalDate.of(1933, 11, 8), LocalDate.of(1973, 7, 17)),
            range("AFGELI", LocalDate.of(1973, 7, 17), LocalDate.of(2007, 7, 23)));

    @Test
    void aDatedCodeAppliesWithinItsRange() {
        assertThat(zahirShah.codeOn(on(1950, 1, 1))).contains("AFGGOV");
        assertThat(zahirShah.codeOn(on(1990, 1, 1))).contains("AFGELI");
    }

    @Test
    void onAHandOverDayTheRoleThatStartsThatDayWins() {
        assertThat(zahirShah.codeOn(on(1933, 11, 8))).contains("AFGGOV");
        assertThat(zahirShah.codeOn(on(1973, 7, 17))).contains("AFGELI");
    }

    @Test
    void outsideEveryRangeWithoutDefaultThereIsNoCode() {
        assertThat(zahirShah.codeOn(on(1920, 1, 1))).isEmpty();
        assertThat(zahirShah.codeOn(on(2010, 1, 1))).isEmpty();
    }

    @Test
    void withoutADateAndWithoutDefaultTheRangeEndingLastWins() {
        assertThat(zahirShah.codeOn(Optional.empty())).contains("AFGELI");
    }

    @Test
    void theUndatedDefaultAppliesOutsideTheRangesAndWithoutADate() {
        ActorEntry annan =
                entry(range("IGOUNO", LocalDate.of(1997, 1, 1), LocalDate.of(2006, 12, 31)), DatedCode.undated("ELI"));
        assertThat(annan.codeOn(on(2000, 6, 1))).contains("IGOUNO");
        assertThat(annan.codeOn(on(2010, 6, 1))).contains("ELI");
        assertThat(annan.codeOn(Optional.empty())).contains("ELI");
    }

    @Test
    void beforeAndAfterLimitsAreInclusive() {
        LocalDate limit = LocalDate.of(2000, 1, 1);
        ActorEntry before = entry(new DatedCode("OLD", Optional.empty(), Optional.of(limit)));
        ActorEntry after = entry(new DatedCode("NEW", Optional.of(limit), Optional.empty()));
        assertThat(before.codeOn(Optional.of(limit))).contains("OLD");
        assertThat(before.codeOn(Optional.of(limit.plusDays(1)))).isEmpty();
        assertThat(after.codeOn(Optional.of(limit))).contains("NEW");
        assertThat(after.codeOn(Optional.of(limit.minusDays(1)))).isEmpty();
    }

    @Test
    void theNullCodeMeansNoCodeButDoesNotHideDatedCodesWithoutADate() {
        ActorEntry guehenno = entry(
                range("IGOUNO", LocalDate.of(2000, 1, 1), LocalDate.of(2008, 8, 1)),
                DatedCode.undated(DatedCode.NULL_CODE));
        assertThat(guehenno.codeOn(on(2005, 1, 1))).contains("IGOUNO");
        assertThat(guehenno.codeOn(on(2009, 1, 1))).isEmpty();
        assertThat(guehenno.codeOn(Optional.empty())).contains("IGOUNO");
    }

    @Test
    void theFirstUndatedCodeIsTheDefault() {
        ActorEntry twoDefaults = entry(DatedCode.undated("IGOBUSGOE"), DatedCode.undated("IGOGOE"));
        assertThat(twoDefaults.codeOn(Optional.empty())).contains("IGOBUSGOE");
        assertThat(twoDefaults.defaultCode()).map(DatedCode::code).contains("IGOBUSGOE");
    }

    @Test
    void recordsRejectBadValuesAndNameThem() {
        assertThatThrownBy(() -> range("X", LocalDate.of(2001, 1, 1), LocalDate.of(2000, 1, 1)))
                .hasMessageContaining("2000-01-01")
                .hasMessageContaining("X");
        assertThatThrownBy(() -> DatedCode.undated("A B")).hasMessageContaining("'A B'");
        assertThatThrownBy(() -> new ActorEntry("Name", List.of(), List.of(), "f.txt:9"))
                .hasMessageContaining("f.txt:9");
    }
}

package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeMention;
import org.dyad.model.When;
import org.dyad.nlp.DependencyTree;
import org.dyad.time.DatedTime;
import org.dyad.time.SentenceTimes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time expressions of VOA stories, read by hand ({@code time/voa-time-expressions.tsv}), against
 * what CoreNLP's SUTime and dyad's corrections make of them: each sentence is annotated with its
 * story's published date, and the mentions that cover the expression are resolved as dating
 * reads them. Every "must" row is asserted on its own; "weak" rows are known misses, asserted to
 * still miss so that a fix is noticed and the row promoted. The figures are printed at the end.
 */
class VoaTimeExpressionsIT {
    /** How many rows the file must have, and how many of them must hold: the issue asks for at least 40. */
    private static final int MIN_ROWS = 45;

    private static final int MIN_HOLDING = 70;

    private static final SentenceTimes TIMES = SentenceTimes.loadBundled();
    private static final List<TimeExpectation> ALL = TimeExpectation.load();
    private static final Map<Integer, String> MISSES = new ConcurrentHashMap<>();

    static Stream<TimeExpectation> must() {
        return ALL.stream().filter(e -> e.group().equals("must"));
    }

    static Stream<TimeExpectation> weak() {
        return ALL.stream().filter(e -> e.group().equals("weak"));
    }

    static Stream<TimeExpectation> all() {
        return ALL.stream();
    }

    @Test
    void theFileHasEnoughHandCheckedExpressionsAndMostHold() {
        assertThat(ALL).hasSizeGreaterThanOrEqualTo(MIN_ROWS);
        assertThat(must().count()).as("rows that must hold").isGreaterThanOrEqualTo(MIN_HOLDING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("must")
    void resolvesAsReadByHand(TimeExpectation e) {
        String actual = resolve(e, Optional.of(e.published()));
        if (!actual.equals(e.expected())) {
            MISSES.put(e.line(), e + ": want " + e.expected() + ", got " + actual);
        }
        assertThat(actual).as(e.sentence()).isEqualTo(e.expected());
    }

    @Test
    void knownWeakStillMiss() {
        for (TimeExpectation e : weak().toList()) {
            String actual = resolve(e, Optional.of(e.published()));
            System.out.println("known weak: " + e + ": want " + e.expected() + ", got " + actual);
            assertThat(actual)
                    .as("a known miss now holds: move " + e + " to the must group")
                    .isNotEqualTo(e.expected());
        }
    }

    /** Without a published date nothing counts from publication: relative readings say they are unresolved. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void withoutPublishedDateRelativeStaysUnresolved(TimeExpectation e) {
        String actual = resolve(e, Optional.empty());
        switch (e.basis()) {
            case "relative", "unresolved" ->
                assertThat(actual).as(e.sentence()).startsWith("- ").endsWith(" unresolved");
            case "explicit" -> {
                if (e.group().equals("must")) {
                    assertThat(actual).as(e.sentence()).startsWith(e.start()).endsWith(" explicit");
                }
            }
            default -> assertThat(actual).as(e.sentence()).isEqualTo("none");
        }
    }

    @AfterAll
    static void report() {
        long must = must().count();
        System.out.println("VOA time expressions: " + ALL.size() + " hand-checked, " + must + " must hold, "
                + (must - MISSES.size()) + " of them held this run, " + weak().count() + " known weak");
        MISSES.values().stream().sorted().forEach(m -> System.out.println("  miss: " + m));
    }

    /**
     * The reading of the mentions that overlap the expression, in the expectation's rendering; a
     * list of several ("1992 to 1997") is their union, as dating makes it. "no mention" where
     * SUTime found nothing there.
     */
    private static String resolve(TimeExpectation e, Optional<LocalDate> published) {
        List<When> found = new ArrayList<>();
        boolean mentioned = false;
        for (Sentence s : SharedPipeline.sentences(e.sentence(), published)) {
            for (DatedTime d : TIMES.read(new DependencyTree(s), published)) {
                if (overlaps(s, d.mention(), e)) {
                    if (System.getProperty("dyad.debug.times") != null) {
                        System.out.println("DEBUG " + e + " " + d.mention() + " -> " + d.when());
                    }
                    mentioned = true;
                    d.when().ifPresent(found::add);
                }
            }
        }
        if (!mentioned) {
            return "no mention";
        }
        if (found.isEmpty()) {
            return "none";
        }
        When first = found.get(0);
        if (found.stream().anyMatch(w -> w.start().isEmpty())) {
            return TimeExpectation.render("-", "-", first.granularity(), basis(first));
        }
        LocalDate start = found.stream()
                .map(w -> w.start().get())
                .min(LocalDate::compareTo)
                .get();
        LocalDate end =
                found.stream().map(w -> w.end().get()).max(LocalDate::compareTo).get();
        When widest =
                found.stream().max((a, b) -> Long.compare(days(a), days(b))).get();
        boolean sameBasis = found.stream().allMatch(w -> w.basis() == first.basis());
        return TimeExpectation.render(
                start.toString(), end.toString(), widest.granularity(), sameBasis ? basis(first) : "relative");
    }

    private static boolean overlaps(Sentence s, TimeMention m, TimeExpectation e) {
        Span from = s.token(m.start()).span();
        Span to = s.token(m.end() - 1).span();
        return from.start() < e.charEnd() && to.end() > e.charStart();
    }

    private static long days(When w) {
        return w.end().get().toEpochDay() - w.start().get().toEpochDay();
    }

    private static String basis(When w) {
        return w.basis().name().toLowerCase(java.util.Locale.ROOT);
    }
}

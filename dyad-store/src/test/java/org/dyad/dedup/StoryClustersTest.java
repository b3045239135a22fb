package org.dyad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Story events from event sets whose stories are known by construction. */
class StoryClustersTest {
    private static final LocalDate MAY_10 = LocalDate.of(2019, 5, 10);
    private static final double[] HAMA = {35.13, 36.75};
    private static final double[] IDLIB = {35.93, 36.63};
    private static final double[] DAMASCUS = {33.51, 36.29};
    private static final double[] MUHRADAH = {35.25, 36.57};

    private static StoryMention m(
            String id,
            String article,
            String publisher,
            String source,
            String target,
            boolean symmetric,
            String cameo,
            LocalDate day,
            String country,
            double[] point) {
        return new StoryMention(
                id,
                article,
                Optional.ofNullable(publisher),
                source,
                target,
                symmetric,
                cameo.substring(0, 2),
                cameo,
                4,
                -10,
                day,
                day,
                Optional.ofNullable(country == null ? null : "x"),
                Optional.ofNullable(country),
                Optional.ofNullable(point));
    }

    @Test
    void oneClashReportedByThreeAgenciesOverTwoDaysIsOneStory() {
        List<StoryMention> events = List.of(
                m("e1", "a1", "AFP", "SYRMIL", "SYRREB", false, "190", MAY_10, "SYR", HAMA),
                m("e2", "a2", "Reuters", "SYRMIL", "SYRREB", false, "193", MAY_10.plusDays(1), "SYR", MUHRADAH),
                m("e3", "a2", "Reuters", "SYRMIL", "SYRREB", false, "190", MAY_10.plusDays(1), null, null),
                m("e4", "a3", null, "SYRMIL", "SYRREB", false, "190", MAY_10, "SYR", HAMA));
        assertThat(StoryClusters.of(events)).singleElement().satisfies(s -> {
            assertThat(s.numMentions()).isEqualTo(4);
            assertThat(s.numArticles()).isEqualTo(3);
            assertThat(s.numSources()).isEqualTo(3); // AFP, Reuters, and the article that names no publisher
            assertThat(s.cameo()).isEqualTo("190");
            assertThat(s.start()).isEqualTo(MAY_10);
            assertThat(s.end()).isEqualTo(MAY_10.plusDays(1));
        });
    }

    @Test
    void anotherDyadRootWeekOrFarPlaceIsAnotherStory() {
        List<StoryMention> events = List.of(
                m("e1", "a1", "AFP", "SYRMIL", "SYRREB", false, "190", MAY_10, "SYR", HAMA),
                m("e2", "a2", "AFP", "SYRMIL", "SYRREB", false, "190", MAY_10.plusDays(7), "SYR", HAMA),
                m("e3", "a3", "AFP", "SYRMIL", "SYRREB", false, "112", MAY_10, "SYR", HAMA),
                m("e4", "a4", "AFP", "RUSMIL", "SYRREB", false, "190", MAY_10, "SYR", HAMA),
                m("e5", "a5", "AFP", "SYRMIL", "SYRREB", false, "190", MAY_10, "TUR", null),
                m("e6", "a6", "AFP", "SYRMIL", "SYRREB", false, "190", MAY_10, "SYR", DAMASCUS),
                m("e7", "a7", "AFP", "SYRREB", "SYRMIL", false, "190", MAY_10, "SYR", HAMA));
        assertThat(StoryClusters.of(events)).hasSize(7);
    }

    @Test
    void anEventWithoutDirectionMatchesEitherOrder() {
        List<StoryMention> events = List.of(
                m("e1", "a1", "AFP", "RUS", "IRN", true, "190", MAY_10, null, null),
                m("e2", "a2", "AP", "IRN", "RUS", true, "190", MAY_10, null, null));
        assertThat(StoryClusters.of(events))
                .singleElement()
                .satisfies(s -> assertThat(s.numSources()).isEqualTo(2));
    }

    @Test
    void theSameEventsInAnyOrderGiveTheSameStories() {
        List<StoryMention> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(m(
                    "e" + i,
                    "a" + i,
                    "P" + (i % 4),
                    "SYRMIL",
                    i % 3 == 0 ? "SYRREB" : "TURMIL",
                    false,
                    i % 2 == 0 ? "190" : "043",
                    MAY_10.plusDays(i % 9),
                    "SYR",
                    HAMA));
        }
        List<Story> once = StoryClusters.of(events);
        Collections.shuffle(events, new java.util.Random(7));
        assertThat(StoryClusters.of(events)).isEqualTo(once);
        assertThat(once.stream().mapToInt(Story::numMentions).sum()).isEqualTo(30);
    }

    @Test
    void aBackgroundEventOfYearsIsAStoryOfItsOwnAndBridgesNothing() {
        StoryMention longAgo = m("e1", "a1", "AFP", "RUSMIL", "UKRMIL", false, "190", MAY_10.minusYears(5), null, null);
        StoryMention sinceThen = new StoryMention(
                "e2",
                "a2",
                Optional.of("AP"),
                "RUSMIL",
                "UKRMIL",
                false,
                "19",
                "190",
                4,
                -10,
                MAY_10.minusYears(5),
                MAY_10,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        StoryMention now = m("e3", "a3", "AP", "RUSMIL", "UKRMIL", false, "190", MAY_10, null, null);
        // "Since 2014" spans five years: it would chain the report of five years ago and today's into one story.
        assertThat(StoryClusters.of(List.of(longAgo, sinceThen, now)))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.numMentions()).isEqualTo(1));
        StoryMention lastMonth = new StoryMention(
                "e4",
                "a4",
                Optional.of("AFP"),
                "RUSMIL",
                "UKRMIL",
                false,
                "19",
                "190",
                4,
                -10,
                MAY_10.minusDays(30),
                MAY_10,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        // A month's span ("last month") still groups.
        assertThat(StoryClusters.of(List.of(lastMonth, now))).singleElement();
    }

    @Test
    void unknownActorsAndOnePartyEventsAreNotKnownToBeTheSame() {
        List<StoryMention> events = List.of(
                m("e1", "a1", "AFP", "---", "SYRREB", false, "190", MAY_10, null, null),
                m("e2", "a2", "AP", "---", "SYRREB", false, "190", MAY_10, null, null),
                m("e3", "a3", "AP", "USAGOV", "", false, "030", MAY_10, null, null),
                m("e4", "a4", "AFP", "USAGOV", "", false, "030", MAY_10, null, null));
        assertThat(StoryClusters.of(events)).hasSize(4);
    }

    @Test
    void distancesAreGreatCircle() {
        assertThat(StoryClusters.km(HAMA, IDLIB)).isBetween(85.0, 95.0);
        assertThat(StoryClusters.km(HAMA, MUHRADAH)).isLessThan(30.0);
    }
}

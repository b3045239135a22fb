package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.StoreFixtures.article;
import static org.dyad.testkit.StoreFixtures.event;
import static org.dyad.testkit.StoreFixtures.stored;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyses' events read from the store's columns are those its JSON records give, in the same order. */
class AnalysisEventsTest {
    @TempDir
    Path dir;

    @Test
    void theColumnsGiveWhatTheRecordsGive() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.write(
                    List.of(
                            stored(
                                    article("a1", "One.", null, "P"),
                                    List.of(
                                            event(
                                                    "e1",
                                                    "a1",
                                                    "RUSMIL",
                                                    "UKRMIL",
                                                    "195",
                                                    -10,
                                                    "2022-02-24",
                                                    false,
                                                    null),
                                            event("e2", "a1", "USAGOV", "RUSGOV", "042", 1.9, "2022-01-10", true, null),
                                            event(
                                                    "e3",
                                                    "a1",
                                                    "---GOV",
                                                    "UKRMIL",
                                                    "190",
                                                    -10,
                                                    "2022-02-25",
                                                    false,
                                                    null),
                                            event(
                                                    "e4",
                                                    "a1",
                                                    "IGOUNO",
                                                    "---REB",
                                                    "010",
                                                    0,
                                                    "2022-03-01",
                                                    false,
                                                    null))),
                            stored(
                                    article("a2", "Two.", null, "Q"),
                                    List.of(event(
                                            "e5", "a2", "TURGOV", "SYRREB", "173", -5, "2021-12-31", false, null)))),
                    List.of());
            for (boolean byCountry : new boolean[] {true, false}) {
                List<DyadEvent> fromJson = new ArrayList<>();
                ObjectMapper json = new ObjectMapper();
                new StoreQueries(store).eachEventRecord(record -> {
                    try {
                        DyadEvent.fromJson(json.readTree(record), byCountry).ifPresent(fromJson::add);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                List<DyadEvent> fromColumns = AnalysisEvents.read(store, byCountry);
                assertThat(fromColumns).isEqualTo(fromJson);
                // The unknown actors (---) make no dyad; by country RUSMIL is RUS, IGOUNO keeps its code.
                assertThat(fromColumns).extracting(DyadEvent::eventId).containsExactly("e5", "e2", "e1");
            }
            assertThat(AnalysisEvents.read(store, true))
                    .extracting(DyadEvent::source)
                    .containsExactly("TUR", "USA", "RUS");
            assertThat(AnalysisEvents.read(store, false))
                    .extracting(DyadEvent::source)
                    .containsExactly("TURGOV", "USAGOV", "RUSMIL");
        }
    }

    @Test
    void aDyadsEventsAreThoseOfAllThatAreItsOwn() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            String[][] pairs = {
                {"RUSMIL", "UKRMIL"}, {"UKRGOV", "RUSGOV"}, {"USAGOV", "RUSGOV"}, {"RUSGOV", "RUSMIL"},
                {"IGOUNO", "RUSGOV"}, {"UKRMIL", "IGOUNO"}, {"USAGOV", "UKRGOV"}, {"RUSMIL", "USAMIL"}
            };
            List<String> events = new ArrayList<>();
            for (int i = 0; i < pairs.length; i++) {
                events.add(
                        event("e" + i, "a1", pairs[i][0], pairs[i][1], "190", -10, "2022-02-" + (10 + i), false, null));
            }
            store.write(List.of(stored(article("a1", "One.", null, "P"), events)), List.of());
            List<String> actors = List.of("RUS", "UKR", "USA", "IGOUNO", "RUSGOV", "RUSMIL", "UKRMIL", "USAGOV", "FRA");
            int nonEmpty = 0;
            for (boolean byCountry : new boolean[] {true, false}) {
                List<DyadEvent> all = AnalysisEvents.read(store, byCountry);
                for (String a : actors) {
                    for (String b : actors) {
                        for (boolean directed : new boolean[] {true, false}) {
                            Dyad dyad = Dyad.of(a, b, directed);
                            List<DyadEvent> own = AnalysisEvents.read(store, byCountry, false, dyad);
                            assertThat(own)
                                    .as("%s by %s", dyad.label(), byCountry ? "country" : "code")
                                    .isEqualTo(
                                            all.stream().filter(dyad::contains).toList());
                            nonEmpty += own.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
            // Not vacuous: many of the dyads asked for have events, by both levels.
            assertThat(nonEmpty).isGreaterThan(20);
            assertThat(AnalysisEvents.read(store, true, false, Dyad.of("RUS", "UKR", false)))
                    .extracting(DyadEvent::eventId)
                    .containsExactly("e0", "e1");
        }
    }
}

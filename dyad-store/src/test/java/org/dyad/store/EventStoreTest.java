package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.testkit.StoreFixtures.article;
import static org.dyad.testkit.StoreFixtures.event;
import static org.dyad.testkit.StoreFixtures.stored;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
    @TempDir
    Path dir;

    private static final EventFilter ALL = new EventFilter(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1000);

    @Test
    void eventsComeBackAsTheJsonWrittenWithFlattenedColumns() throws Exception {
        Article a = article("a1", "Syria's army shelled rebels near Hama.", "https://example.org/a1", "Example");
        String e1 = event("e-1", "a1", "SYRMIL", "195", -10.0, "Hama Governorate");
        String e2 = event("e-2", "a1", "SYRMIL", "042", 1.9, null);
        Path file = dir.resolve("store.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.write(List.of(stored(a, List.of(e1, e2))), List.of());
        }
        try (EventStore store = EventStore.openReadOnly(file)) {
            QueryResult r = new StoreQueries(store).events(ALL);
            assertThat(r.rows()).extracting(row -> row.get(row.size() - 1)).containsExactlyInAnyOrder(e1, e2);
            List<Object> shelling = r.rows().stream()
                    .filter(row -> row.get(0).equals("e-1"))
                    .findFirst()
                    .orElseThrow();
            assertThat(value(r, shelling, "source_code")).isEqualTo("SYRMIL");
            assertThat(value(r, shelling, "source_patron")).isEqualTo("IRN");
            assertThat(value(r, shelling, "target_agent")).isEqualTo("REB");
            assertThat(value(r, shelling, "cameo_root")).isEqualTo("19");
            assertThat(value(r, shelling, "quad_class")).isEqualTo(4);
            assertThat(value(r, shelling, "goldstein")).isEqualTo(-10.0);
            assertThat(value(r, shelling, "plover_type")).isEqualTo("ASSAULT");
            assertThat(value(r, shelling, "where_name")).isEqualTo("Hama Governorate");
            assertThat(value(r, shelling, "where_lat")).isEqualTo(35.2);
            assertThat(value(r, shelling, "when_start")).isEqualTo(LocalDate.of(2019, 5, 12));
            assertThat(store.counts()).isEqualTo(new StoreCounts(1, 0, 0, 2, 0));
            QueryResult provenance = new StoreQueries(store).sql("SELECT dyad_version, provenance FROM events LIMIT 1");
            assertThat(provenance.rows().get(0).get(0)).isEqualTo("0.1.0-test");
            assertThat((String) provenance.rows().get(0).get(1)).contains("\"nlp\":\"none\"");
        }
    }

    @Test
    void aBatchThatFailsLeavesNothingOfItself() throws Exception {
        Article good = article("g", "A good article about talks.", null, null);
        Article bad = article("b", "An article whose event has no id.", null, null);
        String noId = event("e-x", "b", "SYRMIL", "190", -10, null).replace("\"event_id\":\"e-x\",", "");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> store.write(
                            List.of(
                                    stored(good, List.of(event("e-g", "g", "USAGOV", "040", 1, null))),
                                    stored(bad, List.of(noId))),
                            List.of()))
                    .isInstanceOf(StoreException.class);
            assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0));
            assertThat(store.knownKeys()).isEmpty();
            // Nothing of the failed batch lingers to come in with the next one.
            store.write(List.of(stored(good, List.of(event("e-g", "g", "USAGOV", "040", 1, null)))), List.of());
            assertThat(store.counts()).isEqualTo(new StoreCounts(1, 0, 0, 1, 0));
        }
    }

    @Test
    void aRepeatedEventIdInOneArticleIsStoredOnce() throws Exception {
        Article a = article("a", "Talks began in Geneva.", null, null);
        String e = event("e-same", "a", "USAGOV", "040", 1, null);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.write(List.of(stored(a, List.of(e, e))), List.of());
            assertThat(store.counts().events()).isEqualTo(1);
        }
    }

    @Test
    void filtersBindTheUsersValues() throws Exception {
        Article a = article("a", "Many things happened.", null, null);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.write(
                    List.of(stored(
                            a,
                            List.of(
                                    event("e-1", "a", "SYRMIL", "195", -10, null),
                                    event("e-2", "a", "RUSGOV", "042", 1.9, null)))),
                    List.of());
            StoreQueries q = new StoreQueries(store);
            assertThat(q.events(filter("SYR", null)).rows()).hasSize(1);
            assertThat(q.events(filter(null, "19")).rows())
                    .extracting(r -> r.get(0))
                    .containsExactly("e-1");
            assertThat(q.events(filter("RUS' OR 1=1 --", null)).rows()).isEmpty();
            assertThat(q.dyads(10).rows()).hasSize(2);
        }
    }

    @Test
    void aReadOnlyStoreRefusesChangesAndAMissingOneIsNamed() throws Exception {
        Path file = dir.resolve("s.duckdb");
        EventStore.open(file).close();
        try (EventStore store = EventStore.openReadOnly(file)) {
            assertThatThrownBy(() -> new StoreQueries(store).sql("DROP TABLE events"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only");
        }
        assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("none.duckdb")))
                .hasMessageContaining("none.duckdb")
                .hasMessageContaining("no such store");
    }

    @Test
    void aDuckDbFileWithoutTheStoresTablesIsNamedAsNoStore() throws Exception {
        // What a first ingest killed before it made its tables leaves, or another program's file.
        Path file = dir.resolve("bare.duckdb");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE other (x INTEGER)");
        }
        assertThatThrownBy(() -> EventStore.openReadOnly(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("bare.duckdb")
                .hasMessageContaining("not a dyad store");
        // Opened for writing, it becomes one.
        EventStore.open(file).close();
        EventStore.openReadOnly(file).close();
    }

    @Test
    void exportsWriteEveryEvent() throws Exception {
        Article a = article("a", "Many things happened.", null, null);
        String e = event("e-1", "a", "SYRMIL", "195", -10, null);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.write(List.of(stored(a, List.of(e))), List.of());
            StoreQueries q = new StoreQueries(store);
            assertThat(q.export("jsonl", dir.resolve("e.jsonl"))).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("e.jsonl"))).isEqualTo(e + "\n");
            q.export("csv", dir.resolve("it's.csv"));
            assertThat(Files.readAllLines(dir.resolve("it's.csv")).get(0)).startsWith("event_id,article_id,");
            q.export("parquet", dir.resolve("e.parquet"));
            assertThat(q.sql("SELECT count(*) FROM read_parquet('" + dir.resolve("e.parquet") + "')")
                            .rows()
                            .get(0)
                            .get(0))
                    .isEqualTo(1L);
        }
    }

    private static EventFilter filter(String source, String code) {
        return new EventFilter(
                Optional.ofNullable(source),
                Optional.empty(),
                Optional.ofNullable(code),
                Optional.empty(),
                Optional.empty(),
                100);
    }

    private static Object value(QueryResult r, List<Object> row, String column) {
        return row.get(r.columns().indexOf(column));
    }

    @Test
    void threeReportsOfOneShellingAreOneStoryInTheGdeltLayout() throws Exception {
        Path file = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.write(
                    List.of(
                            stored(
                                    article(
                                            "a1",
                                            "Syria's army shelled rebels near Hama, AFP said.",
                                            "https://afp.example/1",
                                            "AFP"),
                                    List.of(event("e-1", "a1", "SYRMIL", "195", -10.0, "Hama Governorate"))),
                            stored(
                                    article(
                                            "a2",
                                            "Army shells rebels in Hama, Reuters reports.",
                                            "https://reuters.example/2",
                                            "Reuters"),
                                    List.of(
                                            event("e-2", "a2", "SYRMIL", "195", -10.0, null),
                                            event("e-3", "a2", "SYRMIL", "042", 1.9, null))),
                            stored(
                                    article("a3", "The shelling of rebels near Hama went on.", null, "AFP"),
                                    List.of(event("e-4", "a3", "SYRMIL", "190", -10.0, null)))),
                    List.of());
            assertThat(StoryTable.rebuild(store)).isEqualTo(2);
            assertThat(store.counts().stories()).isEqualTo(2);
            QueryResult top = new StoreQueries(store).stories(10);
            assertThat(top.rows().get(0)).containsSubsequence(3, 3, 2); // mentions, articles, sources (AFP twice)
            // Rebuilt from the same events, the same stories.
            StoryTable.rebuild(store);
            assertThat(new StoreQueries(store).stories(10).rows()).isEqualTo(top.rows());
        }
        try (EventStore store = EventStore.openReadOnly(file)) {
            Path gdelt = dir.resolve("events.tsv");
            assertThat(new StoreQueries(store).export("gdelt", gdelt)).isEqualTo(2);
            List<String[]> rows = Files.readAllLines(gdelt).stream()
                    .map(l -> l.split("\t", -1))
                    .toList();
            assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(61));
            String[] shelling =
                    rows.stream().filter(r -> r[28].equals("19")).findFirst().orElseThrow();
            assertThat(shelling[1]).isEqualTo("20190512"); // SQLDATE
            assertThat(shelling[5]).isEqualTo("SYRMIL"); // Actor1Code
            assertThat(shelling[15]).isEqualTo("SYRREB"); // Actor2Code
            assertThat(shelling[26]).isEqualTo("195"); // EventCode
            assertThat(new String[] {shelling[31], shelling[32], shelling[33]}).containsExactly("3", "2", "3");
            assertThat(shelling[51]).isEqualTo("5"); // ActionGeo_Type: a region
            assertThat(shelling[52]).startsWith("Hama Governorate");
            assertThat(shelling[60]).isEqualTo("https://afp.example/1");
        }
    }

    @Test
    void aStoryIsSymmetricWhenItsEventsAre() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("sym.duckdb"))) {
            String clash = event("e-5", "a5", "SYRMIL", "190", -10.0, null)
                    .replace("\"symmetric\":false", "\"symmetric\":true");
            store.write(
                    List.of(
                            stored(article("a5", "Syrian troops and rebels clashed.", null, "AFP"), List.of(clash)),
                            stored(
                                    article("a6", "Syria's army met rebels.", null, "AFP"),
                                    List.of(event("e-6", "a6", "SYRMIL", "042", 1.9, null)))),
                    List.of());
            assertThat(StoryTable.rebuild(store)).isEqualTo(2);
            QueryResult r = new StoreQueries(store).sql("SELECT first_event_id, is_symmetric FROM stories ORDER BY 1");
            assertThat(r.rows())
                    .extracting(row -> row.get(0) + " " + row.get(1))
                    .containsExactly("e-5 true", "e-6 false");
        }
    }
}

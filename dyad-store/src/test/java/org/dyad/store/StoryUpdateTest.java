package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.StoreFixtures.article;
import static org.dyad.testkit.StoreFixtures.event;
import static org.dyad.testkit.StoreFixtures.stored;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.model.Article;
import org.dyad.testing.TestSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story events grouped run by run ({@link StoryTable#update}) come out as one grouping of all
 * events ({@link StoryTable#rebuild}) would make them: random runs of events between a few actors,
 * some without direction, some placed far apart, some with an actor no dictionary knows.
 */
class StoryUpdateTest {
    private static final String[] ACTORS = {"USA", "RUS", "UKR", "ISRMIL", "---"};
    private static final String[] CODES = {"042", "051", "112", "173", "190", "193"};
    private static final String[] PLACES = {
        null, "Kyiv|UKR|50.45|30.52", "Lviv|UKR|49.84|24.03", "Moscow|RUS|55.75|37.62"
    };

    @TempDir
    Path dir;

    @Test
    void runByRunGroupsAsOneRebuildWould() throws Exception {
        Random random = new Random(TestSeed.asLong());
        for (int trial = 0; trial < 5; trial++) {
            Path file = dir.resolve("t" + trial + ".duckdb");
            try (EventStore store = EventStore.open(file)) {
                int runs = 2 + random.nextInt(4);
                for (int run = 0; run < runs; run++) {
                    store.write(articles(random, trial + "-" + run), List.of());
                    StoryTable.update(store);
                }
                List<List<Object>> incremental = stories(store);
                StoryTable.rebuild(store);
                List<List<Object>> whole = stories(store);
                assertThat(whole).isNotEmpty();
                assertThat(incremental).isEqualTo(whole);
                assertThat(StoryTable.update(store)).as("nothing left to group").isZero();
            }
        }
    }

    @Test
    void aNewReportJoinsTheStoryOfAnEarlierRun() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            Article first = article("a1", "Troops shelled a town.", null, "One");
            store.write(
                    List.of(stored(
                            first,
                            List.of(event("e1", "a1", "RUSMIL", "UKRMIL", "195", -10, "2022-02-24", false, null)))),
                    List.of());
            assertThat(StoryTable.update(store)).isEqualTo(1);
            Article second = article("a2", "A town was shelled by troops.", null, "Two");
            store.write(
                    List.of(stored(
                            second,
                            List.of(event("e2", "a2", "RUSMIL", "UKRMIL", "195", -10, "2022-02-25", false, null)))),
                    List.of());
            assertThat(StoryTable.update(store)).isEqualTo(1);
            assertThat(new StoreQueries(store)
                            .sql("SELECT num_mentions, num_articles, num_sources FROM stories")
                            .rows())
                    .containsExactly(List.of(2, 2, 2));
        }
    }

    private static List<StoredArticle> articles(Random random, String run) {
        List<StoredArticle> out = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String id = "a" + run + "-" + i;
            List<String> events = new ArrayList<>();
            int k = random.nextInt(5);
            for (int j = 0; j < k; j++) {
                String source = ACTORS[random.nextInt(ACTORS.length)];
                String target = ACTORS[random.nextInt(ACTORS.length)];
                String date =
                        LocalDate.of(2022, 2, 1).plusDays(random.nextInt(20)).toString();
                events.add(event(
                        "e" + id + "-" + j,
                        id,
                        source,
                        target,
                        CODES[random.nextInt(CODES.length)],
                        -2.0,
                        date,
                        random.nextInt(4) == 0,
                        PLACES[random.nextInt(PLACES.length)]));
            }
            out.add(stored(article(id, "Article " + id + " text.", null, "P" + random.nextInt(3)), events));
        }
        return out;
    }

    private static List<List<Object>> stories(EventStore store) throws StoreException {
        StoreQueries q = new StoreQueries(store);
        List<List<Object>> rows =
                new ArrayList<>(q.sql("SELECT * FROM stories ORDER BY story_id").rows());
        rows.addAll(
                q.sql("SELECT * FROM story_events ORDER BY story_id, event_id").rows());
        return rows;
    }
}

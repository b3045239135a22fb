package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.StoreFixtures.article;
import static org.dyad.testkit.StoreFixtures.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.dyad.model.Article;
import org.dyad.stage.StageContext;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest's bookkeeping with a stand-in coder: once per article, copies kept apart, failures kept with their reason. */
class IngestTest {
    @TempDir
    Path dir;

    private static final String WIRE =
            "Syrian government forces shelled rebel-held villages in Hama province on Monday, "
                    + "killing at least seven civilians, according to opposition activists and a war monitor. The Britain-based "
                    + "Syrian Observatory for Human Rights said the shelling hit two villages where government troops have been "
                    + "trying to advance for weeks, and Russia backed the offensive with airstrikes.";

    /** Two events per article, ids made from the article's id; an article whose text says FAIL fails. */
    private static final BiFunction<Article, StageContext, List<String>> CODER = (a, ctx) -> {
        if (a.text().contains("FAIL")) {
            throw new IllegalStateException("the stand-in coder was told to fail");
        }
        return List.of(
                event("e-" + a.id() + "-1", a.id(), "SYRMIL", "195", -10, null),
                event("e-" + a.id() + "-2", a.id(), "RUSGOV", "042", 1.9, null));
    };

    private List<Article> input() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(article(
                    "a" + i,
                    "Story number " + i + " about talks between ministers in city " + i
                            + ", who met for hours and agreed on " + i + " points of a plan for " + (i * 7)
                            + " people.",
                    null,
                    null));
        }
        articles.add(article("wire", WIRE, "https://one.example/wire", "One"));
        articles.add(
                article("wire2", WIRE.replace("on Monday", "on Monday, 13 May"), "https://two.example/wire", "Two"));
        articles.add(article("again", articles.get(3).text(), null, null));
        articles.add(article("bad", "This article makes the coder FAIL on purpose, as a bug would.", null, null));
        return articles;
    }

    private StoreCounts ingest(Path file, List<Article> articles) throws Exception {
        try (EventStore store = EventStore.open(file)) {
            new Ingest(store, () -> CODER, 2).run(articles, 0.8, (r, n) -> {});
            return store.counts();
        }
    }

    @Test
    void ingestingTwiceAddsNothing() throws Exception {
        Path file = dir.resolve("s.duckdb");
        StoreCounts first = ingest(file, input());
        // 20 stories, the wire story once with its copy apart, the repeat skipped, the failure kept with its reason;
        // the stand-in coder gives every article the same two events of the same day: two story events.
        assertThat(first).isEqualTo(new StoreCounts(22, 1, 1, 42, 2));
        assertThat(ingest(file, input())).isEqualTo(first);
        try (EventStore store = EventStore.open(file)) {
            IngestSummary again = new Ingest(store, () -> CODER, 2).run(input(), 0.8, (r, n) -> {});
            assertThat(again.stored()).isZero();
            assertThat(again.alreadyStored()).isEqualTo(input().size());
        }
    }

    @Test
    void theSummarySaysWhatHappened() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestSummary s = new Ingest(store, () -> CODER, 1).run(input(), 0.8, (r, n) -> {});
            assertThat(s).isEqualTo(new IngestSummary(24, 0, 1, 1, 22, 1, 42));
            assertThat(s.duplicates()).isEqualTo(2);
        }
    }

    @Test
    void aCopyPointsAtTheKeptArticleWithItsPublisher() throws Exception {
        Path file = dir.resolve("s.duckdb");
        ingest(file, input());
        try (EventStore store = EventStore.openReadOnly(file)) {
            var rows = new org.dyad.store.StoreQueries(store)
                    .sql("SELECT c.publisher, c.url, a.article_id "
                            + "FROM copies c JOIN articles a ON a.article_key = c.kept_key")
                    .rows();
            assertThat(rows).containsExactly(List.of("Two", "https://two.example/wire", "wire"));
        }
    }

    @Test
    void aCopyOfAnArticleStoredInAnEarlierRunIsRecorded() throws Exception {
        Path file = dir.resolve("s.duckdb");
        List<Article> all = input();
        ingest(file, all.subList(0, 21));
        StoreCounts after = ingest(file, all);
        assertThat(after).isEqualTo(new StoreCounts(22, 1, 1, 42, 2));
    }

    @Test
    void articlesAreStoredWhileTheInputIsStillComing() throws Exception {
        java.util.Random random = new java.util.Random(org.dyad.testing.TestSeed.asLong());
        String[] words =
                "talks troops border minister sanctions ceasefire envoy aid strike summit vote port".split(" ");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            Ingest.Run run = new Ingest(store, () -> CODER, 1).start(0.8, (r, n) -> {});
            try {
                for (int i = 0; i < 100; i++) {
                    StringBuilder text = new StringBuilder("Report " + i + ":");
                    for (int w = 0; w < 40; w++) {
                        text.append(' ').append(words[random.nextInt(words.length)]);
                    }
                    run.accept(article("s" + i, text.toString(), null, null));
                }
                // one article coded at a time, written in batches of 16: all but the last batch are in already
                assertThat(store.counts().articles()).isBetween(100L - 16, 100L);
                assertThat(run.finish().stored()).isEqualTo(100);
            } finally {
                run.stop();
            }
            assertThat(store.counts().articles()).isEqualTo(100);
        }
    }
}

package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dyad.store.EventStore;
import org.dyad.store.QueryResult;
import org.dyad.store.StoreQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill test: {@code dyad ingest} in a child JVM is killed (as kill -9 does) at a few points,
 * run again to the end, and must leave exactly the articles, copies and events of one clean
 * run: none twice, none lost.
 */
class IngestKillIT {
    private static final int MIN_KILLS = 3;
    private static final int MAX_KILLS = 5;

    @TempDir
    Path dir;

    @Test
    void aRunKilledAtAnyMomentAndRunAgainEndsAsACleanRun() throws Exception {
        Path stories = IngestCorpus.copy(IngestCorpus.STORIES, dir);
        Path copy = IngestCorpus.copy(IngestCorpus.COPY, dir);
        Path clean = dir.resolve("clean.duckdb");
        long start = System.nanoTime();
        Process cleanRun = ingest(clean, stories, copy);
        assertThat(cleanRun.waitFor(10, TimeUnit.MINUTES)).as("the clean run ends").isTrue();
        assertThat(cleanRun.exitValue()).as(log("clean")).isZero();
        long cleanMillis = (System.nanoTime() - start) / 1_000_000;
        Snapshot expected = Snapshot.of(clean);
        assertThat(expected.events()).isNotEmpty();
        assertThat(expected.copies()).hasSize(1);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path killed = dir.resolve("killed.duckdb");
        List<Integer> storedAfterKills = new ArrayList<>();
        // The first kill lands while the models load; the later ones somewhere in the clean run's time,
        // later after a kill that found nothing stored yet (on a busy machine the models load slowly).
        double share = 0.3 + 0.5 * random.nextDouble();
        for (int kill = 0; kill < MAX_KILLS && (kill < MIN_KILLS || !partlyStored(storedAfterKills, expected)); kill++) {
            long at = kill == 0 ? 500 + random.nextInt(2500) : (long) (share * cleanMillis);
            Process run = ingest(killed, stories, copy);
            if (run.waitFor(at, TimeUnit.MILLISECONDS)) {
                assertThat(run.exitValue()).as(log("killed")).isZero();
                break; // it finished before its kill: nothing left to interrupt
            }
            run.destroyForcibly().waitFor();
            storedAfterKills.add(Files.exists(killed) ? Snapshot.of(killed).articles().size() : 0);
            if (kill > 0 && storedAfterKills.get(kill) == 0) {
                share = Math.min(1.0, share + 0.2);
            }
        }
        Process last = ingest(killed, stories, copy);
        assertThat(last.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as(log("last")).isZero();

        Snapshot after = Snapshot.of(killed);
        String why = "seed " + seed + ", articles stored after each kill " + storedAfterKills;
        System.out.println("IngestKillIT: " + why + " of " + expected.articles().size());
        assertThat(after.articles()).as(why).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.articles());
        assertThat(after.events()).as(why).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.events());
        assertThat(after.copies()).as(why).containsExactlyInAnyOrderElementsOf(expected.copies());
        assertThat(partlyStored(storedAfterKills, expected)).as("some kill left a partly filled store: " + why).isTrue();
    }

    private static boolean partlyStored(List<Integer> stored, Snapshot expected) {
        return stored.stream().anyMatch(n -> n > 0 && n < expected.articles().size());
    }

    private Process ingest(Path db, Path... inputs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Ddyad.tty.out=false", "-Ddyad.tty.err=false", "-cp", classPath(), "org.dyad.app.Main",
                "ingest", "--db", db.toString(), "--threads", "2"));
        for (Path input : inputs) {
            command.add(input.toString());
        }
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ingest.log").toFile())).start();
    }

    /** The test's class path: Surefire and Failsafe name it apart when the JVM's own is a manifest-only jar. */
    private static String classPath() {
        String tests = System.getProperty("surefire.test.class.path");
        return tests != null && !tests.isBlank() ? tests : System.getProperty("java.class.path", "").replace(';', File.pathSeparatorChar);
    }

    private String log(String which) throws IOException {
        Path log = dir.resolve("ingest.log");
        return which + " run failed; log:\n" + (Files.exists(log) ? Files.readString(log) : "(none)");
    }

    /** What a store holds, as lists so that duplicates show. */
    private record Snapshot(List<String> articles, List<String> events, List<String> copies) {
        static Snapshot of(Path db) throws Exception {
            try (EventStore store = EventStore.openReadOnly(db)) {
                StoreQueries q = new StoreQueries(store);
                return new Snapshot(column(q.sql("SELECT article_key || ' ' || article_id FROM articles")),
                        column(q.sql("SELECT article_key || ' ' || event_id FROM events")),
                        column(q.sql("SELECT article_key || ' -> ' || kept_key FROM copies")));
            }
        }

        private static List<String> column(QueryResult r) {
            return r.rows().stream().map(row -> String.valueOf(row.get(0))).toList();
        }
    }
}

package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad ingest} and the query commands end to end with the real models, in this JVM. */
@ExtendWith(NoTerminal.class)
class IngestCommandIT {
    @TempDir
    static Path dir;

    @Test
    void theStoreGivesBackWhatCodeWritesAndASecondIngestAddsNothing() throws Exception {
        // The sixth story is the one voa-copy.jsonl copies.
        Path stories = IngestCorpus.firstStories(6, dir);
        Path copy = IngestCorpus.copy(IngestCorpus.COPY, dir);
        Path db = dir.resolve("store.duckdb");

        CliRun first =
                CliRun.of("ingest", stories.toString(), copy.toString(), "--db", db.toString(), "--threads", "2");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        CliRun coded = CliRun.of("code", stories.toString(), "--format", "jsonl", "--threads", "2");
        CliRun stored = CliRun.of("events", "--db", db.toString(), "--limit", "100000");
        assertThat(stored.exitCode()).as(stored.toString()).isZero();
        assertThat(coded.outLines()).isNotEmpty();
        assertThat(sorted(stored.outLines())).isEqualTo(sorted(coded.outLines()));

        CliRun second = CliRun.of("ingest", stories.toString(), copy.toString(), "--db", db.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(first.err())
                .contains("7 article(s) read; skipped as duplicates: 1 (0 already stored, "
                        + "0 repeated in the input, 1 near-copies); 6 coded and stored");
        assertThat(second.err())
                .contains("skipped as duplicates: 7 (7 already stored")
                .contains("0 coded and stored, 0 event(s)")
                .contains("store " + db + ": 6 article(s), 1 near-copies, "
                        + coded.outLines().size() + " event(s)");
        CliRun copies = CliRun.of(
                "sql",
                "--db",
                db.toString(),
                "SELECT c.publisher, a.article_id FROM copies c " + "JOIN articles a ON a.article_key = c.kept_key");
        assertThat(copies.outLines()).containsExactly("{\"publisher\":\"Wire Example\",\"article_id\":\"6183254\"}");
    }

    @Test
    void queriesAnswerInTablesCsvAndJsonLines() throws Exception {
        Path stories = IngestCorpus.firstStories(2, dir);
        Path db = dir.resolve("queries.duckdb");
        assertThat(CliRun.of("ingest", stories.toString(), "--db", db.toString())
                        .exitCode())
                .isZero();

        CliRun dyads = CliRun.of("dyads", "--db", db.toString(), "--top", "3", "--format", "table");
        assertThat(dyads.outLines().get(0)).startsWith("source").contains("mean_goldstein");
        CliRun csv = CliRun.of("events", "--db", db.toString(), "--format", "csv", "--limit", "2");
        assertThat(csv.outLines().get(0)).startsWith("event_id,article_id,published,");
        assertThat(csv.outLines()).hasSizeLessThanOrEqualTo(3);
        CliRun sql = CliRun.of("sql", "--db", db.toString(), "SELECT count(*) AS n FROM articles");
        assertThat(sql.outLines()).containsExactly("{\"n\":2}");
        CliRun change = CliRun.of("sql", "--db", db.toString(), "DELETE FROM events");
        assertThat(change.exitCode()).isEqualTo(ExitCode.STORE);
        assertThat(change.errLines())
                .singleElement()
                .satisfies(l -> assertThat(l).contains("read-only"));
        Path out = dir.resolve("events.parquet");
        assertThat(CliRun.of("export", "--db", db.toString(), "--format", "parquet", out.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.size(out)).isPositive();
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}

package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during {@code dyad ingest}, simulated by a file-size limit on the child
 * JVM (set with {@code ulimit -f} before it starts or {@code prlimit} once its store is open:
 * writes past it fail as on a full disk, and the JVM ignores the signal that comes with them).
 * The run stops with one line and the store exit status, the store still opens with whole
 * articles only, and a run with room to spare ends as a clean run.
 */
@Tag("long")
class IngestFullDiskIT {
    @TempDir
    Path dir;

    @Test
    void aFullDiskStopsTheRunInOneLineAndARerunCompletesTheStore() throws Exception {
        Path stories = IngestCorpus.firstStories(12, dir);
        Path clean = dir.resolve("clean.duckdb");
        Process cleanRun = start(clean, 0, stories);
        assertThat(cleanRun.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(cleanRun.exitValue()).as(log()).isZero();
        IngestKillIT.Snapshot expected = IngestKillIT.Snapshot.of(clean);

        Path full = dir.resolve("full.duckdb");
        Process limited = start(full, 0, stories);
        while (!Files.exists(full) && limited.isAlive()) {
            Thread.sleep(20); // the store is open, DuckDB's native library unpacked: now the disk fills
        }
        // Writes past 64 KB of any file fail: the write-ahead log of the first batches, or the store's growth.
        long room = 64 * 1024;
        new ProcessBuilder("prlimit", "--pid", Long.toString(limited.pid()), "--fsize=" + room + ":")
                .inheritIO()
                .start()
                .waitFor();
        assertThat(limited.waitFor(10, TimeUnit.MINUTES))
                .as("the limited run ends")
                .isTrue();

        List<String> lines = Files.readAllLines(dir.resolve("ingest.log"));
        assertThat(limited.exitValue()).as(String.join("\n", lines)).isEqualTo(ExitCode.STORE);
        assertThat(lines)
                .as("what the limited run printed")
                .noneMatch(l -> l.contains("\tat ") || l.contains("internal error"))
                .filteredOn(l -> l.contains("cannot"))
                .hasSize(1);
        if (Files.exists(full)) {
            assertThat(IngestKillIT.Snapshot.whole(full))
                    .as("whole articles only")
                    .isTrue();
        }
        Process rerun = start(full, 0, stories);
        assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).as(log()).isZero();
        IngestKillIT.Snapshot after = IngestKillIT.Snapshot.of(full);
        assertThat(after.articles()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.articles());
        assertThat(after.events()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.events());
        assertThat(after.stories()).containsExactlyInAnyOrderElementsOf(expected.stories());
    }

    @Test
    void aDiskTooFullForDuckDbsLibraryIsOneLine() throws Exception {
        Path stories = IngestCorpus.firstStories(2, dir);

        Process run = start(dir.resolve("none.duckdb"), 1024, stories);

        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        List<String> lines = Files.readAllLines(dir.resolve("limited.log"));
        assertThat(run.exitValue()).as(String.join("\n", lines)).isEqualTo(ExitCode.STORE);
        assertThat(lines)
                .filteredOn(l -> l.startsWith("dyad: ") && l.contains("cannot load DuckDB's native library"))
                .hasSize(1);
        assertThat(lines).noneMatch(l -> l.contains("\tat ") || l.contains("internal error"));
    }

    /** {@code dyad ingest} in a child JVM whose files may not grow past {@code kilobytes} (0: no limit). */
    private Process start(Path db, long kilobytes, Path... inputs) throws Exception {
        List<String> command = IngestKillIT.command(db, inputs);
        String log = kilobytes > 0 ? "limited.log" : "ingest.log";
        if (kilobytes > 0) {
            StringBuilder line = new StringBuilder("ulimit -f " + kilobytes + " && exec");
            for (String part : command) {
                line.append(" '").append(part.replace("'", "'\\''")).append('\'');
            }
            command = new ArrayList<>(List.of("bash", "-c", line.toString()));
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(dir.resolve(log).toFile()))
                .start();
    }

    private String log() throws Exception {
        Path log = dir.resolve("ingest.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }
}

package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest article dyad reads, 20 MB of news text in one file (the 30 VOA test stories over
 * and over), is coded to its last sentence by {@code dyad code} in a JVM with the launcher's
 * 3 GB heap and collector, next to an ordinary article that is coded too. It takes about six
 * minutes on two threads on a quiet 2-core machine: the longest test, and the only one that
 * shows that a book-length input neither runs out of memory nor stalls.
 */
@Tag("long")
class HugeArticleIT {
    private static final String SMALL = "Turkey condemned the Syrian government on Monday.";
    private static final int SIZE = 20 * 1024 * 1024 - 1024; // just under the reader's 20 MB limit

    @TempDir
    Path dir;

    @Test
    void aTwentyMegabyteArticleIsCodedToItsEnd() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> stories = new ArrayList<>();
        for (String line : Files.readAllLines(IngestCorpus.copy(IngestCorpus.STORIES, dir))) {
            stories.add(json.readTree(line).path("text").asText());
        }
        StringBuilder text = new StringBuilder(SIZE);
        long bytes = 0;
        for (int i = 0; ; i++) {
            String story = stories.get(i % stories.size()) + "\n\n";
            bytes += story.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > SIZE) {
                break;
            }
            text.append(story);
        }
        Path huge = Files.writeString(dir.resolve("huge.txt"), text, StandardCharsets.UTF_8);
        Path small = Files.writeString(dir.resolve("small.txt"), SMALL + "\n");
        assertThat(Files.size(huge)).isBetween(19L * 1024 * 1024, (long) SIZE);
        Path out = dir.resolve("events.jsonl");
        Path err = dir.resolve("err.txt");

        Process run = new ProcessBuilder(
                        java(),
                        "-Xmx3g",
                        "-XX:+UseParallelGC",
                        "-Ddyad.tty.out=false",
                        "-Ddyad.tty.err=false",
                        "-cp",
                        IngestKillIT.classPath(),
                        "org.dyad.app.Main",
                        "code",
                        "--format",
                        "jsonl",
                        "--threads",
                        "2",
                        "--published",
                        "2019-05-13",
                        huge.toString(),
                        small.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(run.waitFor(45, TimeUnit.MINUTES)).as("the run ends").isTrue();

        String errors = Files.readString(err);
        assertThat(run.exitValue()).as(errors).isZero();
        assertThat(errors).doesNotContain("could not be coded", "Exception", "OutOfMemoryError");
        int length = text.codePointCount(0, text.length());
        int lastEnd = 0;
        int events = 0;
        boolean smallCoded = false;
        for (String line : Files.readAllLines(out)) {
            JsonNode e = json.readTree(line);
            if (e.path("sentence").asText().equals(SMALL)) {
                smallCoded |= e.path("cameo").asText().startsWith("11");
            } else {
                events++;
                lastEnd = Math.max(lastEnd, e.path("trigger").path("end").asInt());
            }
        }
        System.out.printf("HugeArticleIT: %d characters, %d events, the last ending at %d%n", length, events, lastEnd);
        assertThat(events).as("events of the huge article").isGreaterThan(10_000);
        assertThat(lastEnd)
                .as("an event in the article's last 50,000 characters")
                .isGreaterThan(length - 50_000);
        assertThat(smallCoded)
                .as("the ordinary article beside it is coded: " + errors)
                .isTrue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

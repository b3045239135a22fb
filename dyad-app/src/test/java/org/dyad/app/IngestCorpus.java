package org.dyad.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The VOA test corpus of {@code dyad ingest} (see src/test/resources/ingest/SOURCES.md), copied out as files. */
final class IngestCorpus {
    static final String STORIES = "voa-30.jsonl";
    static final String COPY = "voa-copy.jsonl";

    private IngestCorpus() {}

    static Path copy(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = IngestCorpus.class.getClassLoader().getResourceAsStream("ingest/" + name)) {
            if (in == null) {
                throw new IOException("test resource ingest/" + name + " is missing");
            }
            Files.copy(in, file);
        }
        return file;
    }

    /** The first {@code n} stories as a file of their own. */
    static Path firstStories(int n, Path dir) throws IOException {
        List<String> lines = Files.readAllLines(copy(STORIES, Files.createTempDirectory(dir, "stories")));
        return Files.write(dir.resolve("first-" + n + ".jsonl"), lines.subList(0, n));
    }
}

package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * About how many articles an input holds, counted cheaply before a run so that its progress can
 * say how long is left: the lines of a JSON Lines file, one per text or HTML file. Feeds, WARC
 * files and URLs count 0 (not known until read), as does anything unreadable: reading reports it.
 */
public final class InputEstimate {
    private InputEstimate() {}

    public static long articles(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return 0;
        }
        Path path = Path.of(arg);
        if (!Files.isDirectory(path)) {
            return ofFile(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .mapToLong(InputEstimate::ofFile)
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        ArticleSources.Kind kind = ArticleSources.kind(name);
        if (kind != ArticleSources.Kind.ARTICLE) {
            return 0;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String bare = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        if (!bare.endsWith(".jsonl") && !bare.endsWith(".ndjson") && !bare.endsWith(".json")) {
            return 1;
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = lower.endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw) {
            return lines(in);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Lines with something on them, counted from the bytes. */
    private static long lines(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        boolean filled = false;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines += filled ? 1 : 0;
                    filled = false;
                } else if (buffer[i] != '\r' && buffer[i] != ' ') {
                    filled = true;
                }
            }
        }
        return lines + (filled ? 1 : 0);
    }
}

package org.dyad.actors.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Line-level helpers shared by the dictionary readers: reading lines and cutting comments. */
public final class DictionaryLines {
    private DictionaryLines() {}

    /** All lines of {@code in}; an I/O failure is a broken input, not a malformed line. */
    public static List<String> readAll(String name, Reader in) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(in)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return lines;
    }

    /**
     * The line without its {@code #} or {@code ;} comment tail and surrounding whitespace.
     * TABARI files used {@code ;}, PETRARCH ones {@code #}; the Phoenix files mix both.
     */
    public static String content(String line) {
        int cut = line.length();
        int hash = line.indexOf('#');
        int semicolon = line.indexOf(';');
        if (hash >= 0) {
            cut = hash;
        }
        if (semicolon >= 0 && semicolon < cut) {
            cut = semicolon;
        }
        return line.substring(0, cut).strip();
    }

    /** The last segment of a resource path or file name: what "file:line" sources show. */
    public static String fileName(String resourceOrFileName) {
        int slash = Math.max(resourceOrFileName.lastIndexOf('/'), resourceOrFileName.lastIndexOf('\\'));
        return resourceOrFileName.substring(slash + 1);
    }
}

package org.dyad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Opens the data files bundled on the classpath; a missing one is a packaging bug, not user error. */
public final class Resources {
    private Resources() {}

    /** A UTF-8 reader over the bundled file at {@code path} ("dyad/..." or "/dyad/..."). */
    public static BufferedReader open(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource " + path + " is missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Whether a bundled file is at {@code path}. */
    public static boolean exists(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        return Resources.class.getClassLoader().getResource(name) != null;
    }

    public static String read(String path) {
        try (BufferedReader r = open(path)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }
}

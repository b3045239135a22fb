package org.dyad.actors.internal;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Opens the bundled dictionary files on the class path as UTF-8 readers. */
public final class ClasspathResources {
    private ClasspathResources() {
    }

    /** A reader over {@code resourcePath} (absolute, e.g. "/dyad/countries/countries.tsv"); a missing one is a broken build. */
    public static Reader open(String resourcePath) {
        InputStream stream = ClasspathResources.class.getResourceAsStream(resourcePath);
        if (stream == null) {
            throw new UncheckedIOException(new FileNotFoundException("no class-path resource " + resourcePath));
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}

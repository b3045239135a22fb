package org.dyad.coding.internal;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Opens the UTF-8 text files bundled with dyad on the classpath, such as the dictionaries. */
public final class ClasspathText {

    private ClasspathText() {
    }

    /**
     * A reader for the resource at absolute {@code path} (e.g. "/dyad/dictionaries/cameo/CAMEO.2.0.txt").
     * A missing bundled file is a packaging bug, hence an exception rather than a diagnostic.
     */
    public static BufferedReader open(String path) {
        InputStream in = ClasspathText.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("bundled resource " + path + " is missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}

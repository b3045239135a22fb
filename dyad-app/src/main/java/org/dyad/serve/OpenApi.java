package org.dyad.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dyad.pipeline.DyadPipeline;

/** The API's OpenAPI document, a checked-in resource; tests hold the real answers to it. */
final class OpenApi {
    static final String RESOURCE = "dyad/openapi.json";

    private OpenApi() {}

    static String document(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${dyad.version}", DyadPipeline.version());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

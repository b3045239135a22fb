package org.dyad.nlp.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The settings file a CoreNLP models jar ships for its language, read from the class path. */
final class ModelSettings {
    private ModelSettings() {}

    /**
     * The settings of {@code resource} ("StanfordCoreNLP-spanish.properties"), from the jar of
     * {@code models} ("Spanish models (models-spanish)"), which the error names.
     *
     * @throws UncheckedIOException when that jar is not on the class path
     */
    static Properties read(String resource, String models) {
        Properties p = new Properties();
        try (InputStream in = ModelSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("CoreNLP's " + models + " are not on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return p;
    }
}

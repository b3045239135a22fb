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
    /**
     * Sets what every language's pipeline shares in {@code p}: a line break ends a sentence (one
     * paragraph per line is how news text arrives), untokenizable characters are kept, sentences
     * are at most {@code maxLength} tokens for each model (so that one pathological sentence
     * cannot stall a worker), and no fine-grained classes or entity mentions are built, as dyad
     * reads neither.
     */
    static Properties withNewsLimits(Properties p, int maxLength) {
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        p.setProperty("pos.maxlen", String.valueOf(maxLength));
        p.setProperty("ner.maxlen", String.valueOf(maxLength));
        p.setProperty("depparse.maxlen", String.valueOf(maxLength));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

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

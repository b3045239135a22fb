package org.dyad.nlp.corenlp;

import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * CoreNLP's settings for Spanish: those its Spanish models jar ships
 * ({@value #PROPERTIES}), less what dyad does not read (the constituency parser, knowledge-base
 * relations, fine-grained entity classes), with the limits the English pipeline has.
 */
final class SpanishModels {
    /** The settings file of the models-spanish jar. */
    static final String PROPERTIES = "StanfordCoreNLP-spanish.properties";

    private SpanishModels() {}

    /**
     * The settings, sentences at most {@code maxLength} tokens for each model.
     *
     * @throws UncheckedIOException when the Spanish models are not on the class path
     */
    static Properties properties(int maxLength) {
        Properties p = ModelSettings.read(PROPERTIES, "Spanish models (models-spanish)");
        // CoreNLP's Spanish lemma step only lower-cases; it runs because ner requires it, and
        // dyad's lemmas come from the Spanish dictionary.
        p.setProperty("annotators", "tokenize,ssplit,mwt,pos,lemma,ner,depparse");
        return ModelSettings.withNewsLimits(p, maxLength);
    }
}

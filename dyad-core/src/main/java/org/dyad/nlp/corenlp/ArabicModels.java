package org.dyad.nlp.corenlp;

import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * CoreNLP's settings for Arabic: those its Arabic models jar ships ({@value #PROPERTIES}: the
 * ATB clitic segmenter as the tokenizer, the ATB tagger), its shift-reduce constituency parser,
 * a line break ending a sentence, and the limits the English pipeline has.
 */
final class ArabicModels {
    /** The settings file of the models-arabic jar. */
    static final String PROPERTIES = "StanfordCoreNLP-arabic.properties";

    /**
     * The shift-reduce parser of the same jar, in place of the factored one the settings name: on
     * the news sentences of UniversalPetrarch's Arabic validation records it parses about eighty
     * times as fast (linear, where the factored parser's time grows with the cube of the length)
     * with the same attachment scores (docs/arabic-nlp.md).
     */
    static final String SHIFT_REDUCE = "edu/stanford/nlp/models/srparser/arabicSR.ser.gz";

    private ArabicModels() {}

    /**
     * The settings, sentences at most {@code maxLength} tokens for the tagger and the parser.
     *
     * @throws UncheckedIOException when the Arabic models are not on the class path
     */
    static Properties properties(int maxLength) {
        Properties p = ModelSettings.read(PROPERTIES, "Arabic models (models-arabic)");
        p.setProperty("annotators", "tokenize,ssplit,pos,parse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("pos.maxlen", String.valueOf(maxLength));
        p.setProperty("parse.maxlen", String.valueOf(maxLength));
        // The parse is read as a tree; CoreNLP's Arabic has no dependency converter to run after it.
        p.setProperty("parse.buildgraphs", "false");
        p.setProperty("parse.model", SHIFT_REDUCE);
        return p;
    }
}

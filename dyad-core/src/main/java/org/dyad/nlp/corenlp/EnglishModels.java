package org.dyad.nlp.corenlp;

import java.util.Properties;
import org.dyad.nlp.NlpProfile;

/**
 * CoreNLP's settings for English, by profile: the stock pipeline (full), or the lean one, whose
 * named-entity step runs two of the three stock models and no SUTime (dyad reads times around
 * time words itself) and whose parse dyad runs itself.
 */
final class EnglishModels {
    /**
     * The CRF models of people, organisations and places (the classes actors and places read) and
     * of MISC, which keeps "Russia-Ukraine" one name; the third stock model, MUC's, adds only
     * dates, times, money and percentages, which SUTime and the numeric classifiers find as well.
     */
    private static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private EnglishModels() {}

    /**
     * CoreNLP's settings for {@code profile}, sentences at most {@code maxLength} tokens for each
     * model, a limit that keeps one pathological sentence from stalling a worker.
     */
    static Properties properties(NlpProfile profile, int maxLength) {
        Properties p = new Properties();
        boolean lean = profile == NlpProfile.LEAN;
        p.setProperty("annotators", lean ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma,ner,depparse");
        ModelSettings.withNewsLimits(p, maxLength);
        if (lean) {
            p.setProperty("ner.model", NER_MODELS);
            p.setProperty("ner.useSUTime", "false");
        }
        return p;
    }

    /** What the provenance says of the pipeline of {@code profile}, CoreNLP {@code version}. */
    static String describe(NlpProfile profile, String version) {
        return profile == NlpProfile.LEAN
                ? "Stanford CoreNLP " + version
                        + " (tokenize, ssplit, pos, lemma, ner 3- and 4-class, SUTime on cued tokens, "
                        + "depparse UD basic)"
                : "Stanford CoreNLP " + version + " (tokenize, ssplit, pos, lemma, ner, depparse UD)";
    }
}

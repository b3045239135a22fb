package org.dyad.nlp;

/**
 * How much NLP the annotator runs. Both give every token its tag, lemma and NER class, every
 * sentence its UD dependencies and its time expressions; they differ in cost.
 */
public enum NlpProfile {
    /**
     * What the coder uses and no more: the 3-class and CoNLL 4-class NER models (people,
     * organisations, places and MISC, the classes actors and places read), time expressions read
     * only around the words that can head one, and the basic dependencies alone, scored by dyad's
     * faster network over the parser's own model. The default.
     */
    LEAN,
    /**
     * CoreNLP's stock pipeline: all three NER models, time expressions read on every sentence,
     * and every kind of dependency graph built, though dyad reads only the basic one. For comparison.
     */
    FULL
}

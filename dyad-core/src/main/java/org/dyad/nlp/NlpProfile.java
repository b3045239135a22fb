package org.dyad.nlp;

/**
 * How much NLP the annotator runs. Both give every token its tag, lemma and NER class, every
 * sentence its UD dependencies and its time expressions; they differ in cost.
 */
public enum NlpProfile {
    /**
     * What the coder uses and no more: one NER model (people, organisations, places; the only
     * classes actors and places read), time expressions read only around the words that can head
     * one, and the basic dependencies alone. The default.
     */
    LEAN,
    /**
     * CoreNLP's stock pipeline: all three NER models, time expressions read on every sentence,
     * and every kind of dependency graph built, though dyad reads only the basic one. For comparison.
     */
    FULL
}

package org.dyad.model;

/**
 * A universal part-of-speech tag of Universal Dependencies (v2), the word classes dyad's rules and
 * stages read; the NLP adapter maps its tagger's own tags to these.
 */
public enum Upos {
    /** Adjective: "nuclear", "Iranian" (when tagged as adjective). */
    ADJ,
    /** Adposition: "in", "of"; English particles of phrasal verbs ("up" in "blew up") too. */
    ADP,
    /** Adverb: "very", "where". */
    ADV,
    /** Auxiliary: "will", "must"; in dyad's mapping the modals only. */
    AUX,
    /** Coordinating conjunction: "and", "or". */
    CCONJ,
    /** Determiner: "the", "which" as a determiner. */
    DET,
    /** Interjection. */
    INTJ,
    /** Common noun: "troops", "talks". */
    NOUN,
    /** Numeral: "three", "2019". */
    NUM,
    /** Particle: the possessive "'s", the infinitive "to". */
    PART,
    /** Pronoun: "they", "its", "who", existential "there". */
    PRON,
    /** Proper noun: "Iran", "Tehran". */
    PROPN,
    /** Punctuation. */
    PUNCT,
    /** Subordinating conjunction: "that", "if" (a tagger that does not draw it gives ADP). */
    SCONJ,
    /** Symbol: "$", "%". */
    SYM,
    /** Verb: "attacked", "said". */
    VERB,
    /** Other: foreign words, list markers, addresses, parts of split words. */
    X
}

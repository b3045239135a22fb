package org.dyad.model;

import java.util.Objects;

/**
 * One token of a sentence: its index within the sentence (0-based), surface form, lemma,
 * universal part of speech with its morphological features, named-entity class
 * ({@link EntityClass#NONE} when none) and character span in the article.
 */
public record Token(int index, String word, String lemma, Upos upos, Features features, EntityClass entity, Span span) {
    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("token index " + index + " is negative");
        }
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(upos, "upos");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(span, "span");
    }

    /** Whether feature {@code name} has {@code value}: {@code has("VerbForm", "Part")}. */
    public boolean has(String name, String value) {
        return features.has(name, value);
    }

    /** A verb, auxiliaries and copulas included; not a modal, which is {@link Upos#AUX}. */
    public boolean isVerb() {
        return upos == Upos.VERB;
    }

    /** A common or proper noun. */
    public boolean isNoun() {
        return upos == Upos.NOUN || upos == Upos.PROPN;
    }

    public boolean isProperNoun() {
        return upos == Upos.PROPN;
    }

    /**
     * A pronoun that stands for someone: a personal one, possessives included ("they", "its"), or
     * "who" and "what"; not "whose", not the existential "there".
     */
    public boolean isPronoun() {
        return upos == Upos.PRON && (has("PronType", "Prs") || has("PronType", "Int") && !has("Poss", "Yes"));
    }

    /** A personal pronoun, possessives included: "they", "its". */
    public boolean isPersonalPronoun() {
        return upos == Upos.PRON && has("PronType", "Prs");
    }

    /** A past participle: "backed", "linked", "targeted". */
    public boolean isPastParticiple() {
        return upos == Upos.VERB && has("VerbForm", "Part") && has("Tense", "Past");
    }

    /** A verb's -ing form: "gearing", "supplying". */
    public boolean isPresentParticiple() {
        return upos == Upos.VERB && has("VerbForm", "Part") && has("Tense", "Pres");
    }

    /** A finite verb, past or present, not a modal: "said", "says", "say" (not the infinitive). */
    public boolean isFiniteVerb() {
        return upos == Upos.VERB && has("VerbForm", "Fin");
    }
}

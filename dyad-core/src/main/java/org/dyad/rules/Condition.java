package org.dyad.rules;

/** A condition a token must meet in a {@link Step.Filter}: {@code [lemma:take]}, {@code [has >aux:pass]}, {@code [!self]}. */
sealed interface Condition {
    /** {@code key:value|value|@class}: an attribute of the token among the values. */
    record Attribute(Key key, String feature, Values values) implements Condition {}

    /** {@code has PATH}: the path finds at least one token from this one. */
    record Has(Path path) implements Condition {}

    /** {@code precedes PATH}: the token comes before a token the path finds from it (word order). */
    record Precedes(Path path) implements Condition {}

    /** {@code self}: the token the selector was asked about. */
    record Self() implements Condition {}

    /** {@code trigger}: the token is one of the words of the event being coded ("air" of "air strikes"). */
    record Trigger() implements Condition {}

    /** {@code root}: the token has no head. */
    record Root() implements Condition {}

    /** {@code verb}, {@code noun}, {@code pronoun}: the token's word class. */
    record Kind(String kind) implements Condition {}

    /** {@code depth<=N}: how deep the selector has called itself, 0 for the first call. */
    record Depth(int atMost) implements Condition {}

    /** {@code !cond}: the condition does not hold. */
    record Not(Condition condition) implements Condition {}

    /** The attributes a condition may test. */
    enum Key {
        /** The word as written, compared in lower case. */
        WORD,
        /** The lemma, compared in lower case. */
        LEMMA,
        /** The token's relation to its head, or its base relation ({@code acl} also matches {@code acl:relcl}). */
        REL,
        /** The token's full relation exactly ({@code acl} does not match {@code acl:relcl}). */
        RELATION,
        /** The token's case marker (its first {@code case} child), lower case; {@code -} for none. */
        CASE,
        /** A {@code mark} child's word, lower case. */
        MARK,
        /** The universal part of speech. */
        UPOS,
        /** The named-entity class. */
        ENTITY,
        /** A morphological feature, named in the condition ({@code VerbForm:Part}). */
        FEATURE
    }
}

package org.dyad.model;

/**
 * The named-entity class of a token: the classes the NER of both of dyad's NLP profiles gives
 * (people, organisations, places, the numeric and time classes, and the fine-grained classes of
 * the full profile), {@link #NONE} for a token outside any entity and {@link #OTHER} for a class
 * dyad does not know.
 */
public enum EntityClass {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC,
    // Numeric and time classes.
    NUMBER,
    ORDINAL,
    MONEY,
    PERCENT,
    DATE,
    TIME,
    DURATION,
    SET,
    // Fine-grained classes.
    COUNTRY,
    STATE_OR_PROVINCE,
    CITY,
    NATIONALITY,
    RELIGION,
    TITLE,
    IDEOLOGY,
    CRIMINAL_CHARGE,
    CAUSE_OF_DEATH,
    EMAIL,
    URL,
    HANDLE,
    /** Not part of a named entity. */
    NONE,
    /** A class the NER gave that dyad does not know; no rule reads it. */
    OTHER
}

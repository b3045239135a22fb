package org.dyad.actors;

/**
 * What a lexicon match was found as: a Phoenix actor phrase, a country's name, demonym or
 * capital from the country table, or a Phoenix agent phrase.
 */
public enum MatchKind {
    ACTOR,
    COUNTRY_NAME,
    DEMONYM,
    CAPITAL,
    AGENT
}

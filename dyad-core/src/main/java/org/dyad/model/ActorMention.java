package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * A place in a sentence where an actor is mentioned: the token range (end exclusive) and head
 * token, the character span in the article and its text, the actor, and the dictionary entries
 * or rules that recognised it.
 */
public record ActorMention(
        int sentenceIndex, Span tokens, int head, Span chars, String text, Actor actor, List<String> evidence) {

    public ActorMention {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(chars, "chars");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        evidence = List.copyOf(evidence);
        if (head < tokens.start() || head >= tokens.end()) {
            throw new IllegalArgumentException("head token " + head + " outside mention tokens " + tokens);
        }
    }

    /** How the evidence of a party the text leaves out and the coder implies begins ("implicit source: ..."). */
    public static final String IMPLICIT = "implicit ";

    /** Whether the coder implied this party rather than the text naming it. */
    public boolean implicit() {
        return evidence.stream().anyMatch(e -> e.startsWith(IMPLICIT));
    }

    /**
     * How the evidence of a country the text does not give the actor begins: the story's ("country
     * of the article: ISR") or the places of its sentence ("country of the places the sentence
     * names: GBR").
     */
    public static final String STORY_COUNTRY = "country of the ";

    /**
     * The evidence of people named alone by what they are ("los indígenas", "thousands of
     * people"): a party only as the one who acts, not as the one an act befalls.
     */
    public static final String DOER_ONLY = "named alone: a party only as the one who acts";

    /** Whether this mention is a party only as a source ({@link #DOER_ONLY}). */
    public boolean doerOnly() {
        return evidence.contains(DOER_ONLY);
    }

    /** Whether the actor's country comes from the story around the mention rather than the mention. */
    public boolean storyCountry() {
        return evidence.stream().anyMatch(e -> e.startsWith(STORY_COUNTRY));
    }

    /** This mention standing for {@code other}, with {@code why} added to its evidence. */
    public ActorMention withActor(Actor other, String why) {
        List<String> more = new java.util.ArrayList<>(evidence);
        more.add(why);
        return new ActorMention(sentenceIndex, tokens, head, chars, text, other, more);
    }
}

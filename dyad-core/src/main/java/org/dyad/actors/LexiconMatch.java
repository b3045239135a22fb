package org.dyad.actors;

import java.util.Objects;
import org.dyad.model.Span;

/**
 * One match of the actor lexicon in a sentence: the token range (end exclusive), what it was
 * found as, its code (a CAMEO actor code for ACTOR, ISO alpha-3 for the country kinds, "~GOV" or
 * "NGO~" for AGENT), a readable name, and the dictionary line it came from.
 */
public record LexiconMatch(Span tokens, MatchKind kind, String code, String name, String source) {
    public LexiconMatch {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (code.isBlank()) {
            throw new IllegalArgumentException("lexicon match of '" + name + "' at " + source + " has a blank code");
        }
        if (tokens.length() == 0) {
            throw new IllegalArgumentException("lexicon match of '" + name + "' covers no tokens: " + tokens);
        }
    }

    /** The code without an agent's '~' ("GOV" for "~GOV"). */
    public String bareCode() {
        return code.replace("~", "");
    }
}

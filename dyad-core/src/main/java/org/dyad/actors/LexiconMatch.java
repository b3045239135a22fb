package org.dyad.actors;

import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Span;

/**
 * One match of the actor lexicon in a sentence: the token range (end exclusive), what it was
 * found as, its code (a CAMEO actor code for ACTOR, ISO alpha-3 for the country kinds, "~GOV" or
 * "NGO~" for AGENT), a readable name, the dictionary line it came from, and the patron state
 * its dictionary entry names (user dictionaries can; the bundled ones do not).
 */
public record LexiconMatch(
        Span tokens, MatchKind kind, String code, String name, String source, Optional<String> patron) {
    public LexiconMatch {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(patron, "patron");
        if (code.isBlank()) {
            throw new IllegalArgumentException("lexicon match of '" + name + "' at " + source + " has a blank code");
        }
        if (tokens.length() == 0) {
            throw new IllegalArgumentException("lexicon match of '" + name + "' covers no tokens: " + tokens);
        }
    }

    /** A match with no patron. */
    public LexiconMatch(Span tokens, MatchKind kind, String code, String name, String source) {
        this(tokens, kind, code, name, source, Optional.empty());
    }

    /** The code without an agent's '~' ("GOV" for "~GOV"). */
    public String bareCode() {
        return code.replace("~", "");
    }
}
